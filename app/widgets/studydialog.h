#pragma once

#include "core/quizengine.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::widgets {

class ChoicePage;
class RecallPage;

// The window of a sitting: a shell around the page of its mode (RecallPage,
// ChoicePage, TypedPage, MockPage), with what every mode shares: the count of
// what is left, the note toggle, Ctrl+Z to take the last answer back and Esc to
// end the sitting with its summary. QuizEngine decides what the page shows.
class StudyDialog final : public QDialog, private core::QuizFrontEnd
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyDialog)

public:
    StudyDialog(core::StudyLibrary &library, core::QuizMode mode, const QStringList &plan, QWidget *parent = nullptr,
                int mockMinutes = core::InterviewClock::kDefaultMinutes);
    ~StudyDialog() override;

    static QString modeName(core::QuizMode mode);

    // The questions answered Again in this sitting, once it is over.
    QStringList missed() const { return m_missed; }
    // The question the person asked to see from the summary, if any.
    QString questionAskedFor() const { return m_questionAskedFor; }

Q_SIGNALS:
    // The person asked to practise this sitting's misses straight away.
    void practiseMissesRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void reject() override;

private:
    // QuizFrontEnd
    void ask(const core::QuizCard &card) override;
    void askChoice(const core::QuizCard &card, const core::ChoiceQuestion &choice) override;
    void reveal(const core::QuizCard &card, const core::QuizReveal &reveal) override;
    void showChoiceOutcome(const core::QuizCard &card, const core::ChoiceOutcome &outcome) override;
    void leech(const core::QuizCard &card) override;
    void failed(const QString &error) override;
    void finished(const core::QuizSummary &summary) override;

    void showProgress(const core::QuizCard &card);
    // Closes the window once the page's work is on disk; false (and a message) if not.
    bool closeSaved();
    bool workIsSaved();

    QLabel *m_progress;
    QCheckBox *m_showNote;
    RecallPage *m_page;             // the mode's page
    ChoicePage *m_choice = nullptr; // the same page, in multiple choice
    QStringList m_missed;
    QString m_questionAskedFor;
    std::unique_ptr<core::QuizEngine> m_engine; // last: it calls back into the page
};

} // namespace sdstudy::widgets
