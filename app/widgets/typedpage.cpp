#include "widgets/typedpage.h"

#include "widgets/studycontrols.h"

#include <QPlainTextEdit>
#include <QPushButton>
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

bool TypedPage::handleKey(int key)
{
    // The digits and Space are the answer's while it is typed.
    return currentControls() != m_typingControls && RecallPage::handleKey(key);
}

QString TypedPage::revealPreamble(const core::QuizReveal &reveal) const
{
    if (!reveal.coverage)
        return {};
    // What the person wrote stays in view, to compare with the answer below.
    QString text;
    const QString typed = m_typed->toPlainText().trimmed();
    if (!typed.isEmpty())
        text += tr("**You wrote:**") + QStringLiteral("\n\n> ") + QString(typed).replace(u'\n', QStringLiteral("\n> "))
            + QStringLiteral("\n\n");
    const auto &coverage = *reveal.coverage;
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
