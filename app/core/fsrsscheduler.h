#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace sdstudy::core {

// FSRS-6, the spaced-repetition model Anki uses: it keeps a memory state per card
// (stability: days until recall drops to 90%; difficulty: 1..10) and schedules the
// next review where recall is expected to fall to the desired retention. Short
// learning and relearning steps come first, as in Anki. Matches the public
// reference implementations (ts-fsrs, fsrs-rs) with fuzz off: tst_fsrs replays
// histories computed by ts-fsrs and compares every state and due time.
class FsrsScheduler final
{
public:
    enum class State { New = 0, Learning = 1, Review = 2, Relearning = 3 };
    enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

    struct Parameters
    {
        // FSRS-6 defaults, w0..w20 (w20 is the decay of the forgetting curve).
        std::array<double, 21> w
            = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
               1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
        double desiredRetention = 0.9; // the person may choose 0.70..0.99
        int maximumIntervalDays = 36500;
        QList<int> learningStepsMinutes = {1, 10};
        QList<int> relearningStepsMinutes = {10};
        // Spreads review intervals of 3 days and more a little (as Anki and the
        // reference implementations do) so cards learnt together do not stay together.
        bool fuzz = false;
    };

    struct Card
    {
        State state = State::New;
        double stability = 0;
        double difficulty = 0;
        int learningStep = 0; // position in the (re)learning steps
        int reps = 0;
        int lapses = 0;
        int scheduledDays = 0;
        QDateTime due;
        QDateTime lastReview;
    };

    FsrsScheduler(); // FSRS-6 defaults
    explicit FsrsScheduler(const Parameters &parameters);

    const Parameters &parameters() const { return m_parameters; }

    // The card after the person answers it with `rating` at `now`.
    Card next(const Card &card, const QDateTime &now, Rating rating) const;
    // Why a card (from a file, say) is outside what the model allows; empty if it is fine.
    static QString problemWith(const Card &card);

    // The probability of recall after `days` for a card of this stability.
    double retrievability(double days, double stability) const;

private:
    struct Memory
    {
        double difficulty;
        double stability;
    };
    struct Step
    {
        int minutes = 0; // 0: no step, the card graduates to review
        int nextStep = 0;
    };

    Memory nextMemory(const Card &card, int elapsedDays, Rating rating, double recall) const;
    Step learningStep(State state, int currentStep, Rating rating) const;
    int nextInterval(double stability) const;
    int fuzzed(int interval, int elapsedDays, quint64 seed) const;
    double initialDifficulty(int grade) const;
    double nextDifficulty(double difficulty, int grade) const;
    double recallStability(double difficulty, double stability, double recall, int grade) const;
    double forgetStability(double difficulty, double stability, double recall) const;
    double shortTermStability(double stability, int grade) const;

    Parameters m_parameters;
    double m_decay;
    double m_factor;
    double m_intervalModifier;
};

} // namespace sdstudy::core
