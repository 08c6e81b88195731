#pragma once

#include "core/questionstore.h"

#include "widgets/markdownview.h"

#include <optional>

namespace sdstudy::widgets {

// Shows one question: its title with its bookmark flag as a coloured chip, where
// it sits in the tree, the answer rendered from Markdown, links to the other
// phrasings of the same concept and to related questions, and the person's say on
// whether they are one concept.
class QuestionView final : public MarkdownView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionView)

public:
    explicit QuestionView(QWidget *parent = nullptr);

    // bookmark: a flag key ("" for a plain bookmark), or nullopt if not bookmarked;
    // related: other concepts worth a jump (diagrams::relatedLinks).
    void showQuestion(const core::QuestionRecord &question, const std::optional<QString> &bookmark = std::nullopt,
                      const QList<core::QuestionSummary> &related = {});
    // The chip changes; the page stays where it was scrolled.
    void showBookmark(const std::optional<QString> &bookmark);
    void showPlaceholder(const QString &text);
    QString questionId() const { return m_question ? m_question->id : QString(); }

Q_SIGNALS:
    // A link to another phrasing was followed: "BANK:N" of that question.
    void questionLinkActivated(const QString &reference);
    // The flag chip was clicked: the person wants to change it.
    void bookmarkChipClicked();
    // "Not the same question?" and "Same question as…" under the answer.
    void splitRequested();
    void joinRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void insertBookmarkChip();

    std::optional<core::QuestionRecord> m_question;
    QList<core::QuestionSummary> m_related;
    std::optional<QString> m_bookmark;
};

} // namespace sdstudy::widgets
