#include "widgets/typedpage.h"

#include "core/textnormalizer.h"
#include "widgets/markdownview.h"
#include "widgets/plainmarkdown.h"
#include "widgets/studycontrols.h"
#include "widgets/theme.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sdstudy::widgets {

TypedPage::TypedPage(core::StudyLibrary &library, QWidget *parent)
    : RecallPage(library, parent)
    , m_typed(new QPlainTextEdit)
{
    auto *controls = new QWidget;
    auto *layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    m_typed->setObjectName(QStringLiteral("typedAnswer"));
    m_typed->setAccessibleName(tr("Your answer"));
    m_typed->setPlaceholderText(tr("Type the key points of the answer, then Ctrl+Enter"));
    m_typed->setTabChangesFocus(true);
    m_typed->setMaximumHeight(m_typed->fontMetrics().lineSpacing() * 7);
    auto *check = new QPushButton(tr("Check (Ctrl+Enter)"));
    check->setObjectName(QStringLiteral("checkTyped"));
    connect(check, &QPushButton::clicked, this, &TypedPage::submit);
    StudyControls::onCtrlEnter(controls, [this] { submit(); });
    layout->addWidget(m_typed);
    layout->addWidget(check);
    m_typingControls = addControls(controls);
}

void TypedPage::showAsked()
{
    m_typed->clear();
    showControls(m_typingControls, m_typed);
}

void TypedPage::submit()
{
    engine()->submitTyped(m_typed->toPlainText());
}

void TypedPage::markRevealed(const core::QuizReveal &reveal)
{
    if (!reveal.coverage)
        return;
    // The terms found, where they stand in the answer: on a pale ground of the
    // selection colour, which keeps the text's own colour readable.
    const QColor base = palette().color(QPalette::Base);
    const QColor accent = palette().color(QPalette::Highlight);
    // A dark page needs more of the colour to tell the ground from the page.
    const float tint = base.lightness() < 128 ? 0.45f : 0.25f;
    QTextCharFormat found;
    found.setBackground(Theme::mixed(accent, base, tint));
    QTextDocument *document = view()->document();
    for (const QString &term : reveal.coverage->found) {
        for (QTextCursor at = document->find(term); !at.isNull(); at = document->find(term, at))
            at.mergeCharFormat(found);
    }
}

bool TypedPage::handleKey(int key)
{
    // The digits and Space are the answer's while it is typed.
    return currentControls() != m_typingControls && RecallPage::handleKey(key);
}

QString TypedPage::revealPreamble(const core::QuizReveal &reveal) const
{
    if (!reveal.coverage)
        return {};
    // What the person wrote stays in view, to compare with the answer below, its
    // words that count in bold.
    const auto &coverage = *reveal.coverage;
    QString text;
    const QString typed = m_typed->toPlainText().trimmed();
    if (!typed.isEmpty()) {
        static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*"));
        QString marked;
        qsizetype at = 0;
        auto it = word.globalMatch(typed);
        while (it.hasNext()) {
            const auto match = it.next();
            marked += PlainMarkdown::escaped(typed.mid(at, match.capturedStart() - at));
            const QStringList stems = core::TextNormalizer::contentWords(match.captured());
            const bool counts = std::any_of(stems.cbegin(), stems.cend(),
                                            [&](const QString &stem) { return coverage.foundStems.contains(stem); });
            marked += counts ? QStringLiteral("**%1**").arg(match.captured()) : match.captured();
            at = match.capturedEnd();
        }
        marked += PlainMarkdown::escaped(typed.mid(at));
        text += tr("**You wrote:**") + QStringLiteral("\n\n> ") + marked.replace(u'\n', QStringLiteral("\n> "))
            + QStringLiteral("\n\n");
    }
    const int all = int(coverage.found.size() + coverage.missed.size());
    text += tr("**Key terms you had** (%1 of %2): %3")
                .arg(coverage.found.size())
                .arg(all)
                .arg(coverage.found.isEmpty() ? tr("none") : coverage.found.join(QStringLiteral(", ")))
        + QStringLiteral("\n\n");
    if (!coverage.missed.isEmpty())
        text += tr("**Missed**: %1").arg(coverage.missed.join(QStringLiteral(", "))) + QStringLiteral("\n\n");
    return text + QStringLiteral("---\n\n");
}

} // namespace sdstudy::widgets
