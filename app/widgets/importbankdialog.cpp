#include "widgets/importbankdialog.h"

#include "core/csvbank.h"
#include "core/studylibrary.h"
#include "widgets/markdownview.h"
#include "widgets/plainmarkdown.h"
#include "widgets/windowsize.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace sdstudy::widgets {

namespace {

constexpr int kLineColumn = 0;

QTreeWidget *makeList(const QStringList &headers)
{
    auto *list = new QTreeWidget;
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    return list;
}

} // namespace

ImportBankDialog::ImportBankDialog(core::StudyLibrary &library, core::BankImporter::Source source, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_source(std::move(source))
{
    setWindowTitle(tr("Import Question Bank"));

    auto *fileLabel = new QLabel(QDir::toNativeSeparators(m_source.path));
    fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileLabel->setWordWrap(true);
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("The bank's own title, or its file's name"));
    m_name->setMaxLength(200);
    m_format = new QComboBox;
    m_format->addItem(tr("Markdown"));
    m_format->addItem(tr("CSV or TSV (a table)"));
    m_format->addItem(tr("Anki package (.apkg)"));

    m_markdownChoices = makeMarkdownChoices();
    m_csvChoices = makeCsvChoices();
    auto *choices = new QVBoxLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(m_markdownChoices);
    choices->addWidget(m_csvChoices);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileLabel);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(choices);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_questions = makeList({tr("Line"), tr("Question"), tr("Topic")});
    m_questions->setObjectName(QStringLiteral("questions"));
    m_questions->setAccessibleName(tr("Questions to import"));
    m_leftOut = makeList({tr("Line"), tr("Left out")});
    m_leftOut->setObjectName(QStringLiteral("leftOut"));
    m_leftOut->setAccessibleName(tr("Parts left out"));
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_questions, QString());
    m_tabs->addTab(m_leftOut, QString());
    m_answer = new MarkdownView;
    m_answer->setAccessibleName(tr("Answer as it will be imported"));
    m_answer->setFrameShape(QFrame::StyledPanel);
    // The package's pictures, before they are stored.
    m_answer->setAttachmentSource([this](const QString &id) -> std::optional<QByteArray> {
        const auto it = m_pictures.constFind(id);
        return it != m_pictures.cend() ? std::optional(*it) : std::nullopt;
    });

    auto *previewArea = new QSplitter(Qt::Horizontal);
    previewArea->addWidget(m_tabs);
    previewArea->addWidget(m_answer);
    previewArea->setStretchFactor(0, 3);
    previewArea->setStretchFactor(1, 2);
    previewArea->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportBankDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(previewArea, 1);
    layout->addWidget(buttons);
    // Only once in the dialog: a button outside it cannot become its default.
    m_importButton->setDefault(true);

    // What detection makes of the file is the person's starting point.
    connect(m_format, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_markdownChoices->setVisible(index == 0);
        m_csvChoices->setVisible(index == 1);
        if (!m_filling)
            read(Reading::DetectIn, core::BankShape::Format(index)); // what detection makes of it in that format
    });
    connect(m_questions, &QTreeWidget::currentItemChanged, this, &ImportBankDialog::showAnswer);
    read(Reading::Detect);

    WindowSize::fitToScreen(this, QSize(980, 680));
}

