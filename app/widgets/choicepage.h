#pragma once

#include "widgets/recallpage.h"

namespace sdstudy::widgets {

// Multiple choice: four answers, one right; 1-4 pick. A wrong pick shows the
// picked answer beside the right one. A question with too few neighbours to make
// four answers is asked as in recall.
class ChoicePage final : public RecallPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoicePage)

public:
    explicit ChoicePage(core::StudyLibrary &library, QWidget *parent = nullptr);

    void ask(const core::QuizCard &card) override;
    void askChoice(const core::QuizCard &card, const core::ChoiceQuestion &choice);
    void showOutcome(const core::QuizCard &card, const core::ChoiceOutcome &outcome);
    bool handleKey(int key) override;

protected:
    void redraw() override;

private:
    QWidget *makeOptionButtons();

    QList<QPushButton *> m_optionButtons;
    QPushButton *m_nextButton;
    int m_optionControls = -1;
    int m_nextControls = -1;
    std::optional<core::ChoiceOutcome> m_outcome;
};

} // namespace sdstudy::widgets
