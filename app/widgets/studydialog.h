#pragma once

#include "choicebuilder.h"
#include "fsrsscheduler.h"

#include <QDialog>
#include <QElapsedTimer>

#include <memory>
#include <optional>

class MarkdownView;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class StudyLibrary;
class StudySession;

// A sitting of practice on the questions due now, in one of two modes:
// - Recall: the question; Space shows the answer; 1-4 grade it Again, Hard, Good
//   or Easy, each button showing when the question comes back.
// - Multiple choice: four answers, one right; 1-4 pick. A right pick counts as
//   Good, a wrong one as Again and shows the picked answer beside the right one.
// - Typed recall: the person types the key points; the answer's key terms show as
//   found or missed, and the grade that coverage suggests is preselected.
// Ctrl+Z takes the last answer back; the person's note can be shown.
class StudyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyDialog)

public:
    enum class Mode { Recall, Choice, Typed };

    StudyDialog(StudyLibrary &library, Mode mode, QWidget *parent = nullptr);
    ~StudyDialog() override;

    // How long until a card comes back, as the grade buttons show it: "1 min", "6 min", "3 d".
    static QString interval(const QDateTime &from, const QDateTime &to);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum Page { RevealPage, ButtonsPage, NextPage, TypingPage };

    void showQuestion();
    void updateProgress();
    void reveal();
    void check(); // typed recall: compare what was typed with the answer
    void showGrades(FsrsScheduler::Rating suggested);
    void press(int index); // a grade (recall) or an option (choice), 0..3
    void record(FsrsScheduler::Rating rating);
    void undo();
    QString noteBlock(const QString &questionId) const;

    StudyLibrary &m_library;
    Mode m_mode;
    std::unique_ptr<StudySession> m_session;
    ChoiceBuilder m_choices;
    std::optional<ChoiceQuestion> m_choice;
    QLabel *m_progress;
    MarkdownView *m_view;
    QCheckBox *m_showNote;
    QStackedWidget *m_actions;
    QPushButton *m_revealButton;
    QPushButton *m_nextButton;
    QPlainTextEdit *m_typed;
    QList<QPushButton *> m_buttons;
    QElapsedTimer m_shownFor;
    QString m_topic; // of the question on show
    bool m_revealed = false;
};
