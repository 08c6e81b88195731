#include "core/mojibake.h"

#include <QTest>

using namespace sdstudy::core;

class TestMojibake final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repairsUtf8ReadAsWindows1252_data()
    {
        QTest::addColumn<QString>("damaged");
        QTest::addColumn<QString>("expected");
        // The two kinds of damage in the bundled bank's source.
        QTest::newRow("times") << QStringLiteral("instances Ã— pool size") << QStringLiteral("instances × pool size");
        QTest::newRow("em dash") << QStringLiteral("splittingâ€”without") << QStringLiteral("splitting—without");
        // Others any imported bank may carry.
        QTest::newRow("e acute") << QStringLiteral("cafÃ©") << QStringLiteral("café");
        QTest::newRow("right quote") << QStringLiteral("donâ€™t") << QStringLiteral("don’t");
        QTest::newRow("ellipsis") << QStringLiteral("waitâ€¦") << QStringLiteral("wait…");
        QTest::newRow("euro") << QStringLiteral("5 â‚¬") << QStringLiteral("5 €");
        QTest::newRow("emoji") << QStringLiteral("ðŸš€ fast") << QStringLiteral("🚀 fast");
        QTest::newRow("several in one line") << QStringLiteral("a Ã— b â€” c") << QStringLiteral("a × b — c");
    }
    void repairsUtf8ReadAsWindows1252()
    {
        QFETCH(QString, damaged);
        QFETCH(QString, expected);
        QCOMPARE(Mojibake::repair(damaged), expected);
    }

    void leavesGoodTextAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("**Answer:** plain text, 2-4 x cores.");
        QTest::newRow("real symbols") << QStringLiteral("instances × pool size — and café ’");
        QTest::newRow("latin-1 words") << QStringLiteral("Ärger, Öl, naïve, Ångström");
        QTest::newRow("lone lead byte") << QStringLiteral("Ã alone");
        QTest::newRow("empty") << QString();
    }
    void leavesGoodTextAlone()
    {
        QFETCH(QString, text);
        QCOMPARE(Mojibake::repair(text), text);
    }
};

QTEST_GUILESS_MAIN(TestMojibake)
#include "tst_mojibake.moc"
