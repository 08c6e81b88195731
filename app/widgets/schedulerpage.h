#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace sdstudy::widgets {

class SchedulerFitter;

// Preferences' "Scheduler" page: the FSRS parameters in use, when they were
// fitted to the person's answers, how fitted and default parameters predicted
// answers they had not seen, "Optimize Now" and "Use the defaults".
class SchedulerPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulerPage)

public:
    explicit SchedulerPage(SchedulerFitter &fitter, QWidget *parent = nullptr);

    // The choice of the defaults, kept when the dialog's OK is pressed.
    bool apply(QString *error);
    void restoreDefaults();

private:
    void showFit();
    void optimizeOrStop();
    void fitEnded(const QString &error);

    SchedulerFitter &m_fitter;
    QLabel *m_inUse = nullptr;
    QLabel *m_scores = nullptr;
    QLabel *m_parameters = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_optimize = nullptr;
    QCheckBox *m_useDefaults = nullptr;
};

} // namespace sdstudy::widgets
