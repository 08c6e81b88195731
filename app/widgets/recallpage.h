#pragma once

#include "core/quizengine.h"

#include <QWidget>

class QPushButton;
class QSplitter;
class QStackedWidget;
class QVBoxLayout;

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::widgets {

class DiagramPanel;
class MarkdownView;

// The study window's page for recall, and the base of the other modes' pages:
// the card on top, the controls of the moment below. Recall shows the question;
// Space shows the answer, with the question's diagram beside it when it has one;
// 1-4 grade it Again, Hard, Good or Easy, each button showing when the question
// comes back. The engine decides what is shown; the
// page shows it and hands the person's actions back to the engine.
class RecallPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecallPage)

public:
    explicit RecallPage(core::StudyLibrary &library, QWidget *parent = nullptr);

    // How long until a card comes back, as the grade buttons show it: "1 min", "6 min", "3 d".
    static QString interval(const QDateTime &from, const QDateTime &to);

    virtual void setEngine(core::QuizEngine *engine) { m_engine = engine; }
    // The person's note below the answer, or not.
    void setShowNote(bool show);

    // What the engine presents.
    virtual void ask(const core::QuizCard &card);
    void reveal(const core::QuizCard &card, const core::QuizReveal &reveal);
    virtual void finish(const core::QuizSummary &summary);
    bool isFinished() const;

    // Ctrl+Z: the last answer taken back and its question asked again.
    virtual bool undo();
    // The keys of the moment (Space, 1-4); false when they mean nothing here.
    virtual bool handleKey(int key);
    // Writes what the person has typed that is not saved yet; false (and the page
    // says why) when that failed and the page must not be left.
    virtual bool saveWork() { return true; }

Q_SIGNALS:
    void practiseMissesRequested();
    // A missed question on the summary was clicked: the window should show it.
    void questionRequested(const QString &questionId);
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // A widget of the mode's between the card and the controls.
    void addBelowCard(QWidget *widget);
    // The card only as tall as its text (the question alone), or as tall as it can be.
    void setCardFitsText(bool fits);
    // The controls shown below the card, one set at a time.
    int addControls(QWidget *controls);
    void showControls(int index, QWidget *focus);
    int currentControls() const;
    MarkdownView *view() const { return m_view; }
    QSplitter *splitter() const { return m_splitter; }
    core::QuizEngine *engine() const { return m_engine; }
    QString noteBlock() const;

    // Asks the engine for the answer; a mock saves the scratch pad first.
    virtual void requestReveal();
    // The engine is about to show the answer.
    virtual void answerComing() { }
    // The person graded the question (1 again .. 4 easy); the engine is told next,
    // unless this says the page cannot be left yet (and shows why).
    virtual bool gradeGiven(int) { return true; }
    // What stands between the question and the answer once revealed.
    virtual QString revealPreamble(const core::QuizReveal &) const { return {}; }
    // Marks what the mode wants marked in the revealed page (view()'s document).
    virtual void markRevealed(const core::QuizReveal &) { }
    // The diagram shown with the answer; nullptr until a question has one.
    DiagramPanel *diagram() const { return m_diagram; }
    // Draws the page again, after the note toggle.
    virtual void redraw();
    // What the page shows when the question is asked: the Show Answer button.
    virtual void showAsked();

    core::QuizCard m_card;
    std::optional<core::QuizReveal> m_reveal;

private:
    QWidget *makeGradeButtons();
    void fitCardToText();
    void grade(int rating);
    QWidget *makeDoneControls();
    void showRevealed();
    void showDiagramOf(const QString &questionId);
    void hideDiagram();

    core::StudyLibrary &m_library;
    core::QuizEngine *m_engine = nullptr;
    MarkdownView *m_view;
    QSplitter *m_cardArea; // the text, and the diagram beside or below it
    QVBoxLayout *m_cardLayout;
    QWidget *m_belowCard = nullptr; // the mode's, if any
    bool m_cardFitsText = false;
    DiagramPanel *m_diagram = nullptr; // made for the first question that has one
    QSplitter *m_splitter;
    QStackedWidget *m_controls;
    QPushButton *m_revealButton;
    QList<QPushButton *> m_gradeButtons;
    QPushButton *m_missesButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    int m_revealControls = -1;
    int m_gradeControls = -1;
    int m_doneControls = -1;
    bool m_showNote = false;
};

} // namespace sdstudy::widgets
