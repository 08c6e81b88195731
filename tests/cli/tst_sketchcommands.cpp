// The whiteboard commands as scripts use them: a sketch set from its JSON form,
// printed, drawn as a picture, and compared with the question's reference diagram.

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/testfiles.h"

#include "sdstudyprocess.h"

using namespace Qt::StringLiterals;

class TestSketchCommands final : public QObject
{
    Q_OBJECT

private:
    SdstudyRun sdstudy(QStringList arguments)
    {
        arguments.prepend(m_dir.filePath(u"sketch.sqlite"_s));
        arguments.prepend(u"--db"_s);
        return runSdstudy(arguments);
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        return writeTestFile(m_dir.path(), name, content);
    }
    // Half a URL shortener: the read path, with Redis and Cassandra.
    QString readPathSketch()
    {
        return writeFile(u"read-path.json"_s, R"json({"format": "sdstudy-sketch", "version": 1,
 "components": [
  {"id": "a", "kind": "client", "label": "Browser", "x": 0, "y": 0},
  {"id": "b", "kind": "load-balancer", "x": 200, "y": 0},
  {"id": "c", "kind": "service", "label": "Redirect service", "x": 400, "y": 0},
  {"id": "d", "kind": "cache", "label": "Redis", "x": 600, "y": -80},
  {"id": "e", "kind": "database", "label": "Cassandra", "x": 600, "y": 80}],
 "connections": [
  {"from": "a", "to": "b", "label": "GET /abc", "path": "read"},
  {"from": "b", "to": "c", "path": "read"},
  {"from": "c", "to": "d", "label": "lookup", "path": "read"},
  {"from": "d", "to": "e", "label": "on miss", "path": "read"}]})json");
    }
    static QStringList ids(const QJsonArray &components, const char *side = nullptr)
    {
        QStringList result;
        for (const QJsonValue &value : components) {
            const QJsonObject object = side ? value[QLatin1String(side)].toObject() : value.toObject();
            result.append(object["id"_L1].toString());
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void compareSaysWhatTheSketchHas()
    {
        const SdstudyRun run = sdstudy({u"compare"_s, u"21"_s, u"--sketch"_s, readPathSketch(), u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result["diagram"_L1].toString(), u"url-shortener"_s);
        QCOMPARE(ids(result["matched"_L1].toArray(), "reference"),
                 (QStringList {u"client"_s, u"lb"_s, u"read"_s, u"cache"_s, u"db"_s}));
        QCOMPARE(ids(result["matched"_L1].toArray(), "sketch"), (QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}));
        QCOMPARE(ids(result["missed"_L1].toArray()), (QStringList {u"write"_s, u"ids"_s, u"events"_s, u"stats"_s}));
        QCOMPARE(result["extra"_L1].toArray().size(), 0);
        QCOMPARE(result["component_coverage"_L1].toDouble(), 5.0 / 9.0);
        QCOMPARE(result["connection_coverage"_L1].toDouble(), 4.0 / 9.0);
        QCOMPARE(result["coverage"_L1].toDouble(), 0.5);
        QCOMPARE(result["suggested_rating"_L1].toInt(), 2); // hard: half
        int drawn = 0;
        for (const QJsonValue &connection : result["connections"_L1].toArray())
            drawn += connection["drawn"_L1].toBool();
        QCOMPARE(drawn, 4);

        const SdstudyRun text = sdstudy({u"compare"_s, u"21"_s, u"--sketch"_s, readPathSketch()});
        QVERIFY2(
            text.out.startsWith(
                "21 against \"URL shortener\": 5 of 9 components, 4 of 9 connections, coverage 50%; suggests hard"),
            text.out.constData());
        QVERIFY(text.out.contains("  + Load balancer = Load balancer\n"));
        QVERIFY(text.out.contains("  - Click events (Kafka) (Queue / stream)\n"));
    }

    void compareRefusesWhatItCannotCompare()
    {
        SdstudyRun run = sdstudy({u"compare"_s, u"5"_s, u"--sketch"_s, readPathSketch()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"5 has no reference architecture diagram"_s), qPrintable(run.err));

        const QString broken = writeFile(u"broken.json"_s,
                                         "{\"format\": \"sdstudy-sketch\", \"version\": 1,\n"
                                         "\"components\": [{\"id\": \"a\", \"kind\": \"c\"");
        run = sdstudy({u"compare"_s, u"21"_s, u"--sketch"_s, broken});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(broken + u": line 2: "_s), qPrintable(run.err));

        run = sdstudy({u"compare"_s, u"21"_s, u"--sketch"_s, m_dir.filePath(u"missing.json"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"missing.json"_s), qPrintable(run.err));
    }

    void aSketchIsSetPrintedAndDrawn()
    {
        SdstudyRun run = sdstudy({u"sketch"_s, u"21"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"no sketch of 21 yet"_s), qPrintable(run.err));

        run = sdstudy({u"sketch"_s, u"21"_s, u"--set"_s, readPathSketch()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = sdstudy({u"sketch"_s, u"21"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject sketch = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(ids(sketch["components"_L1].toArray()), (QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}));
        QCOMPARE(sketch["connections"_L1].toArray().at(2)["label"_L1].toString(), u"lookup"_s);

        // A sketch that does not read changes nothing.
        const QString bad = writeFile(u"bad.json"_s, R"json({"format": "sdstudy-sketch", "version": 1,
 "components": [{"id": "a", "kind": "client", "x": 0, "y": 0}],
 "connections": [{"from": "a", "to": "zz"}]})json");
        run = sdstudy({u"sketch"_s, u"21"_s, u"--set"_s, bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(bad + u": connections[0]: no component \"zz\""_s), qPrintable(run.err));
        run = sdstudy({u"sketch"_s, u"21"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(run.out).object()["components"_L1].toArray().size(), 5);

        // Nor does an empty one: --set never deletes a sketch.
        const QString empty = writeFile(u"empty.json"_s, "{\"format\": \"sdstudy-sketch\", \"version\": 1}");
        run = sdstudy({u"sketch"_s, u"21"_s, u"--set"_s, empty});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"the sketch is empty"_s), qPrintable(run.err));
        run = sdstudy({u"sketch"_s, u"21"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(run.out).object()["components"_L1].toArray().size(), 5);

        const QString png = m_dir.filePath(u"sketch.png"_s);
        run = sdstudy({u"sketch"_s, u"21"_s, u"--export"_s, png});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage picture(png);
        QVERIFY(picture.width() > 600 && picture.height() > 200);
        const QString svg = m_dir.filePath(u"sketch.svg"_s);
        run = sdstudy({u"sketch"_s, u"21"_s, u"--export"_s, svg});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg") && text.contains("Cassandra") && text.contains("Load balancer"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSketchCommands)
#include "tst_sketchcommands.moc"
