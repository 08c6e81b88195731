#pragma once

#include "core/workloadsimulator.h"

#include <QDialog>
#include <QFutureWatcher>

class QChartView;
class QScatterSeries;
class QLabel;
class QPushButton;

namespace sdstudy::core {
class StudyLibrary;
}

namespace sdstudy::widgets {

// "Help Me Choose" beside the desired retention: a year of study simulated with the
// person's own cards, parameters and answer times at each retention from 70% to
// 95%, drawn as minutes a day against concepts remembered, with the retention that
// costs the least work per concept remembered offered to take.
class RetentionAdvisor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionAdvisor)

public:
    RetentionAdvisor(core::StudyLibrary &library, double retention, int newPerDay, QWidget *parent = nullptr);
    ~RetentionAdvisor() override;

    // The least work per concept remembered, offered first.
    double recommendedRetention() const { return m_recommended; }
    // The retention the person took, once the dialog is accepted.
    double chosenRetention() const { return m_chosen; }
    // As a click on the chart does: picks the simulated retention nearest to `retention`.
    void choose(double retention);
    bool isSimulating() const { return m_watcher.isRunning(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPoints(const QList<core::WorkloadSimulator::RetentionPoint> &points);

    double m_current;
    double m_recommended = 0;
    double m_chosen = 0;
    QList<core::WorkloadSimulator::RetentionPoint> m_points;
    QScatterSeries *m_marker = nullptr;
    int m_concepts = 0;
    QFutureWatcher<QList<core::WorkloadSimulator::RetentionPoint>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    QLabel *m_summary = nullptr;
    QChartView *m_chart = nullptr;
    QPushButton *m_take = nullptr;
    QPushButton *m_leastWork = nullptr;
};

} // namespace sdstudy::widgets
