#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QListWidget;
class QPagedPaintDevice;
class QRadioButton;
class QSpinBox;

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::sheets {
struct SheetOptions;
struct SheetRequest;
} // namespace sdstudy::sheets

namespace sdstudy::widgets {

// Chooses what a topic sheet holds and how it looks, then previews it, prints it
// or saves it as PDF. What it prints is exactly what the preview shows: both are
// painted by SheetRenderer.
class PrintSheetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintSheetDialog)

public:
    // topic: preselected (the one in view); search: the search box's text, if any.
    PrintSheetDialog(core::StudyLibrary &library, const QString &topic, const QString &search,
                     QWidget *parent = nullptr);

private:
    sheets::SheetRequest request() const;
    sheets::SheetOptions options() const;
    // Paints the sheet on device; false (with a message shown) if there is nothing to print.
    bool render(QPagedPaintDevice &device);
    void preview();
    void print();
    void exportPdf();

    core::StudyLibrary &m_library;
    QString m_search;
    QRadioButton *m_byTopic;
    QListWidget *m_topics;
    QRadioButton *m_byBookmark;
    QComboBox *m_flag;
    QRadioButton *m_bySearch;
    QRadioButton *m_byMisses;
    QCheckBox *m_answers;
    QCheckBox *m_notes;
    QCheckBox *m_diagrams;
    QComboBox *m_columns;
    QComboBox *m_paper;
    QSpinBox *m_fontSize;
};

} // namespace sdstudy::widgets
