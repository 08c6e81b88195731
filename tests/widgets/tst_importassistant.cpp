// The import assistant as a person uses it: the preview of a file, a corrected
// shape, then Import, or Cancel with nothing changed.

#include "core/studylibrary.h"
#include "core/translations.h"
#include "widgets/bankactions.h"
#include "widgets/importbankdialog.h"
#include "widgets/itemdatarole.h"
#include "widgets/mainwindow.h"
#include "widgets/markdownview.h"
#include "widgets/notespane.h"
#include "widgets/questionview.h"
#include "widgets/searchresultsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sdstudy::core;
using namespace sdstudy::widgets;

namespace {

// Concept headings that do not ask: detection finds no question in them; a
// person who knows says every level-2 heading is one.
const QByteArray kConceptNotes = "# Storage notes\n\n"
                                 "Notes from my reading.\n\n"
                                 "## Write-ahead log\n\nChanges are logged before they are applied.\n\n"
                                 "## LSM tree\n\nWrites go to memory, then to sorted files.\n\n"
                                 "## What is a B-tree?\n\nA sorted tree of pages.\n\n"
                                 "## Compaction\n\n";

QStringList column(const QTreeWidget *list, int column)
{
    QStringList texts;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        texts.append(list->topLevelItem(row)->text(column));
    return texts;
}

} // namespace

