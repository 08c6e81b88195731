#pragma once

#include "diagrams/sketchcomparison.h"
#include "widgets/recallpage.h"

#include <optional>

namespace sdstudy::widgets {

class MockInterviewPanel;

// Mock interview: the question beside a countdown that can be paused, the stages
// as a checklist and a scratch pad kept as an attempt of its own; then the model
// answer and a grade.
class MockPage final : public RecallPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockPage)

public:
    explicit MockPage(core::StudyLibrary &library, QWidget *parent = nullptr);

    void setEngine(core::QuizEngine *engine) override;
    void finish(const core::QuizSummary &summary) override;
    bool saveWork() override;
    bool undo() override;

protected:
    void showAsked() override;
    void requestReveal() override;
    void answerComing() override;
    bool gradeGiven(int rating) override;
    QString revealPreamble(const core::QuizReveal &reveal) const override;

private:
    MockInterviewPanel *m_panel;
    int m_emptyControls = -1; // the mock's own button sits in its panel
    int m_stagesDone = 0;
    std::optional<diagrams::SketchCoverage> m_sketchCoverage; // of the question answered, if sketched
};

} // namespace sdstudy::widgets
