#pragma once

#include "core/choicebuilder.h"
#include "core/fsrsscheduler.h"
#include "core/interviewclock.h"
#include "core/keyterms.h"

#include <QDateTime>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace sdstudy::core {

class StudyLibrary;
class StudySession;

enum class QuizMode { Recall, Choice, Typed, Mock };

// The question on show, as every mode first presents it.
struct QuizCard
{
    QString questionId;
    QString title;
    QString topic;
    QString note;       // the person's note, empty if none
    int remaining = 0;  // in the sitting, this one included
    int unseen = 0;     // of those, not asked yet: "To go" counts these down
    int comingBack = 0; // of those, back in their learning steps
    int answered = 0;
};

// The answer, once revealed: what the grade buttons need.
struct QuizReveal
{
    QString answerMarkdown;
    std::array<QDateTime, 4> dueAfter; // when the question comes back after Again, Hard, Good, Easy
    FsrsScheduler::Rating suggested = FsrsScheduler::Rating::Good;
    std::optional<KeyTerms::Coverage> coverage; // typed recall
};

// A multiple-choice pick and whether it was right.
struct ChoiceOutcome
{
    ChoiceQuestion choice;
    int picked = 0;
    QString pickedTitle; // the question the picked answer belongs to
    bool right() const { return picked == choice.correct; }
};

struct QuizSummary
{
    int answered = 0;
    int again = 0;                    // answers graded Again (or wrong picks)
    QStringList missed;               // question ids answered Again, in order, once each
    QStringList missedTitles;         // their titles, as the summary shows them
    qint64 durationMs = 0;            // time on the questions
    std::optional<QDateTime> nextDue; // when the next question of any sitting comes due
    bool picked = false;              // multiple choice: right or wrong picks, not recall
    int unanswered = 0;               // questions the person left when ending the sitting
};

// What the engine asks of a front end: a window, or a test. The engine calls
// these; the front end calls the engine's methods as the person acts.
class QuizFrontEnd
{
public:
    virtual ~QuizFrontEnd() = default;
    virtual void ask(const QuizCard &card) = 0; // recall, typed, mock (and choice that fell back to recall)
    virtual void askChoice(const QuizCard &card, const ChoiceQuestion &choice) = 0;
    virtual void reveal(const QuizCard &card, const QuizReveal &reveal) = 0;
    virtual void showChoiceOutcome(const QuizCard &card, const ChoiceOutcome &outcome) = 0;
    virtual void leech(const QuizCard &card) = 0;  // just flagged Hard: forgotten kLeechLapses times
    virtual void failed(const QString &error) = 0; // an answer could not be saved
    virtual void finished(const QuizSummary &summary) = 0;
};

// One sitting in one mode, with no widgets: decides what to show, scores what
// the person does, records answers, and takes the last one back on request.
class QuizEngine final
{
public:
    using Clock = std::function<QDateTime()>;

    // The stages a mock interview walks through, in order, translated.
    static QStringList mockStages();
    // The grade a share of the answer covered suggests (0..1): of key terms typed,
    // of a reference diagram's components drawn.
    static FsrsScheduler::Rating suggestedFor(double coverage);

    QuizEngine(StudyLibrary &library, QuizMode mode, const QStringList &plan, QuizFrontEnd &frontEnd,
               Clock clock = &QDateTime::currentDateTimeUtc, int mockMinutes = InterviewClock::kDefaultMinutes);
    ~QuizEngine();

    QuizMode mode() const { return m_mode; }
    std::optional<QString> current() const;
    QuizSummary summary() const;
    int sessionNumber() const;

    void start();
    // Recall and mock: show the answer and the grade buttons.
    void reveal();
    // Typed recall: score what was typed against the answer's key terms.
    void submitTyped(const QString &typed);
    // Multiple choice: pick option 0..3; recorded as Good if right, Again if not.
    void pick(int option);
    // Recall, typed and mock, after reveal: record the grade and ask the next.
    void grade(FsrsScheduler::Rating rating);
    // Multiple choice, after the outcome: ask the next.
    void next();
    // Takes the last answer back and asks that question again.
    bool undo();
    // Ends the sitting now, as the person asked: the front end gets the summary
    // of what was answered (every answer is already on disk).
    void end();

    // Mock interview: the time budget, started with each question and paused when
    // the answer shows, all on the engine's own clock (a test's, or the wall's).
    qint64 interviewRemainingMs() const { return m_interviewClock.remainingMs(m_clock()); }
    qint64 interviewSpentMs() const { return m_interviewClock.spentMs(m_clock()); }
    bool interviewRunning() const { return m_interviewClock.isRunning(); }
    // Pauses a running interview clock, or resumes a paused one; true if it runs now.
    bool toggleInterviewPause();
    // The time by the engine's clock, for what the front end shows ("in 10 min").
    QDateTime now() const { return m_clock(); }

private:
    void ask();
    QuizCard card() const;
    bool record(FsrsScheduler::Rating rating);
    void showAnswer(FsrsScheduler::Rating suggested, std::optional<KeyTerms::Coverage> coverage);

    StudyLibrary &m_library;
    QuizMode m_mode;
    QuizFrontEnd &m_frontEnd;
    Clock m_clock;
    std::unique_ptr<StudySession> m_session;
    ChoiceBuilder m_choices;
    std::optional<ChoiceQuestion> m_choice; // the options on show
    InterviewClock m_interviewClock;
    QDateTime m_askedAt;
    bool m_revealed = false;
    struct Given
    {
        QString questionId;
        bool again = false;
        qint64 durationMs = 0;
    };
    QList<Given> m_given; // this sitting's answers, in order; undo takes the last back
};

} // namespace sdstudy::core
