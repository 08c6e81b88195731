#include "core/quizengine.h"

#include "core/studylibrary.h"
#include "core/studysession.h"
#include "core/wordrarity.h"

#include <QCoreApplication>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct QuizEngineText
{
    Q_DECLARE_TR_FUNCTIONS(QuizEngine)
};

QString modeKey(QuizMode mode, bool asChoice)
{
    switch (mode) {
    case QuizMode::Recall:
        return QStringLiteral("recall");
    case QuizMode::Choice:
        return asChoice ? QStringLiteral("choice") : QStringLiteral("recall");
    case QuizMode::Typed:
        return QStringLiteral("typed");
    case QuizMode::Mock:
        return QStringLiteral("mock");
    }
    return {};
}

} // namespace

QStringList QuizEngine::mockStages()
{
    return {QuizEngineText::tr("Requirements: functional and non-functional"),
            QuizEngineText::tr("Estimates: users, requests, storage, bandwidth"),
            QuizEngineText::tr("API"),
            QuizEngineText::tr("Data model"),
            QuizEngineText::tr("High-level design"),
            QuizEngineText::tr("Scaling: bottlenecks, sharding, caching"),
            QuizEngineText::tr("Trade-offs and what you would do next")};
}

FsrsScheduler::Rating QuizEngine::suggestedFor(double coverage)
{
    return coverage >= 0.8 ? FsrsScheduler::Rating::Good
        : coverage >= 0.5  ? FsrsScheduler::Rating::Hard
                           : FsrsScheduler::Rating::Again;
}

QuizEngine::QuizEngine(StudyLibrary &library, QuizMode mode, const QStringList &plan, QuizFrontEnd &frontEnd,
                       Clock clock, int mockMinutes)
    : m_library(library)
    , m_mode(mode)
    , m_frontEnd(frontEnd)
    , m_clock(std::move(clock))
    , m_session(std::make_unique<StudySession>(library.reviews(), library.bookmarks(), library.scheduler(), plan,
                                               mode == QuizMode::Mock ? StudySession::Relearn::Later
                                                                      : StudySession::Relearn::InThisSitting))
    , m_choices(library.questions())
    , m_interviewClock(mockMinutes)
{ }

QuizEngine::~QuizEngine() = default;

std::optional<QString> QuizEngine::current() const
{
    return m_session->current();
}

int QuizEngine::sessionNumber() const
{
    return m_session->number();
}

QuizSummary QuizEngine::summary() const
{
    QuizSummary summary;
    summary.answered = int(m_given.size());
    summary.nextDue = m_library.reviews().nextDue(m_clock());
    summary.picked = m_mode == QuizMode::Choice;
    summary.unanswered = m_session->remaining();
    for (const Given &given : m_given) {
        summary.durationMs += given.durationMs;
        if (given.again) {
            ++summary.again;
            if (!summary.missed.contains(given.questionId)) {
                summary.missed.append(given.questionId);
                const auto question = m_library.questions().question(given.questionId);
                summary.missedTitles.append(question ? question->title : given.questionId);
            }
        }
    }
    return summary;
}

void QuizEngine::start()
{
    ask();
}

QuizCard QuizEngine::card() const
{
    QuizCard card;
    card.questionId = m_session->current().value_or(QString());
    if (const auto question = m_library.questions().question(card.questionId)) {
        card.title = question->title;
        card.topic = question->topic;
    }
    if (const auto note = m_library.notes().get(card.questionId))
        card.note = note->text;
    card.remaining = m_session->remaining();
    card.unseen = m_session->unseen();
    card.comingBack = m_session->comingBack();
    card.answered = m_session->answered();
    return card;
}

void QuizEngine::ask()
{
    m_revealed = false;
    m_choice.reset();
    const auto id = m_session->current();
    if (!id) {
        m_frontEnd.finished(summary());
        return;
    }
    m_askedAt = m_clock();
    if (m_mode == QuizMode::Mock)
        m_interviewClock.start(m_askedAt);
    if (m_mode == QuizMode::Choice) {
        // The same question in the same place of the sitting gets the same options.
        m_choice = m_choices.make(*id, quint32(qHash(*id)) ^ quint32(m_session->answered()), m_session->toCome());
        if (m_choice) {
            m_frontEnd.askChoice(card(), *m_choice);
            return;
        }
        // A bank too small for three wrong answers: this one is asked as recall.
    }
    m_frontEnd.ask(card());
}

