#pragma once

#include "widgets/recallpage.h"

class QScrollArea;

namespace sdstudy::widgets {

class ChoiceOption;

// Multiple choice: the question, and under it its four answers as buttons: a
// click or 1-4 picks one. After the pick the right answer and a wrong pick are
// marked in colour and in words, and the page says what the wrong one answers.
// A question with too few neighbours to make four answers is asked as in recall.
class ChoicePage final : public RecallPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoicePage)

public:
    explicit ChoicePage(core::StudyLibrary &library, QWidget *parent = nullptr);

    void ask(const core::QuizCard &card) override;
    void askChoice(const core::QuizCard &card, const core::ChoiceQuestion &choice);
    void showOutcome(const core::QuizCard &card, const core::ChoiceOutcome &outcome);
    void finish(const core::QuizSummary &summary) override;
    bool handleKey(int key) override;

protected:
    void redraw() override;

private:
    void pick(int option);
    void showOptions(bool show);

    QScrollArea *m_optionArea;
    QList<ChoiceOption *> m_options;
    QPushButton *m_nextButton;
    int m_pickControls = -1;
    int m_nextControls = -1;
    std::optional<core::ChoiceQuestion> m_choice;
    std::optional<core::ChoiceOutcome> m_outcome;
};

} // namespace sdstudy::widgets
