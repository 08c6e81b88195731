#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QToolButton;

namespace sdstudy::widgets {

// A titled dashboard panel around one chart (or another widget, such as the
// calendar): draws in the window's palette, light or dark, and saves itself as PNG.
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    ChartPanel(const QString &title, QWidget *content, QWidget *parent = nullptr);
    // Takes the chart and shows it in a view of its own.
    ChartPanel(const QString &title, QChart *chart, QWidget *parent = nullptr);

    QChart *chart() const;
    // A line under the title: what an empty or thin chart will show with more data.
    void setNote(const QString &note);
    QString note() const;
    // Nothing to draw yet: the note alone says what will show here, without an
    // empty frame or a picture to save.
    void setEmpty(const QString &note);
    bool isEmpty() const;
    QWidget *content() const { return m_content; }
    // Writes the panel's picture; false if the file could not be written.
    bool savePng(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void exportPng();

    QWidget *m_content;
    QLabel *m_note;
    QToolButton *m_save;
    QChartView *m_view = nullptr;
    QString m_title;
};

} // namespace sdstudy::widgets
