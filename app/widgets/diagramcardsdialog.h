#pragma once

#include "diagrams/diagramcards.h"

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sdstudy::core {
class StudyLibrary;
}

namespace sdstudy::widgets {

class DiagramView;

// A sitting of diagram cards: the diagrams come with one component hidden; the
// person types its name (or picks one of four), sees the diagram whole, and grades
// themselves. Due cards first, then up to kNewPerDay new ones; each answer is
// scheduled by FSRS and kept in the review log as mode "diagram".
class DiagramCardsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramCardsDialog)

public:
    static constexpr int kNewPerDay = 10;

    explicit DiagramCardsDialog(core::StudyLibrary &library, QWidget *parent = nullptr,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The cards of this sitting, in order.
    const QList<diagrams::DiagramCard> &plan() const { return m_plan; }
    int current() const { return m_index; }

private:
    void showCard();
    void answerWith(const QString &name);
    void grade(int rating);

    core::StudyLibrary &m_library;
    QDateTime m_now;
    QList<diagrams::DiagramCard> m_plan;
    int m_index = 0;
    QLabel *m_progress;
    DiagramView *m_view;
    QLabel *m_prompt;
    QLineEdit *m_name;
    QPushButton *m_check;
    QList<QPushButton *> m_choices;
    QWidget *m_choiceRow;
    QLabel *m_verdict;
    QWidget *m_gradeRow;
    QList<QPushButton *> m_grades;
    QElapsedTimer m_shownFor;
    int m_answered = 0;
};

} // namespace sdstudy::widgets