QWidget *ImportBankDialog::makeMarkdownChoices()
{
    m_questionMarks = new QComboBox;
    m_questionMarks->setObjectName(QStringLiteral("questionMarks"));
    m_questionMarks->addItem(tr("Headings"), int(core::BankShape::Questions::Headings));
    m_questionMarks->addItem(tr("Labels: **Question:** or **Q:**"), int(core::BankShape::Questions::Labels));
    m_questionMarks->addItem(tr("<details> blocks: the summary is the question"),
                             int(core::BankShape::Questions::Details));
    m_questionMarks->addItem(tr("Bold lines: **Question?** or 1. **Question?**"),
                             int(core::BankShape::Questions::BoldLines));
    m_headingLevel = new QComboBox;
    for (int level = 1; level <= 6; ++level)
        m_headingLevel->addItem(tr("Level %1 (%2)").arg(level).arg(QString(level, QLatin1Char('#'))), level);
    m_headingLevel->setAccessibleName(tr("Heading level"));
    m_everyHeading = new QCheckBox(tr("&Every heading, also those that do not ask"));
    m_everyHeading->setObjectName(QStringLiteral("everyHeading"));

    auto *page = new QWidget;
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Questions are:"));
    label->setBuddy(m_questionMarks);
    row->addWidget(label);
    row->addWidget(m_questionMarks);
    row->addWidget(m_headingLevel);
    row->addWidget(m_everyHeading);
    row->addStretch(1);

    auto changed = [this] {
        const bool headings = m_questionMarks->currentData().toInt() == int(core::BankShape::Questions::Headings);
        m_headingLevel->setVisible(headings);
        m_everyHeading->setVisible(headings);
        if (m_filling)
            return;
        m_otherShapesToo = false; // the person's choice is read as it is
        preview();
    };
    connect(m_questionMarks, &QComboBox::currentIndexChanged, this, changed);
    connect(m_headingLevel, &QComboBox::currentIndexChanged, this, changed);
    connect(m_everyHeading, &QCheckBox::toggled, this, changed);
    return page;
}

QWidget *ImportBankDialog::makeCsvChoices()
{
    m_delimiter = new QComboBox;
    m_delimiter->addItem(tr("Comma"), QVariant(QChar(QLatin1Char(','))));
    m_delimiter->addItem(tr("Tab"), QVariant(QChar(QLatin1Char('\t'))));
    m_delimiter->addItem(tr("Semicolon"), QVariant(QChar(QLatin1Char(';'))));
    m_header = new QCheckBox(tr("First row names the &columns"));
    m_questionColumn = new QComboBox;
    m_answerColumn = new QComboBox;
    m_topicColumn = new QComboBox;
    m_tagsColumn = new QComboBox;
    m_questionColumn->setObjectName(QStringLiteral("questionColumn"));
    m_answerColumn->setObjectName(QStringLiteral("answerColumn"));
    m_topicColumn->setObjectName(QStringLiteral("topicColumn"));

    auto *page = new QWidget;
    auto *rows = new QVBoxLayout(page);
    rows->setContentsMargins(0, 0, 0, 0);
    auto labelled = [](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        return label;
    };
    auto *first = new QHBoxLayout;
    first->addWidget(labelled(tr("&Separator:"), m_delimiter));
    first->addWidget(m_delimiter);
    first->addWidget(m_header);
    first->addStretch(1);
    rows->addLayout(first);
    auto *columns = new QHBoxLayout;
    for (auto [label, combo] :
         {std::pair {tr("Q&uestion:"), m_questionColumn}, std::pair {tr("&Answer:"), m_answerColumn},
          std::pair {tr("&Topic:"), m_topicColumn}, std::pair {tr("Ta&gs:"), m_tagsColumn}}) {
        columns->addWidget(labelled(label, combo));
        columns->addWidget(combo, 1);
    }
    rows->addLayout(columns);

    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillColumns(m_delimiter->currentData().toChar());
        preview();
    });
    for (QComboBox *combo : {m_questionColumn, m_answerColumn, m_topicColumn, m_tagsColumn}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                preview();
        });
    }
    connect(m_header, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            preview();
    });
    return page;
}

