#pragma once

#include "core/questionstore.h"

#include "widgets/markdownview.h"

namespace sdstudy::widgets {

// Shows one question: its title, where it sits in the tree, the answer rendered
// from Markdown, and links to the other phrasings of the same concept.
class QuestionView final : public MarkdownView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionView)

public:
    explicit QuestionView(QWidget *parent = nullptr);

    void showQuestion(const core::QuestionRecord &question);
    void showPlaceholder(const QString &text);
    QString questionId() const { return m_questionId; }

Q_SIGNALS:
    // A link to another phrasing was followed: "BANK:N" of that question.
    void questionLinkActivated(const QString &reference);

private:
    QString m_questionId;
};

} // namespace sdstudy::widgets