class TestImportAssistant final : public QObject
{
    Q_OBJECT

private:
    BankImporter::Source sourceOf(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        QString error;
        const auto source = m_library->bankSource(path, {}, &error);
        if (!source)
            qFatal("%s", qPrintable(error));
        return *source;
    }
    int bankCount() { return int(m_library->banks().banks().size()); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdstudy-test"));
        QCoreApplication::setApplicationName(QStringLiteral("sdstudy-test-import"));
        Translations::install(QStringLiteral("en")); // the plural forms a person reads
    }
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir->filePath(QStringLiteral("i.sqlite")), &error), qPrintable(error));
    }
    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    void previewShowsWhatComesInAndWhatIsLeftOut()
    {
        ImportBankDialog assistant(*m_library,
                                   sourceOf(QStringLiteral("pairs.md"),
                                            "# Pairs\n\nMy intro.\n\n## Databases\n\n**Q:** What is an index?\n"
                                            "**A:** A sorted structure.\n\n**Q:** What is MVCC?\n**A:**\n\n"
                                            "## Networks\n\n**Q:** What is a SYN flood?\n**A:** Half-open floods.\n"));
        QTRY_VERIFY(!assistant.isReading());
        auto *questions = assistant.findChild<QTreeWidget *>(QStringLiteral("questions"));
        QVERIFY(questions);
        QCOMPARE(column(questions, 1),
                 (QStringList {QStringLiteral("What is an index?"), QStringLiteral("What is a SYN flood?")}));
        QCOMPARE(column(questions, 2), (QStringList {QStringLiteral("Databases"), QStringLiteral("Networks")}));
        const auto *leftOut = assistant.findChild<QTreeWidget *>(QStringLiteral("leftOut"));
        QCOMPARE(column(leftOut, 0), (QStringList {QStringLiteral("1"), QStringLiteral("10")}));
        QStringList labels;
        for (const QLabel *label : assistant.findChildren<QLabel *>())
            labels.append(label->text());
        QVERIFY2(labels.contains(QStringLiteral("2 questions, 1 without an answer, skipped, 1 part that is not a "
                                                "question left out.")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QCOMPARE(assistant.findChild<QLineEdit *>()->text(), QStringLiteral("Pairs"));
        // The first question's answer is on show.
        QVERIFY(assistant.findChild<MarkdownView *>()->toPlainText().contains(QStringLiteral("A sorted structure.")));
    }

    void aCorrectedShapeUpdatesThePreviewAndImportsAsShown()
    {
        ImportBankDialog assistant(*m_library, sourceOf(QStringLiteral("notes.md"), kConceptNotes));
        QTRY_VERIFY(!assistant.isReading());
        auto *questions = assistant.findChild<QTreeWidget *>(QStringLiteral("questions"));
        QCOMPARE(column(questions, 1), QStringList {QStringLiteral("What is a B-tree?")});
        // Bold lines: none here, and no other shape stands in for the one chosen.
        auto *marks = assistant.findChild<QComboBox *>(QStringLiteral("questionMarks"));
        marks->setCurrentIndex(marks->findData(int(BankShape::Questions::BoldLines)));
        QTRY_VERIFY(!assistant.isReading());
        QCOMPARE(questions->topLevelItemCount(), 0);
        marks->setCurrentIndex(marks->findData(int(BankShape::Questions::Headings)));
        QTRY_VERIFY(!assistant.isReading());
        auto *every = assistant.findChild<QCheckBox *>(QStringLiteral("everyHeading"));
        QVERIFY(every && every->isVisibleTo(&assistant));
        every->setChecked(true);
        QTRY_VERIFY(!assistant.isReading());
        QCOMPARE(column(questions, 1),
                 (QStringList {QStringLiteral("Write-ahead log"), QStringLiteral("LSM tree"),
                               QStringLiteral("What is a B-tree?")}));
        assistant.findChild<QLineEdit *>()->setText(QStringLiteral("Storage"));
        QAbstractButton *import = nullptr;
        for (QAbstractButton *button : assistant.findChild<QDialogButtonBox *>()->buttons())
            import = button->text().contains(QStringLiteral("Import")) ? button : import;
        QVERIFY(import && import->isEnabled());
        import->click();
        QCOMPARE(assistant.result(), int(QDialog::Accepted));
        QCOMPARE(assistant.outcome().questionCount, 3);
        const auto bank = m_library->banks().bank(QStringLiteral("notes"));
        QVERIFY(bank);
        QCOMPARE(bank->name, QStringLiteral("Storage"));
        QCOMPARE(bank->questionCount, 3);
        QCOMPARE(m_library->questions().question(*m_library->questions().resolve(QStringLiteral("notes:2")))->title,
                 QStringLiteral("LSM tree"));
    }

    // Enter in the name field imports, as the default button says.
    void enterImports()
    {
        ImportBankDialog assistant(*m_library, sourceOf(QStringLiteral("notes.md"), kConceptNotes));
        QTRY_VERIFY(!assistant.isReading());
        assistant.show();
        QVERIFY(QTest::qWaitForWindowExposed(&assistant));
        auto *name = assistant.findChild<QLineEdit *>();
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(assistant.result(), int(QDialog::Accepted));
        QVERIFY(m_library->banks().bank(QStringLiteral("notes")));
    }

    void cancelChangesNothing()
    {
        const int before = bankCount();
        ImportBankDialog assistant(*m_library, sourceOf(QStringLiteral("notes.md"), kConceptNotes));
        QTRY_VERIFY(!assistant.isReading());
        assistant.findChild<QCheckBox *>(QStringLiteral("everyHeading"))->setChecked(true);
        QTRY_VERIFY(!assistant.isReading());
        assistant.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(assistant.result(), int(QDialog::Rejected));
        QCOMPARE(bankCount(), before);
    }

    void aTableGetsItsColumnsChosen()
    {
        // No header a detector knows: the person says which column is which.
        ImportBankDialog assistant(*m_library,
                                   sourceOf(QStringLiteral("cards.tsv"),
                                            "Net\tNames to addresses.\tWhat is DNS?\n"
                                            "Net\tA handshake.\tWhat is TLS?\n"));
        QTRY_VERIFY(!assistant.isReading());
        auto *questions = assistant.findChild<QTreeWidget *>(QStringLiteral("questions"));
        QCOMPARE(column(questions, 1).first(), QStringLiteral("Net"));
        auto *questionColumn = assistant.findChild<QComboBox *>(QStringLiteral("questionColumn"));
        auto *answerColumn = assistant.findChild<QComboBox *>(QStringLiteral("answerColumn"));
        auto *topicColumn = assistant.findChild<QComboBox *>(QStringLiteral("topicColumn"));
        QCOMPARE(questionColumn->itemText(3), QStringLiteral("3: What is DNS?"));
        questionColumn->setCurrentIndex(3);
        QTRY_VERIFY(!assistant.isReading());
        answerColumn->setCurrentIndex(2);
        QTRY_VERIFY(!assistant.isReading());
        topicColumn->setCurrentIndex(1);
        QTRY_VERIFY(!assistant.isReading());
        QCOMPARE(column(questions, 1), (QStringList {QStringLiteral("What is DNS?"), QStringLiteral("What is TLS?")}));
        QCOMPARE(column(questions, 2).first(), QStringLiteral("Net"));
        QVERIFY(assistant.findChild<MarkdownView *>()->toPlainText().contains(QStringLiteral("Names to addresses.")));
    }

    // Nothing to import: the button says so by being off, and the summary says why.
    void aFileWithoutQuestionsCannotBeImported()
    {
        ImportBankDialog assistant(*m_library, sourceOf(QStringLiteral("prose.md"), "# Essay\n\nJust prose.\n"));
        QTRY_VERIFY(!assistant.isReading());
        QAbstractButton *import = nullptr;
        for (QAbstractButton *button : assistant.findChild<QDialogButtonBox *>()->buttons())
            import = button->text().contains(QStringLiteral("Import")) ? button : import;
        QVERIFY(!import->isEnabled());
        bool saysWhy = false;
        for (const QLabel *label : assistant.findChildren<QLabel *>())
            saysWhy = saysWhy || label->text().startsWith(QStringLiteral("Nothing to import: no questions found"));
        QVERIFY(saysWhy);
    }

    // Removal asks first when the person has kept something on the bank, and
    // Ctrl+Z brings the bank back with its questions' ids, so the bookmark returns.
    void removingABankAsksFirstAndCanBeUndone()
    {
        QVERIFY(m_library->importFile(sourceOf(QStringLiteral("notes.md"), kConceptNotes).path).error.isEmpty());
        const QString id = *m_library->questions().resolve(QStringLiteral("notes:1"));
        QString error;
        QVERIFY(m_library->bookmarks().set(id, QString(), &error));
        QWidget window;
        QUndoStack undo;
        QString status;
        BankActions actions(*m_library, undo, &window, [&](const QString &message) { status = message; });
        QString asked;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->informativeText();
            for (QAbstractButton *button : box->buttons())
                if (button->text() == QStringLiteral("&Remove"))
                    button->click();
        });
        actions.remove(QStringLiteral("notes"));
        QVERIFY2(asked.contains(QStringLiteral("0 notes, 1 bookmark and 0 answers")), qPrintable(asked));
        QVERIFY(!m_library->banks().bank(QStringLiteral("notes")));
        QVERIFY(!m_library->questions().question(id));
        QVERIFY(status.contains(QStringLiteral("Undo")));
        undo.undo();
        QVERIFY2(m_library->banks().bank(QStringLiteral("notes")), qPrintable(status));
        QCOMPARE(m_library->questions().question(id)->title, QStringLiteral("What is a B-tree?"));
        QVERIFY(m_library->bookmarks().flagsById().contains(id));
        undo.redo();
        QVERIFY(!m_library->banks().bank(QStringLiteral("notes")));
    }

    // Undo brings a removed bank back only while its key is free: a bank imported
    // since under that key is never replaced, and a redo never removes it.
    void undoNeverReplacesABankImportedSince()
    {
        const QString first = sourceOf(QStringLiteral("notes.md"), kConceptNotes).path;
        QVERIFY(m_library->importFile(first).error.isEmpty());
        QWidget window;
        QUndoStack undo;
        QString status;
        BankActions actions(*m_library, undo, &window, [&](const QString &message) { status = message; });
        actions.remove(QStringLiteral("notes")); // nothing kept on it: no question asked
        QVERIFY(!m_library->banks().bank(QStringLiteral("notes")));
        QTemporaryDir other;
        const QString second = other.filePath(QStringLiteral("notes.md"));
        QFile file(second);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("### What is a heap?\nA tree with the least on top.\n");
        file.close();
        QVERIFY(m_library->importFile(second).error.isEmpty());
        QCOMPARE(m_library->banks().bank(QStringLiteral("notes"))->source, QFileInfo(second).absoluteFilePath());
        undo.undo();
        QVERIFY2(status.contains(QStringLiteral("was imported since")), qPrintable(status));
        QCOMPARE(m_library->banks().bank(QStringLiteral("notes"))->source, QFileInfo(second).absoluteFilePath());
        QVERIFY(!undo.canRedo());
    }

    // The page of a question whose bank is removed says so, and takes no note;
    // undo brings the page back.
    void aRemovedBanksPageSaysSo()
    {
        QVERIFY(m_library->importFile(sourceOf(QStringLiteral("notes.md"), kConceptNotes).path).error.isEmpty());
        MainWindow window(*m_library);
        const QString id = *m_library->questions().resolve(QStringLiteral("notes:1"));
        QVERIFY(window.openQuestion(id));
        auto *view = window.findChild<QuestionView *>(QStringLiteral("questionView"));
        auto *notes = window.findChild<NotesPane *>(QStringLiteral("notesPane"));
        QCOMPARE(view->questionId(), id);
        QVERIFY(notes->isEnabled());
        BankActions actions(*m_library, *window.undoStack(), &window, [](const QString &) { });
        actions.remove(QStringLiteral("notes"));
        QVERIFY(view->questionId().isEmpty());
        QVERIFY2(view->toPlainText().contains(QStringLiteral("bank was removed")), qPrintable(view->toPlainText()));
        QVERIFY(!notes->isEnabled());
        window.undoStack()->undo();
        QCOMPARE(view->questionId(), id);
        QVERIFY(notes->isEnabled());
    }

    // A search hit in an imported bank names its bank: its numbers start at 1 too.
    void searchHitsNameTheirBank()
    {
        QVERIFY(m_library->importFile(sourceOf(QStringLiteral("notes.md"), kConceptNotes).path).error.isEmpty());
        SearchResultsModel results;
        results.setHits(m_library->search().search(QStringLiteral("b-tree"), 20), false);
        QModelIndex imported;
        for (int row = 0; row < results.rowCount(); ++row) {
            if (results.index(row, 0).data(Qt::DisplayRole).toString() == QStringLiteral("What is a B-tree?"))
                imported = results.index(row, 0);
        }
        QVERIFY(imported.isValid());
        QCOMPARE(imported.data(ItemDataRole::Location).toString(),
                 QStringLiteral("Storage notes · #1 · Databases & storage internals"));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<StudyLibrary> m_library;
};

QTEST_MAIN(TestImportAssistant)
#include "tst_importassistant.moc"