// The columns as the first row names them ("2: Answer"), or by number.
void ImportBankDialog::fillColumns(QChar delimiter)
{
    const bool filling = std::exchange(m_filling, true);
    const QString text = QString::fromUtf8(m_source.content.left(64 * 1024));
    const QStringList first = core::CsvBank::firstRow(text, delimiter);
    for (QComboBox *combo : {m_questionColumn, m_answerColumn, m_topicColumn, m_tagsColumn}) {
        const int kept = combo->currentData().isValid() ? combo->currentData().toInt() : -1;
        combo->clear();
        combo->addItem(combo == m_topicColumn || combo == m_tagsColumn ? tr("None") : tr("Choose\u2026"), -1);
        for (qsizetype i = 0; i < first.size(); ++i)
            combo->addItem(tr("%1: %2").arg(i + 1).arg(first.at(i).simplified().left(24)), int(i));
        combo->setCurrentIndex(std::max(0, combo->findData(kept)));
    }
    m_filling = filling;
}

void ImportBankDialog::showShape(const core::BankShape &shape)
{
    const bool filling = std::exchange(m_filling, true);
    const bool csv = shape.format == core::BankShape::Format::Csv;
    m_format->setCurrentIndex(int(shape.format));
    m_markdownChoices->setVisible(shape.format == core::BankShape::Format::Markdown);
    m_csvChoices->setVisible(csv);
    m_questionMarks->setCurrentIndex(m_questionMarks->findData(int(shape.questions)));
    m_headingLevel->setCurrentIndex(m_headingLevel->findData(shape.headingLevel));
    m_everyHeading->setChecked(shape.everyHeading);
    const bool headings = shape.questions == core::BankShape::Questions::Headings;
    m_headingLevel->setVisible(headings);
    m_everyHeading->setVisible(headings);
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QVariant(shape.delimiter))));
    m_header->setChecked(shape.header);
    fillColumns(shape.delimiter);
    m_questionColumn->setCurrentIndex(std::max(0, m_questionColumn->findData(shape.questionColumn)));
    m_answerColumn->setCurrentIndex(std::max(0, m_answerColumn->findData(shape.answerColumn)));
    m_topicColumn->setCurrentIndex(std::max(0, m_topicColumn->findData(shape.topicColumn)));
    m_tagsColumn->setCurrentIndex(std::max(0, m_tagsColumn->findData(shape.tagsColumn)));
    m_filling = filling;
}

core::BankShape ImportBankDialog::chosenShape() const
{
    core::BankShape shape;
    shape.format = core::BankShape::Format(m_format->currentIndex());
    shape.questions = core::BankShape::Questions(m_questionMarks->currentData().toInt());
    shape.headingLevel = m_headingLevel->currentData().toInt();
    shape.everyHeading = m_everyHeading->isChecked();
    shape.otherShapesToo = m_otherShapesToo;
    shape.delimiter = m_delimiter->currentData().toChar();
    shape.header = m_header->isChecked();
    shape.questionColumn = m_questionColumn->currentData().toInt();
    shape.answerColumn = m_answerColumn->currentData().toInt();
    shape.topicColumn = m_topicColumn->currentData().toInt();
    shape.tagsColumn = m_tagsColumn->currentData().toInt();
    return shape;
}

core::BankImporter::Source ImportBankDialog::source() const
{
    core::BankImporter::Source source = m_source;
    source.shape = chosenShape();
    source.name = m_name->text().simplified();
    return source;
}

void ImportBankDialog::preview()
{
    read(Reading::AsChosen);
}

void ImportBankDialog::read(Reading reading, core::BankShape::Format format)
{
    // On a worker: a large file never stops the window. Only the latest reading
    // is shown; one that a newer choice overtook is dropped.
    const int generation = ++m_readings;
    m_summary->setText(tr("Reading the file\u2026"));
    m_importButton->setEnabled(false);
    core::BankImporter::Source source = m_source;
    source.shape = reading == Reading::AsChosen ? std::optional(chosenShape()) : std::nullopt;
    auto *watcher = new QFutureWatcher<core::BankParser::Result>(this);
    ++m_running;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, reading, generation] {
        watcher->deleteLater();
        --m_running;
        if (generation == m_readings)
            showReading(reading, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([=] {
        return reading == Reading::DetectIn ? core::BankParser::parseAs(source.content, source.path, format)
                                            : core::BankImporter::preview(source);
    }));
}

