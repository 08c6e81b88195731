#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace sdstudy::widgets {

// Figures, each a big number over its caption, in as many columns as the width
// holds: all in one row when it is wide, else in two, four or eight rows of equal
// length. A narrow window (or large text) never scrolls sideways to read them.
class FigureGrid final : public QWidget
{
    Q_OBJECT

public:
    explicit FigureGrid(QWidget *parent = nullptr);

    // Adds a figure after the others; `key` names its number for tests and tools.
    void addFigure(const QString &caption, const QString &value, const QString &key);
    int columns() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Figure
    {
        QLabel *number;
        QLabel *caption;
    };
    // The widest figure's number, or its caption's longest word.
    int figureWidth() const;
    void arrange(int columns);

    QGridLayout *m_grid;
    QList<Figure> m_figures;
    int m_columns = 0;
};

} // namespace sdstudy::widgets
