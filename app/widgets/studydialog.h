#pragma once

#include "core/quizengine.h"

#include <QDialog>

#include <memory>

class MarkdownView;
class MockInterviewPanel;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class StudyLibrary;

// The window of a sitting; QuizEngine decides what it shows.
// - Recall: the question; Space shows the answer; 1-4 grade it Again, Hard, Good
//   or Easy, each button showing when the question comes back.
// - Multiple choice: four answers, one right; 1-4 pick. A wrong pick shows the
//   picked answer beside the right one.
// - Typed recall: the person types the key points; the answer's key terms show as
//   found or missed, and the grade that coverage suggests is preselected.
// - Mock interview: a countdown that can be paused, the stages as a checklist and
//   a scratch pad that is the question's note; then the model answer and a grade.
// Ctrl+Z takes the last answer back; the person's note can be shown.
class StudyDialog final : public QDialog, private QuizFrontEnd
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyDialog)

public:
    StudyDialog(StudyLibrary &library, QuizMode mode, const QStringList &plan, QWidget *parent = nullptr,
                int mockMinutes = InterviewClock::kDefaultMinutes);
    ~StudyDialog() override;

    // How long until a card comes back, as the grade buttons show it: "1 min", "6 min", "3 d".
    static QString interval(const QDateTime &from, const QDateTime &to);
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
    enum Page { RevealPage, ButtonsPage, NextPage, TypingPage, MockPage, DonePage };

    // QuizFrontEnd
    void ask(const QuizCard &card) override;
    void askChoice(const QuizCard &card, const ChoiceQuestion &choice) override;
    void reveal(const QuizCard &card, const QuizReveal &reveal) override;
    void showChoiceOutcome(const QuizCard &card, const ChoiceOutcome &outcome) override;
    void leech(const QuizCard &card) override;
    void failed(const QString &error) override;
    void finished(const QuizSummary &summary) override;

    QWidget *makeGradeButtons();
    QWidget *makeTypingPage();
    QWidget *makeDonePage();
    void showProgress(const QuizCard &card);
    void showPage(Page page, QWidget *focus);
    void showReveal();     // asks the engine, saving the scratch pad first in a mock
    void press(int index); // a grade, or an option in multiple choice, 0..3
    QString noteBlock(const QuizCard &card) const;

    StudyLibrary &m_library;
    QuizMode m_mode;
    QLabel *m_progress;
    MarkdownView *m_view;
    QCheckBox *m_showNote;
    QStackedWidget *m_actions;
    QPushButton *m_revealButton;
    QPushButton *m_nextButton;
    QPlainTextEdit *m_typed = nullptr;
    QList<QPushButton *> m_buttons;
    MockInterviewPanel *m_mock = nullptr; // in a mock interview
    // Done
    QPushButton *m_missesButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QStringList m_missed;
    // What is on show, to draw again when the note toggle changes.
    QuizCard m_card;
    std::optional<QuizReveal> m_reveal;
    bool m_choiceOnShow = false;
    std::unique_ptr<QuizEngine> m_engine; // last: it calls back into the widgets above
};