void ImportBankDialog::showReading(Reading reading, const core::BankParser::Result &result)
{
    if (reading != Reading::AsChosen)
        showShape(result.bank.shape);
    if (reading == Reading::Detect) {
        // Imported before: the name it has (perhaps the person's own); else its title.
        if (const auto known = m_library.banks().bank(m_source.key))
            m_name->setText(known->name);
        else
            m_name->setText(result.bank.title.isEmpty() ? QFileInfo(m_source.path).completeBaseName()
                                                        : result.bank.title);
    }
    const core::ParsedBank &bank = result.bank;
    m_items = bank.items;
    m_pictures = bank.pictures;

    m_questions->clear();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(bank.items.size());
    for (const core::BankItem &item : bank.items) {
        const QString topic = item.subtopic.isEmpty() ? item.topic : tr("%1 > %2").arg(item.topic, item.subtopic);
        auto *row = new QTreeWidgetItem({QString::number(item.line), item.title, topic});
        row->setTextAlignment(kLineColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setToolTip(1, item.title);
        rows.append(row);
    }
    m_questions->addTopLevelItems(rows);
    m_leftOut->clear();
    int withoutAnswer = 0;
    for (const core::SkippedPart &part : bank.skipped) {
        auto *row = new QTreeWidgetItem(m_leftOut, {QString::number(part.line), part.reason});
        row->setTextAlignment(kLineColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setToolTip(1, part.reason);
        withoutAnswer += part.noAnswer ? 1 : 0;
    }
    m_tabs->setTabText(0, tr("Questions (%1)").arg(bank.items.size()));
    m_tabs->setTabText(1, tr("Left Out (%1)").arg(bank.skipped.size()));

    QStringList summary;
    if (result.error) {
        summary.append(tr("Nothing to import: %1").arg(result.error->message));
    } else {
        QString counts = tr("%n question(s)", nullptr, int(bank.items.size()));
        if (withoutAnswer > 0)
            counts += tr(", %n without an answer, skipped", nullptr, withoutAnswer);
        if (const qsizetype other = bank.skipped.size() - withoutAnswer; other > 0)
            counts += tr(", %n part(s) that are not questions left out", nullptr, int(other));
        summary.append(counts + QLatin1Char('.'));
        if (!bank.shapeIsCertain && m_source.shape == std::nullopt)
            summary.append(tr("The file could be read in more than one way: check the questions below, and choose "
                              "how they are marked if they are wrong."));
    }
    m_summary->setText(summary.join(QLatin1Char(' ')));
    m_importButton->setEnabled(!result.error);
    if (!rows.isEmpty())
        m_questions->setCurrentItem(rows.first());
    else
        m_answer->clear();
}

void ImportBankDialog::showAnswer()
{
    const int row = m_questions->indexOfTopLevelItem(m_questions->currentItem());
    if (row < 0 || row >= m_items.size()) {
        m_answer->clear();
        return;
    }
    const core::BankItem &item = m_items.at(row);
    // As the question's page will show it; the tags are the file's words, escaped.
    QString markdown = QStringLiteral("### ") + item.title + QStringLiteral("\n\n");
    if (!item.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : item.tags)
            tags.append(PlainMarkdown::escaped(tag));
        markdown += QStringLiteral("*") + tags.join(QStringLiteral(" · ")) + QStringLiteral("*\n\n");
    }
    m_answer->showMarkdown(markdown + item.answerMarkdown);
    m_answer->moveCursor(QTextCursor::Start); // each answer from its top
}

void ImportBankDialog::import()
{
    m_source = source();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // a large bank takes seconds
    m_outcome = m_library.importer().import(m_source);
    QGuiApplication::restoreOverrideCursor();
    if (!m_outcome.error.isEmpty()) {
        QMessageBox::warning(this, tr("Import Failed"), tr("Nothing was imported.\n\n%1").arg(m_outcome.error));
        return;
    }
    accept();
}

} // namespace sdstudy::widgets
