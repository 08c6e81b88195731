#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace sdstudy::core {
class QuizEngine;
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::widgets {

class NoteEditor;
class Whiteboard;
struct SketchSlot;

// The mock interview's parts of the study window: the countdown (paused with
// Ctrl+Space) and the interview's stages as a checklist, which go under the
// question (interviewArea), and beside them the scratch pad and the button that
// shows the model answer. Each question's go is kept as an attempt
// of its own (MockAttemptStore): the pad saves itself as the person types, stays
// open after the answer shows for what they missed, and goes into the person's
// note only when they ask. Earlier attempts at the question can be opened.
class MockInterviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockInterviewPanel)

public:
    static constexpr int kQuietMs = 1000;   // the pad is saved this long after the last keystroke
    static constexpr int kLongestMs = 5000; // and at least this often while typing goes on
    static constexpr int kRetryMs = 5000;   // a failed save is tried again this often

    explicit MockInterviewPanel(core::StudyLibrary &library, QWidget *parent = nullptr);
    ~MockInterviewPanel() override;

    // The engine whose clock the panel shows; set before the first question.
    void setEngine(core::QuizEngine *engine) { m_engine = engine; }

    // A new question: a new attempt, stages cleared, the clock running. After
    // reopenLastGraded(true), the question whose grade was taken back goes on
    // with its own attempt: its pad and stages, ungraded.
    void startQuestion(const QString &questionId);
    void reopenLastGraded(bool reopen) { m_reopenLastGraded = reopen; }
    // The answer shows: the clock stops, the time and stages are kept, the pad
    // stays open. Returns the stages ticked.
    int stopForAnswer();
    // The person graded the attempt; false (and the panel says why) if the pad
    // or the grade could not be kept, and the question must not be left.
    bool graded(int rating);
    int stageCount() const;
    // The sitting is over: nothing more to write.
    void finish();
    // Writes the pad to disk; false (and the panel says why) if that failed.
    bool saveScratch();
    // The pad and the whiteboard.
    bool saveWork();
    Whiteboard *whiteboard() const { return m_whiteboard; }
    QWidget *scratchEditor() const;
    // The clock and the stages, for the page to place under the question.
    QWidget *interviewArea() const { return m_interviewArea; }
    // The attempt on show, if any.
    std::optional<qint64> attemptId() const { return m_attempt; }

Q_SIGNALS:
    void answerRequested();

private:
    void updateClock();
    void togglePause();
    void appendToNote();
    void listEarlierAttempts();
    void showAttempt(qint64 id);
    bool ensureAttempt();
    bool closeAttempt();
    // The whiteboard's place in the attempt on show.
    SketchSlot attemptSketch();
    void reopen(qint64 id);
    QList<int> stagesDone() const;
    void showStatus(const QString &text, bool problem = false);

    core::StudyLibrary &m_library;
    core::QuizEngine *m_engine = nullptr;
    QWidget *m_interviewArea;
    QLabel *m_clockLabel;
    QToolButton *m_pauseButton;
    QToolButton *m_earlierButton;
    QListWidget *m_stages;
    NoteEditor *m_pad;
    QTabWidget *m_work; // the pad and the whiteboard
    Whiteboard *m_whiteboard;
    QLabel *m_status;
    QPushButton *m_addToNote;
    QPushButton *m_answerButton;
    QTimer m_tick;
    QTimer m_quiet; // saves the pad once typing pauses
    QElapsedTimer m_sinceSave;
    // The attempt on show: made when there is first something to keep.
    std::optional<qint64> m_attempt;
    QString m_questionId;
    QDateTime m_startedAt;
    bool m_padChanged = false;
    QString m_noteSection; // what Add to My Note last wrote for this attempt
    struct Graded
    {
        qint64 id = 0;
        QString questionId;
    };
    std::optional<Graded> m_lastGraded;
    bool m_reopenLastGraded = false;
};

} // namespace sdstudy::widgets
