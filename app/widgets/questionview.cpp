#include "widgets/questionview.h"

#include "widgets/plainmarkdown.h"

#include "core/flags.h"
#include "widgets/theme.h"

#include <QEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace sdstudy::widgets {

namespace {
const QString kQuestionScheme = QStringLiteral("question");
// The chip's own link. Written into the page after the Markdown is read, so a
// bank cannot make one; a bank's link of this kind only opens the same menu.
const QString kBookmarkLink = QStringLiteral("sdstudy-bookmark:chip");
// The concept links name a number this process drew: a bank's answer cannot hold
// one that splits or folds anything.
const QString &conceptLink(const char *what)
{
    static const QString token = QString::number(QRandomGenerator::global()->generate64(), 36);
    static const QString split = QStringLiteral("sdstudy-concept:split-") + token;
    static const QString join = QStringLiteral("sdstudy-concept:join-") + token;
    return qstrcmp(what, "split") == 0 ? split : join;
}

QString questionLink(const core::QuestionSummary &question)
{
    return QStringLiteral("%1:%2:%3").arg(kQuestionScheme, question.bankKey).arg(question.number);
}
} // namespace

QuestionView::QuestionView(QWidget *parent)
    : MarkdownView(parent)
{
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(24);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kQuestionScheme)
            Q_EMIT questionLinkActivated(url.path());
        else if (url.toString() == kBookmarkLink)
            Q_EMIT bookmarkChipClicked();
        else if (url.toString() == conceptLink("split"))
            Q_EMIT splitRequested();
        else if (url.toString() == conceptLink("join"))
            Q_EMIT joinRequested();
    });
}

void QuestionView::showQuestion(const core::QuestionRecord &question, const std::optional<QString> &bookmark,
                                const QList<core::QuestionSummary> &related)
{
    m_question = question;
    m_bookmark = bookmark;
    m_related = related;
    render();
    // A new question reads from its top. Writing the page leaves the view's
    // cursor at its end, and a page taller than the view was scrolled there.
    moveCursor(QTextCursor::Start);
    verticalScrollBar()->setValue(0);
}

void QuestionView::showBookmark(const std::optional<QString> &bookmark)
{
    if (!m_question || bookmark == m_bookmark)
        return;
    m_bookmark = bookmark;
    const int scrolled = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scrolled);
}

void QuestionView::render()
{
    const core::QuestionRecord &question = *m_question;
    // The whole page is Markdown, so Qt's own CommonMark reader (md4c) renders
    // headings, lists, bold and code in the answer exactly as in the title block.
    QString page = QStringLiteral("## %1\n\n").arg(question.title);
    // Where it sits, and the facts its source gives ("Difficulty: Hard"); the
    // words come from a file and are escaped, so they stay words.
    QStringList place {QStringLiteral("#%1").arg(question.number),
                       question.subtopic.isEmpty() ? PlainMarkdown::escaped(question.topic)
                                                   : PlainMarkdown::escaped(question.topic) + QStringLiteral(" › ")
                               + PlainMarkdown::escaped(question.subtopic)};
    for (const QString &tag : question.tags)
        place.append(PlainMarkdown::escaped(tag));
    page += QStringLiteral("*%1*\n\n").arg(place.join(QStringLiteral(" · ")));
    page += question.answerMarkdown + QStringLiteral("\n\n");
    page += QStringLiteral("---\n\n");
    if (!question.otherPhrasings.isEmpty()) {
        QStringList links;
        for (const core::QuestionSummary &phrasing : question.otherPhrasings) {
            const QString name = phrasing.bankKey == question.bankKey
                ? QStringLiteral("#%1").arg(phrasing.number)
                : tr("%1 #%2").arg(PlainMarkdown::escaped(phrasing.bankName)).arg(phrasing.number);
            links.append(QStringLiteral("[%1](%2)").arg(name, questionLink(phrasing)));
        }
        page += tr("Also asked as %1").arg(links.join(QStringLiteral(", ")))
            + QStringLiteral(" · [%1](%2)\n\n")
                  .arg(tr("Not the same question?").replace(QLatin1Char(' '), QChar(0x00a0)), conceptLink("split"));
    }
    if (!m_related.isEmpty()) {
        // One to a line: titles run together in a paragraph.
        page += tr("Related:") + QStringLiteral("\n\n");
        for (const core::QuestionSummary &related : std::as_const(m_related))
            page += QStringLiteral("- [%1](%2)\n").arg(PlainMarkdown::escaped(related.title), questionLink(related));
        page += QLatin1Char('\n');
    }
    page += QStringLiteral("[%1](%2)\n").arg(tr("Same question as another…"), conceptLink("join"));
    showMarkdown(page);
    insertBookmarkChip();
}

// At the end of the title: the flag's name in its colour on a pale ground of
// the same colour, in the body's size. Its text reads at WCAG AA on that ground.
void QuestionView::insertBookmarkChip()
{
    if (!m_bookmark)
        return;
    QColor color = palette().color(QPalette::Highlight);
    QString name = tr("Bookmarked");
    if (const auto flag = core::Flags::find(*m_bookmark)) {
        color = QColor(flag->color);
        name = flag->name;
    }
    // A sixth of the colour over the page's own.
    constexpr float kTint = 0.16f;
    const QColor base = palette().color(QPalette::Base);
    const QColor groundOnBase = Theme::mixed(color, base, kTint);
    QTextCharFormat chip;
    chip.setFont(font());
    chip.setFontWeight(QFont::Bold);
    chip.setForeground(Theme::readable(color, groundOnBase));
    chip.setBackground(groundOnBase);
    chip.setAnchor(true);
    chip.setAnchorHref(kBookmarkLink);
    chip.setToolTip(tr("Bookmarked as %1. Click to change.").arg(name));
    QTextCursor cursor(document()->firstBlock());
    cursor.movePosition(QTextCursor::EndOfBlock);
    QTextCharFormat space;
    space.setFont(font());
    cursor.insertText(QStringLiteral("  "), space);
    // Narrow no-break spaces pad the ground around the name and keep the chip on one line.
    const QChar keep(0x202f);
    cursor.insertText(QString(keep) + QChar(0x2691) + QChar(0x00a0)
                          + QString(name).replace(QLatin1Char(' '), QChar(0x00a0)) + keep,
                      chip);
}

void QuestionView::showPlaceholder(const QString &text)
{
    m_question.reset();
    m_bookmark.reset();
    showMarkdown(QStringLiteral("*%1*").arg(text));
}

void QuestionView::changeEvent(QEvent *event)
{
    MarkdownView::changeEvent(event);
    // The chip's colours are worked out for the palette: a new theme redraws it.
    if (event->type() == QEvent::PaletteChange && m_question && m_bookmark) {
        const int scrolled = verticalScrollBar()->value();
        render();
        verticalScrollBar()->setValue(scrolled);
    }
}

} // namespace sdstudy::widgets
