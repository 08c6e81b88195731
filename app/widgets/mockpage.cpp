#include "widgets/mockpage.h"

#include "core/quizengine.h"
#include "widgets/mockinterviewpanel.h"
#include "widgets/whiteboard.h"
#include "widgets/whiteboardscene.h"

#include <QSettings>
#include <QSplitter>

namespace sdstudy::widgets {

namespace {

const QString kMockSplitterKey = QStringLiteral("study/mockSplitter");

} // namespace

MockPage::MockPage(core::StudyLibrary &library, QWidget *parent)
    : RecallPage(library, parent)
    , m_panel(new MockInterviewPanel(library))
{
    m_emptyControls = addControls(new QWidget);
    connect(m_panel, &MockInterviewPanel::answerRequested, this, &MockPage::requestReveal);
    addBelowCard(m_panel->interviewArea());
    QSplitter *sides = splitter();
    sides->addWidget(m_panel);
    sides->setStretchFactor(0, 3);
    sides->setStretchFactor(1, 2);
    sides->restoreState(QSettings().value(kMockSplitterKey).toByteArray());
    connect(sides, &QSplitter::splitterMoved, this,
            [sides] { QSettings().setValue(kMockSplitterKey, sides->saveState()); });
}

void MockPage::setEngine(core::QuizEngine *engine)
{
    RecallPage::setEngine(engine);
    m_panel->setEngine(engine);
}

void MockPage::showAsked()
{
    m_panel->startQuestion(m_card.questionId);
    m_panel->interviewArea()->show();
    setCardFitsText(true); // the clock and the stages right under the question
    showControls(m_emptyControls, m_panel->scratchEditor());
}

void MockPage::requestReveal()
{
    if (!m_panel->saveScratch())
        return; // the pane says why and retries; the answer waits until the pad is safe
    RecallPage::requestReveal();
}

void MockPage::answerComing()
{
    // Only once the engine shows the answer: if it declines, the clock and pad go on.
    m_stagesDone = m_panel->stopForAnswer();
    // A sketch against the reference suggests the grade, as typed recall's key terms do.
    m_sketchCoverage.reset();
    if (!m_panel->whiteboard()->board()->sketch().isEmpty())
        m_sketchCoverage = m_panel->whiteboard()->coverage();
    if (m_sketchCoverage && m_reveal)
        m_reveal->suggested = core::QuizEngine::suggestedFor(m_sketchCoverage->coverage);
    // The answer and its diagram get the room; the preamble says what was covered.
    m_panel->interviewArea()->hide();
    setCardFitsText(false);
}

bool MockPage::gradeGiven(int rating)
{
    return m_panel->graded(rating);
}

bool MockPage::undo()
{
    // The question comes back with the attempt whose grade is taken back.
    m_panel->reopenLastGraded(true);
    const bool undone = RecallPage::undo();
    m_panel->reopenLastGraded(false);
    return undone;
}

QString MockPage::revealPreamble(const core::QuizReveal &) const
{
    QString preamble = tr("*Stages covered: %1 of %2.* Compare your scratch pad with the model answer and add what "
                          "you missed to it, then grade yourself.")
                           .arg(m_stagesDone)
                           .arg(m_panel->stageCount());
    if (m_sketchCoverage) {
        const qsizetype total = m_sketchCoverage->matched.size() + m_sketchCoverage->missed.size();
        preamble += QStringLiteral("\n\n")
            + tr("*Your sketch has %1 of the reference's %2 components and %3 of its %4 connections: coverage %5%.* "
                 "The list under the whiteboard shows what you missed; the grade it suggests is preselected.")
                  .arg(m_sketchCoverage->matched.size())
                  .arg(total)
                  .arg(m_sketchCoverage->connectionsDrawn())
                  .arg(m_sketchCoverage->connections.size())
                  .arg(qRound(m_sketchCoverage->coverage * 100));
    }
    return preamble + QStringLiteral("\n\n---\n\n");
}

void MockPage::finish(const core::QuizSummary &summary)
{
    m_panel->finish();
    setCardFitsText(false);
    RecallPage::finish(summary);
}

bool MockPage::saveWork()
{
    return m_panel->saveWork();
}

} // namespace sdstudy::widgets
