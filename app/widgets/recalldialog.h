#pragma once

#include "fsrsscheduler.h"

#include <QDialog>
#include <QElapsedTimer>

#include <memory>

class MarkdownView;
class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class StudyLibrary;
class StudySession;

// Recall practice: the question; Space shows the answer; 1-4 grade it Again, Hard,
// Good or Easy, each button showing when the question comes back. Ctrl+Z takes
// the last answer back. The person's note can be shown beside the answer.
class RecallDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecallDialog)

public:
    RecallDialog(StudyLibrary &library, QWidget *parent = nullptr);
    ~RecallDialog() override;

    // How long until a card comes back, as the grade buttons show it: "1 min", "6 min", "3 d".
    static QString interval(const QDateTime &from, const QDateTime &to);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showQuestion();
    void reveal();
    void grade(FsrsScheduler::Rating rating);
    void undo();
    QString currentQuestionId() const;

    StudyLibrary &m_library;
    std::unique_ptr<StudySession> m_session;
    QLabel *m_progress;
    MarkdownView *m_view;
    QCheckBox *m_showNote;
    QStackedWidget *m_actions;
    QPushButton *m_revealButton;
    QList<QPushButton *> m_gradeButtons;
    QElapsedTimer m_shownFor;
    bool m_revealed = false;
};
