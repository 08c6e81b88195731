#pragma once

#include "core/quizengine.h"

#include <QDialog>

#include <memory>

class ChoicePage;
class QCheckBox;
class QLabel;
class RecallPage;
class StudyLibrary;

// The window of a sitting: a shell around the page of its mode (RecallPage,
// ChoicePage, TypedPage, MockPage), with what every mode shares: the count of
// what is left, the note toggle, Ctrl+Z to take the last answer back and Esc to
// end the sitting with its summary. QuizEngine decides what the page shows.
class StudyDialog final : public QDialog, private QuizFrontEnd
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyDialog)

public:
    StudyDialog(StudyLibrary &library, QuizMode mode, const QStringList &plan, QWidget *parent = nullptr,
                int mockMinutes = InterviewClock::kDefaultMinutes);
    ~StudyDialog() override;

    static QString modeName(QuizMode mode);

    // The questions answered Again in this sitting, once it is over.
    QStringList missed() const { return m_missed; }

Q_SIGNALS:
    // The person asked to practise this sitting's misses straight away.
    void practiseMissesRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void reject() override;

private:
    // QuizFrontEnd
    void ask(const QuizCard &card) override;
    void askChoice(const QuizCard &card, const ChoiceQuestion &choice) override;
    void reveal(const QuizCard &card, const QuizReveal &reveal) override;
    void showChoiceOutcome(const QuizCard &card, const ChoiceOutcome &outcome) override;
    void leech(const QuizCard &card) override;
    void failed(const QString &error) override;
    void finished(const QuizSummary &summary) override;

    void showProgress(const QuizCard &card);

    QLabel *m_progress;
    QCheckBox *m_showNote;
    RecallPage *m_page;             // the mode's page
    ChoicePage *m_choice = nullptr; // the same page, in multiple choice
    QStringList m_missed;
    std::unique_ptr<QuizEngine> m_engine; // last: it calls back into the page
};
