#include "widgets/printsheetdialog.h"

#include "charts/diagramimages.h"
#include "core/flags.h"
#include "core/studylibrary.h"
#include "diagrams/sketchgeometry.h"
#include "sheets/sheetrenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QListWidget>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sdstudy::widgets {

PrintSheetDialog::PrintSheetDialog(core::StudyLibrary &library, const QString &topic, const QString &search,
                                   QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_search(search.trimmed())
    , m_byTopic(new QRadioButton(tr("&Topics:")))
    , m_topics(new QListWidget)
    , m_byBookmark(new QRadioButton(tr("&Bookmarked:")))
    , m_flag(new QComboBox)
    , m_bySearch(new QRadioButton(tr("The current &search results")))
    , m_byMisses(new QRadioButton(tr("The questions I &missed in my last study session")))
    , m_answers(new QCheckBox(tr("With &answers (otherwise a self-test sheet with room to write)")))
    , m_notes(new QCheckBox(tr("With my &notes")))
    , m_diagrams(new QCheckBox(tr("With &diagrams")))
    , m_columns(new QComboBox)
    , m_paper(new QComboBox)
    , m_fontSize(new QSpinBox)
{
    setWindowTitle(tr("Print Topic Sheet"));

    for (const core::TopicCount &t : library.questions().topicCounts()) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(t.topic).arg(t.concepts), m_topics);
        item->setData(Qt::UserRole, t.topic);
        item->setCheckState(t.topic == topic ? Qt::Checked : Qt::Unchecked);
    }
    m_flag->addItem(tr("All bookmarks"), QString());
    for (const core::Flag &flag : core::Flags::all())
        m_flag->addItem(flag.name, flag.key);
    m_bySearch->setEnabled(!m_search.isEmpty());
    if (!m_search.isEmpty())
        m_bySearch->setText(tr("The current &search results: “%1”").arg(m_search));
    m_byTopic->setChecked(true);
    m_answers->setChecked(true);
    m_columns->addItem(tr("One column"), 1);
    m_columns->addItem(tr("Two columns"), 2);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    if (QLocale().territory() == QLocale::UnitedStates || QLocale().territory() == QLocale::Canada)
        m_paper->setCurrentIndex(1);
    m_fontSize->setRange(6, 24);
    m_fontSize->setValue(10);
    m_fontSize->setSuffix(tr(" pt"));

    auto *what = new QGroupBox(tr("What to print"));
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_byTopic);
    whatLayout->addWidget(m_topics);
    auto *bookmarkRow = new QHBoxLayout;
    bookmarkRow->addWidget(m_byBookmark);
    bookmarkRow->addWidget(m_flag, 1);
    whatLayout->addLayout(bookmarkRow);
    whatLayout->addWidget(m_bySearch);
    whatLayout->addWidget(m_byMisses);

    auto *how = new QGroupBox(tr("How"));
    auto *howLayout = new QFormLayout(how);
    howLayout->addRow(m_answers);
    howLayout->addRow(m_notes);
    howLayout->addRow(m_diagrams);
    howLayout->addRow(tr("&Layout:"), m_columns);
    howLayout->addRow(tr("Pape&r:"), m_paper);
    howLayout->addRow(tr("Font si&ze:"), m_fontSize);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *pdfButton = buttons->addButton(tr("Save as PD&F…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    printButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &PrintSheetDialog::preview);
    connect(pdfButton, &QPushButton::clicked, this, &PrintSheetDialog::exportPdf);
    connect(printButton, &QPushButton::clicked, this, &PrintSheetDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what, 1);
    layout->addWidget(how);
    layout->addWidget(buttons);
}

sheets::SheetRequest PrintSheetDialog::request() const
{
    sheets::SheetRequest request;
    if (m_byTopic->isChecked()) {
        for (int i = 0; i < m_topics->count(); ++i) {
            if (m_topics->item(i)->checkState() == Qt::Checked)
                request.topics.append(m_topics->item(i)->data(Qt::UserRole).toString());
        }
    } else if (m_byBookmark->isChecked()) {
        request.bookmarked = true;
        request.flag = m_flag->currentData().toString();
    } else if (m_byMisses->isChecked()) {
        request.misses = true;
    } else {
        request.search = m_search;
    }
    request.withRelated = m_answers->isChecked();
    if (m_notes->isChecked()) // the person's own: notes and sketches
        request.sketchImage = [font = font()](const core::Sketch &sketch) {
            return diagrams::SketchGeometry::printPicture(sketch, font);
        };
    if (m_diagrams->isChecked()) {
        const int columns = m_columns->currentData().toInt();
        request.diagramImages
            = [columns](const QStringList &ids) { return charts::DiagramImages::forQuestions(ids, columns); };
    }
    return request;
}

sheets::SheetOptions PrintSheetDialog::options() const
{
    sheets::SheetOptions options;
    options.answers = m_answers->isChecked();
    options.notes = m_notes->isChecked();
    options.columns = m_columns->currentData().toInt();
    options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    options.fontSize = m_fontSize->value();
    return options;
}

bool PrintSheetDialog::render(QPagedPaintDevice &device)
{
    const sheets::SheetRequest what = request();
    QList<sheets::SheetItem> items;
    QString error;
    if (!what.collect(m_library, &items, &error) || items.isEmpty()) {
        QMessageBox::information(this, tr("Nothing to Print"),
                                 error.isEmpty() ? tr("No questions match what you chose.") : error);
        return false;
    }
    sheets::SheetOptions how = options();
    how.title = what.describe(items);
    sheets::SheetRenderer renderer(items, how);
    renderer.setAttachmentSource(m_library.attachments().reader());
    renderer.paint(device);
    return true;
}

void PrintSheetDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { render(*p); });
    dialog.exec();
}

void PrintSheetDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted && render(printer))
        accept();
}

void PrintSheetDialog::exportPdf()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Sheet as PDF"), tr("topic-sheet.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(tr("System Design Study"));
    if (render(writer))
        accept();
}

} // namespace sdstudy::widgets
