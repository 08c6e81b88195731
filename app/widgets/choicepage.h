#pragma once

#include "widgets/recallpage.h"

// Multiple choice: four answers, one right; 1-4 pick. A wrong pick shows the
// picked answer beside the right one. A question with too few neighbours to make
// four answers is asked as in recall.
class ChoicePage final : public RecallPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoicePage)

public:
    explicit ChoicePage(StudyLibrary &library, QWidget *parent = nullptr);

    void ask(const QuizCard &card) override;
    void askChoice(const QuizCard &card, const ChoiceQuestion &choice);
    void showOutcome(const QuizCard &card, const ChoiceOutcome &outcome);
    bool handleKey(int key) override;

protected:
    void redraw() override;

private:
    QWidget *makeOptionButtons();

    QList<QPushButton *> m_optionButtons;
    QPushButton *m_nextButton;
    int m_optionControls = -1;
    int m_nextControls = -1;
    std::optional<ChoiceOutcome> m_outcome;
};
