#include "widgets/questionview.h"

#include <QTextDocument>
#include <QUrl>

namespace sdstudy::widgets {

namespace {
const QString kQuestionScheme = QStringLiteral("question");
}

QuestionView::QuestionView(QWidget *parent)
    : MarkdownView(parent)
{
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(24);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kQuestionScheme)
            Q_EMIT questionLinkActivated(url.path());
    });
}

void QuestionView::showQuestion(const core::QuestionRecord &question)
{
    m_questionId = question.id;
    // The whole page is Markdown, so Qt's own CommonMark reader (md4c) renders
    // headings, lists, bold and code in the answer exactly as in the title block.
    QString page = QStringLiteral("## %1\n\n").arg(question.title);
    page += QStringLiteral("*#%1 · %2 › %3*\n\n").arg(question.number).arg(question.topic, question.subtopic);
    page += question.answerMarkdown + QStringLiteral("\n\n");
    if (!question.variants.isEmpty()) {
        QStringList links;
        for (int number : question.variants)
            links.append(QStringLiteral("[#%1](%2:%3:%1)").arg(number).arg(kQuestionScheme, question.bankKey));
        page += QStringLiteral("---\n\n") + tr("Also asked as %1").arg(links.join(QStringLiteral(", ")))
            + QLatin1Char('\n');
    }
    showMarkdown(page);
}

void QuestionView::showPlaceholder(const QString &text)
{
    m_questionId.clear();
    showMarkdown(QStringLiteral("*%1*").arg(text));
}

} // namespace sdstudy::widgets
