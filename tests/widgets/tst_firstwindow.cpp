// What the app loads before its first window settles, as a person starts it.

#include "core/notestore.h"
#include "core/questionstore.h"
#include "core/studylibrary.h"
#include "widgets/syntaxhighlighting.h"
#include "widgets/syntaxloader.h"

#include <QFileInfo>
#include <QPluginLoader>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sdstudy;
using namespace sdstudy::widgets;

class TestFirstWindow : public QObject
{
    Q_OBJECT

private slots:
    // KDE Syntax Highlighting, and Qt Network with libproxy, curl and the TLS
    // libraries it brings, wait for the first note or code block on show: a
    // window that shows neither never loads them, whatever notes the file holds.
    void theFirstWindowLoadsNeitherHighlightingNorNetwork()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        {
            core::StudyLibrary library;
            QString error;
            QVERIFY2(library.open(home.filePath(QStringLiteral("s.sqlite")), &error), qPrintable(error));
            QVERIFY(library.notes().save(*library.questions().resolve(QStringLiteral("700")),
                                         QStringLiteral("Remember **fencing tokens**\n"), &error));
        }
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SDSTUDY_REPORT_FIRST_PAINT"), QStringLiteral("1"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(SDSTUDY_BINARY), {QStringLiteral("--db"), home.filePath(QStringLiteral("s.sqlite"))});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitCode(), 0);

        QStringList libraries;
        for (const QByteArray &line : app.readAllStandardOutput().split('\n')) {
            if (line.startsWith("library "))
                libraries.append(QString::fromUtf8(line.mid(8)));
        }
        QVERIFY2(!libraries.filter(QStringLiteral("libQt6Widgets.so")).isEmpty(), qPrintable(libraries.join(u' ')));
        for (const QString &library : std::as_const(libraries)) {
            for (const char *unwanted : {"KF6SyntaxHighlighting", "Qt6Network", "curl", "gnutls", "syntaxhighlighting"})
                QVERIFY2(!library.contains(QLatin1String(unwanted)), qPrintable(library));
        }
    }

    // The plugin is beside the app, where SyntaxLoader looks, and is the one it expects.
    void theHighlightingPluginIsBesideTheApp()
    {
        QPluginLoader plugin(QFileInfo(QStringLiteral(SDSTUDY_BINARY)).absolutePath() + QLatin1Char('/')
                             + QLatin1String(SyntaxLoader::kPluginName));
        QCOMPARE(plugin.metaData().value(QStringLiteral("IID")).toString(),
                 QStringLiteral(SDSTUDY_SYNTAX_HIGHLIGHTING_IID));
        QVERIFY2(plugin.load(), qPrintable(plugin.errorString()));
        QVERIFY(qobject_cast<SyntaxHighlighting *>(plugin.instance()));
    }
};

QTEST_GUILESS_MAIN(TestFirstWindow)
#include "tst_firstwindow.moc"
