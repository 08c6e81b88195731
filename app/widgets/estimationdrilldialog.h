#pragma once

#include "core/estimationdrill.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sdstudy::core {
class StudyLibrary;
}

namespace sdstudy::widgets {

// Back-of-the-envelope practice: a problem with fresh numbers, an answer typed
// with its unit ("12 TB"), the verdict and the worked solution, then the next.
// Each first answer is kept (DrillStore); with "Weakest first" the types the
// person gets wrong come back more often.
class EstimationDrillDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EstimationDrillDialog)

public:
    explicit EstimationDrillDialog(core::StudyLibrary &library, QWidget *parent = nullptr);

    // Shows this problem (a test's fixed seed) instead of a fresh one.
    void showProblem(const core::EstimationProblem &problem);
    const core::EstimationProblem &problem() const { return m_problem; }

private:
    void nextProblem();
    void check();
    void updateScore();

    core::StudyLibrary &m_library;
    QComboBox *m_types;
    QLabel *m_kind;
    QLabel *m_question;
    QLineEdit *m_answer;
    QPushButton *m_check;
    QPushButton *m_next;
    QLabel *m_verdict;
    QLabel *m_solution;
    QLabel *m_score;
    core::EstimationProblem m_problem;
    bool m_recorded = false; // the first answer to this problem is kept
    int m_answered = 0;
    int m_right = 0;
};

} // namespace sdstudy::widgets
