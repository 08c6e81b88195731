// In every language the app ships, each window's mnemonics (the underlined &
// letters) are unique, so Alt+letter always reaches one control: the menus, each
// menu's actions, and every dialog (for a tabbed one: the tabs and buttons with
// each page, as a hidden page's letters are inactive).

#include "core/studylibrary.h"
#include "widgets/mainwindow.h"
#include "widgets/preferencesdialog.h"
#include "widgets/printsheetdialog.h"
#include "widgets/schedulerfitter.h"
#include "widgets/sessionsetupdialog.h"
#include "widgets/studydialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace sdstudy::core;
using namespace sdstudy::widgets;

namespace {

// The letter after a single '&', lower-cased; a null QChar when there is none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// "Pape&r:" and "Pa&pier" used twice in one window: the letter and both texts.
QStringList clashes(const QStringList &texts, const QString &where)
{
    QHash<QChar, QString> seen;
    QStringList found;
    for (const QString &text : texts) {
        const QChar letter = mnemonicOf(text);
        if (letter.isNull())
            continue;
        if (seen.contains(letter))
            found.append(QStringLiteral("%1: '%2' in \"%3\" and \"%4\"").arg(where, letter, seen.value(letter), text));
        else
            seen.insert(letter, text);
    }
    return found;
}

// The texts of what a mnemonic can reach inside `root`, leaving out what `skip` holds.
QStringList mnemonicTexts(const QWidget *root, const QWidget *skip = nullptr)
{
    QStringList texts;
    const auto inside = [&](const QWidget *w) { return skip && (w == skip || skip->isAncestorOf(w)); };
    for (const auto *button : root->findChildren<QAbstractButton *>())
        if (!inside(button) && !button->isHidden())
            texts.append(button->text());
    for (const auto *label : root->findChildren<QLabel *>())
        if (!inside(label) && label->buddy())
            texts.append(label->text());
    for (const auto *box : root->findChildren<QGroupBox *>())
        if (!inside(box))
            texts.append(box->title());
    return texts;
}

QStringList dialogClashes(QWidget *dialog, const QString &where)
{
    auto *tabs = dialog->findChild<QTabWidget *>();
    if (!tabs)
        return clashes(mnemonicTexts(dialog), where);
    QStringList shared = mnemonicTexts(dialog, tabs);
    for (int i = 0; i < tabs->count(); ++i)
        shared.append(tabs->tabText(i));
    QStringList found;
    for (int i = 0; i < tabs->count(); ++i)
        found += clashes(shared + mnemonicTexts(tabs->widget(i)), where + u'/' + tabs->tabText(i));
    return found;
}

} // namespace

class TestAccelerators final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdstudy-test"));
        QCoreApplication::setApplicationName(QStringLiteral("sdstudy-test-accelerators"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_library.open(m_dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
    }

    void eachLetterReachesOneControl_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void eachLetterReachesOneControl()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral("sdstudy_") + language, QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        QStringList found;
        {
            MainWindow window(m_library);
            QStringList titles;
            for (QAction *action : window.menuBar()->actions()) {
                titles.append(action->text());
                QStringList items;
                for (QAction *item : action->menu()->actions())
                    items.append(item->text());
                found += clashes(items, QStringLiteral("menu ") + action->text());
            }
            found += clashes(titles, QStringLiteral("menu bar"));
        }
        {
            SchedulerFitter fitter(m_library);
            PreferencesDialog preferences(m_dir.path(), fitter);
            found += dialogClashes(&preferences, QStringLiteral("Preferences"));
        }
        {
            PrintSheetDialog print(m_library, QString(), QStringLiteral("cache"));
            found += dialogClashes(&print, QStringLiteral("Print"));
        }
        {
            SessionSetupDialog setup(m_library, QString());
            found += dialogClashes(&setup, QStringLiteral("Start Session"));
        }
        {
            // The mock interview has the most buttons of a sitting.
            const auto question = m_library.questions().question(*m_library.questions().resolve(QStringLiteral("22")));
            StudyDialog mock(m_library, QuizMode::Mock, {question->conceptId});
            found += dialogClashes(&mock, QStringLiteral("Mock Interview"));
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
    StudyLibrary m_library;
};

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"