void QuizEngine::showAnswer(FsrsScheduler::Rating suggested, std::optional<KeyTerms::Coverage> coverage)
{
    const auto question = m_library.questions().question(m_session->current().value_or(QString()));
    if (!question)
        return;
    m_revealed = true;
    if (m_mode == QuizMode::Mock)
        m_interviewClock.pause(m_clock());
    QuizReveal reveal;
    reveal.answerMarkdown = question->answerMarkdown;
    reveal.suggested = suggested;
    reveal.coverage = std::move(coverage);
    const QDateTime now = m_clock();
    for (int i = 0; i < 4; ++i)
        reveal.dueAfter[i] = m_session->preview(FsrsScheduler::Rating(i + 1), now).due;
    m_frontEnd.reveal(card(), reveal);
}

void QuizEngine::reveal()
{
    if (!m_revealed && !m_choice && m_session->current())
        showAnswer(FsrsScheduler::Rating::Good, std::nullopt);
}

void QuizEngine::submitTyped(const QString &typed)
{
    const auto question = m_library.questions().question(m_session->current().value_or(QString()));
    if (m_revealed || m_mode != QuizMode::Typed || !question)
        return;
    const WordRarity rarity(m_library.database());
    const auto coverage = KeyTerms::of(question->title, question->answerMarkdown, std::cref(rarity)).coverage(typed);
    showAnswer(suggestedFor(coverage.ratio), coverage);
}

bool QuizEngine::record(FsrsScheduler::Rating rating)
{
    const QString id = m_session->current().value_or(QString());
    const QDateTime now = m_clock();
    const qint64 durationMs = m_mode == QuizMode::Mock ? m_interviewClock.spentMs(now) : m_askedAt.msecsTo(now);
    const QuizCard shown = card();
    QString error;
    if (!m_session->answer(id, rating, modeKey(m_mode, m_choice.has_value()), durationMs, now, &error)) {
        m_frontEnd.failed(error);
        return false;
    }
    m_given.append({id, rating == FsrsScheduler::Rating::Again, durationMs});
    if (m_session->lastAnswerMadeALeech())
        m_frontEnd.leech(shown);
    return true;
}

void QuizEngine::grade(FsrsScheduler::Rating rating)
{
    if (!m_revealed || m_choice)
        return;
    if (record(rating))
        ask();
}

void QuizEngine::pick(int option)
{
    if (!m_choice || m_revealed || option < 0 || option >= m_choice->options.size())
        return;
    ChoiceOutcome outcome;
    outcome.choice = *m_choice;
    outcome.picked = option;
    if (const auto picked = m_library.questions().question(m_choice->optionIds.value(option)))
        outcome.pickedTitle = picked->title;
    const QuizCard shown = card();
    if (!record(outcome.right() ? FsrsScheduler::Rating::Good : FsrsScheduler::Rating::Again))
        return;
    m_revealed = true;
    QuizCard after = shown;
    after.remaining = m_session->remaining();
    after.unseen = m_session->unseen();
    after.comingBack = m_session->comingBack();
    after.answered = m_session->answered();
    m_frontEnd.showChoiceOutcome(after, outcome);
}

void QuizEngine::next()
{
    if (m_choice && m_revealed)
        ask();
}

bool QuizEngine::undo()
{
    if (m_given.isEmpty())
        return false;
    QString error;
    if (!m_session->undo(&error)) {
        if (!error.isEmpty())
            m_frontEnd.failed(error);
        return false;
    }
    m_given.removeLast();
    ask();
    return true;
}

bool QuizEngine::toggleInterviewPause()
{
    if (m_interviewClock.isRunning())
        m_interviewClock.pause(m_clock());
    else
        m_interviewClock.resume(m_clock());
    return m_interviewClock.isRunning();
}

void QuizEngine::end()
{
    m_revealed = false;
    m_choice.reset();
    m_frontEnd.finished(summary());
}

} // namespace sdstudy::core
