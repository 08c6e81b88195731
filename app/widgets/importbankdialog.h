#pragma once

#include "core/bankimporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::widgets {

class MarkdownView;

// The import assistant: shows a bank file's questions and answers as they will be
// imported, with what is left out and why, before anything is written. The shape
// is detected; when the person knows better they say how questions are marked
// (Markdown) or which columns hold what (CSV), and the preview follows at once.
// Cancel changes nothing.
class ImportBankDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportBankDialog)

public:
    ImportBankDialog(core::StudyLibrary &library, core::BankImporter::Source source, QWidget *parent = nullptr);

    // The bank as the person set it up: its shape and its name. Valid after accept().
    core::BankImporter::Source source() const;
    // What the import did, after accept(): the dialog imports on its own button.
    core::BankImporter::Outcome outcome() const { return m_outcome; }
    // True while the file is read in the background for the preview.
    bool isReading() const { return m_running > 0; }

private:
    QWidget *makeMarkdownChoices();
    QWidget *makeCsvChoices();
    // Fills the choices from a shape, without previewing again for each.
    void showShape(const core::BankShape &shape);
    core::BankShape chosenShape() const;
    void fillColumns(QChar delimiter);
    enum class Reading {
        Detect,   // the file as detection reads it, on opening
        DetectIn, // detection within the format the person chose
        AsChosen, // the shape the person set
    };
    void preview();
    // `format` is the one to detect in, for DetectIn.
    void read(Reading reading, core::BankShape::Format format = core::BankShape::Format::Markdown);
    void showReading(Reading reading, const core::BankParser::Result &result);
    void showAnswer();
    void import();

    core::StudyLibrary &m_library;
    core::BankImporter::Source m_source;
    core::BankImporter::Outcome m_outcome;
    bool m_filling = false;       // choices set by the program, not the person
    bool m_otherShapesToo = true; // as detected, until the person says how questions are marked
    int m_readings = 0;           // readings started; the latest is the one shown
    int m_running = 0;            // readings not finished yet

    QLineEdit *m_name;
    QComboBox *m_format;
    QWidget *m_markdownChoices;
    QWidget *m_csvChoices;
    QComboBox *m_questionMarks;
    QComboBox *m_headingLevel;
    QCheckBox *m_everyHeading;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QComboBox *m_questionColumn;
    QComboBox *m_answerColumn;
    QComboBox *m_topicColumn;
    QComboBox *m_tagsColumn;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTreeWidget *m_questions;
    QTreeWidget *m_leftOut;
    MarkdownView *m_answer;
    QPushButton *m_importButton;
    QList<core::BankItem> m_items;
    QHash<QString, QByteArray> m_pictures;
};

} // namespace sdstudy::widgets
