#pragma once

#include "core/questionstore.h"

#include "widgets/markdownview.h"

#include <optional>

namespace sdstudy::widgets {

// Shows one question: its title with its bookmark flag as a coloured chip, where
// it sits in the tree, the answer rendered from Markdown, and links to the other
// phrasings of the same concept.
class QuestionView final : public MarkdownView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionView)

public:
    explicit QuestionView(QWidget *parent = nullptr);

    // bookmark: a flag key ("" for a plain bookmark), or nullopt if not bookmarked.
    void showQuestion(const core::QuestionRecord &question, const std::optional<QString> &bookmark = std::nullopt);
    // The chip changes; the page stays where it was scrolled.
    void showBookmark(const std::optional<QString> &bookmark);
    void showPlaceholder(const QString &text);
    QString questionId() const { return m_question ? m_question->id : QString(); }

Q_SIGNALS:
    // A link to another phrasing was followed: "BANK:N" of that question.
    void questionLinkActivated(const QString &reference);
    // The flag chip was clicked: the person wants to change it.
    void bookmarkChipClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void insertBookmarkChip();

    std::optional<core::QuestionRecord> m_question;
    std::optional<QString> m_bookmark;
};

} // namespace sdstudy::widgets
