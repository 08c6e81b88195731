#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace sdstudy::core {
class QuizEngine;
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::widgets {

class NotesPane;

// The mock interview's side of the study window: the countdown (paused with
// Ctrl+Space), the interview's stages as a checklist, the scratch pad (the
// question's note) and the button that shows the model answer. The engine keeps
// the time; this shows it.
class MockInterviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockInterviewPanel)

public:
    explicit MockInterviewPanel(core::StudyLibrary &library, QWidget *parent = nullptr);

    // The engine whose clock the panel shows; set before the first question.
    void setEngine(core::QuizEngine *engine) { m_engine = engine; }

    // A new question: stages cleared, the pad on its note, the clock running.
    void startQuestion(const QString &questionId);
    // The answer shows: the clock and the pad stop. Returns the stages ticked.
    int stopForAnswer();
    int stageCount() const;
    // The sitting is over: nothing more to write.
    void finish();
    // Writes the pad to disk; false (and the pad says why) if that failed.
    bool saveScratch();
    QWidget *scratchEditor() const;

Q_SIGNALS:
    void answerRequested();

private:
    void updateClock();
    void togglePause();

    core::QuizEngine *m_engine = nullptr;
    QLabel *m_clockLabel;
    QToolButton *m_pauseButton;
    QListWidget *m_stages;
    NotesPane *m_scratch;
    QPushButton *m_answerButton;
    QTimer m_tick;
};

} // namespace sdstudy::widgets
