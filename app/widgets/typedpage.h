#pragma once

#include "widgets/recallpage.h"

class QPlainTextEdit;

namespace sdstudy::widgets {

// Typed recall: the person types the key points; the answer's key terms show as
// found or missed, marked where they stand in both what was typed and the
// answer, and the grade that coverage suggests is preselected.
class TypedPage final : public RecallPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypedPage)

public:
    explicit TypedPage(core::StudyLibrary &library, QWidget *parent = nullptr);

protected:
    void showAsked() override;
    QString revealPreamble(const core::QuizReveal &reveal) const override;
    void markRevealed(const core::QuizReveal &reveal) override;
    bool handleKey(int key) override;

private:
    void submit();

    QPlainTextEdit *m_typed;
    int m_typingControls = -1;
};

} // namespace sdstudy::widgets
