// A whiteboard sketch: its JSON form read back as written and hostile files
// refused with what is wrong; the component kinds and their names; and the
// comparison with every bundled architecture diagram.

#include "core/sketch.h"
#include "core/sketchkinds.h"
#include "diagrams/diagramcatalog.h"
#include "diagrams/sketchcomparison.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sdstudy::core;
using namespace sdstudy::diagrams;
using namespace Qt::StringLiterals;

class TestSketch final : public QObject
{
    Q_OBJECT

private:
    // JSON written with single quotes, to read easily here.
    static QByteArray quoted(const char *json) { return QByteArray(json).replace('\'', '"'); }
    static const DiagramGeometry &reference(const QString &name)
    {
        DiagramCatalog &catalog = DiagramCatalog::bundled();
        const DiagramFile *file = catalog.find(name);
        QString error;
        const DiagramGeometry *geometry = file ? catalog.geometry(*file, QGuiApplication::font(), &error) : nullptr;
        if (!geometry)
            qFatal("no diagram %s: %s", qPrintable(name), qPrintable(error));
        return *geometry;
    }
    static QStringList labels(const QList<SketchCoverage::Component> &components)
    {
        QStringList result;
        for (const SketchCoverage::Component &c : components)
            result.append(c.label.simplified());
        return result;
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(); }

    void jsonReadsBackAsWritten()
    {
        Sketch sketch;
        sketch.components = {{u"c1"_s, u"client"_s, u"Mobile app"_s, {10, 20}},
                             {u"c2"_s, u"cache"_s, u"Redis — hot keys"_s, {200.5, -40}}};
        sketch.connections = {{u"c1"_s, u"c2"_s, u"GET"_s, u"read"_s}, {u"c2"_s, u"c1"_s, {}, {}}};
        sketch.texts = {{u"100M DAU\n10:1 reads"_s, {0, 300}}};
        sketch.frames = {{u"EU region"_s, {-20, -80, 400, 300}}};
        QString error;
        const auto read = Sketch::fromJson(sketch.toJsonText(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, sketch);
        QCOMPARE(sketch.freeComponentId(), u"c3"_s);
    }

    void hostileFilesAreRefusedWithWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray head = quoted("{'format': 'sdstudy-sketch', 'version': 1, ");
        QTest::newRow("syntax, with its line")
            << QByteArray("{\n\"format\": \"sdstudy-sketch\",\n\"version\" 1}") << u"line 3: "_s;
        QTest::newRow("another format") << QByteArray(quoted("{'format': 'excalidraw'}")) << u"not a System Design"_s;
        QTest::newRow("a newer version") << QByteArray(quoted("{'format': 'sdstudy-sketch', 'version': 9}"))
                                         << u"version 9 of the sketch format"_s;
        QTest::newRow("unknown kind") << head + quoted("'components': [{'id': 'a', 'kind': 'rocket', 'x': 0, 'y': 0}]}")
                                      << u"components[0].kind: \"rocket\" is not one of client"_s;
        QTest::newRow("no number") << head + quoted("'components': [{'id': 'a', 'kind': 'cache', 'x': '1', 'y': 0}]}")
                                   << u"components[0].x: not a number"_s;
        QTest::newRow("off the board") << head
                + quoted("'components': [{'id': 'a', 'kind': 'cache', 'x': 1e300, 'y': 0}]}")
                                       << u"components[0].x: not a number from"_s;
        QTest::newRow("same id twice") << head
                + quoted("'components': [{'id': 'a', 'kind': 'cache', 'x': 0, 'y': 0}, {'id': 'a', 'kind': 'cache', "
                         "'x': 0, 'y': 0}]}")
                                       << u"components[1].id: \"a\" is used twice"_s;
        QTest::newRow("dangling arrow") << head
                + quoted("'components': [{'id': 'a', 'kind': 'cache', 'x': 0, 'y': 0}], 'connections': [{'from': 'a', "
                         "'to': 'b'}]}") << u"connections[0]: no component \"b\""_s;
        QTest::newRow("unknown path") << head
                + quoted("'components': [{'id': 'a', 'kind': 'cache', 'x': 0, 'y': 0}, {'id': 'b', 'kind': 'cache', "
                         "'x': 0, 'y': 0}], 'connections': [{'from': 'a', 'to': 'b', 'path': 'x'}]}")
                                      << u"connections[0].path: \"x\" is not read, write or async"_s;
        QTest::newRow("a terminal escape")
            << head + quoted("'components': [{'id': 'a\\u001b[2J', 'kind': 'cache', 'x': 0, 'y': 0}]}")
            << u"components[0].id: holds a control character"_s;
        QTest::newRow("negative frame") << head + quoted("'frames': [{'x': 0, 'y': 0, 'width': -5, 'height': 4}]}")
                                        << u"frames[0].width: not a number from 0"_s;
        QTest::newRow("not a list") << head + quoted("'texts': {'text': 'a'}}") << u"texts: not a list"_s;
        QJsonArray many;
        for (int i = 0; i <= Sketch::kMostComponents; ++i)
            many.append(QJsonObject {{"id"_L1, QString::number(i)}, {"kind"_L1, "cache"_L1}, {"x"_L1, 0}, {"y"_L1, 0}});
        QTest::newRow("too many components")
            << QJsonDocument(
                   QJsonObject {{"format"_L1, "sdstudy-sketch"_L1}, {"version"_L1, 1}, {"components"_L1, many}})
                   .toJson()
            << u"components: more than 400 items"_s;
        QTest::newRow("a long label") << head
                + quoted("'components': [{'id': 'a', 'kind': 'cache', 'x': 0, 'y': 0, 'label': '")
                + QByteArray(Sketch::kMostLabelCharacters + 1, 'x')
                + quoted("'}]}") << u"components[0].label: longer than 200 characters"_s;
    }
    void hostileFilesAreRefusedWithWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!Sketch::fromJson(json, &message));
        QVERIFY2(message.startsWith(error), qPrintable(message));
    }

    void kindsOfDiagramComponents_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("kind");
        QTest::newRow("redis") << u"cache"_s << u"Cache (Redis)\nhot codes, LRU"_s << u"cache"_s;
        QTest::newRow("object storage") << u"store"_s << u"Object storage\n(chunks)"_s << u"object-store"_s;
        QTest::newRow("search index") << u"store"_s << u"Search index\n(Elasticsearch, 7 days)"_s << u"search-index"_s;
        QTest::newRow("key-value store") << u"store"_s << u"Key-value store\ncode -> URL"_s << u"database"_s;
        QTest::newRow("cdn") << u"edge"_s << u"CDN edges"_s << u"dns-cdn"_s;
        QTest::newRow("gateway") << u"edge"_s << u"API gateway\n(limiter middleware)"_s << u"api-gateway"_s;
        QTest::newRow("load balancer") << u"edge"_s << u"Load balancer"_s << u"load-balancer"_s;
        QTest::newRow("an edge named nothing") << u"edge"_s << u"Front door"_s << u"dns-cdn"_s;
        QTest::newRow("kafka") << u"queue"_s << u"Click events\n(Kafka)"_s << u"queue"_s;
        QTest::newRow("a note") << u"note"_s << u"Kafka"_s << QString();
    }
    void kindsOfDiagramComponents()
    {
        QFETCH(QString, role);
        QFETCH(QString, label);
        QFETCH(QString, kind);
        QCOMPARE(SketchKinds::bundled().kindFor(role, label), kind);
    }

    void typingANameAddsItsKind()
    {
        const SketchKinds &kinds = SketchKinds::bundled();
        QCOMPARE(kinds.kindTyped(u"Redis"_s), u"cache"_s);
        QCOMPARE(kinds.kindTyped(u"load b"_s), u"load-balancer"_s);
        QCOMPARE(kinds.kindTyped(u"kafka"_s), u"queue"_s);
        QCOMPARE(kinds.kindTyped(u"S3"_s), u"object-store"_s);
        QCOMPARE(kinds.kindTyped(u"push notifier"_s), u"worker"_s);
        QCOMPARE(kinds.kindTyped(u"chat service"_s), u"service"_s);
        QCOMPARE(kinds.kindTyped(u"x-wing"_s), QString());
        for (const QString &kind : kinds.kinds())
            QVERIFY2(SketchKinds::displayName(kind) != kind, qPrintable(kind));
    }

    // A sketch made of a reference's own components covers all of it; an empty one none.
    void everyArchitectureDiagramAgainstItself()
    {
        int diagrams = 0;
        for (const DiagramFile &file : DiagramCatalog::bundled().all()) {
            if (file.kind != DiagramFile::Kind::Architecture)
                continue;
            ++diagrams;
            const DiagramGeometry &geometry = reference(file.name);
            const Sketch perfect = SketchComparison::sketchOf(geometry, SketchKinds::bundled());
            QVERIFY2(perfect.components.size() >= 4, qPrintable(file.name));
            const SketchCoverage full = SketchComparison::compare(perfect, geometry, SketchKinds::bundled());
            QVERIFY2(full.coverage == 1.0, qPrintable(file.name + u": "_s + labels(full.missed).join(u", "_s)));
            QVERIFY2(full.extra.isEmpty(), qPrintable(file.name));
            QVERIFY2(!full.connections.isEmpty(), qPrintable(file.name));
            QCOMPARE(full.connectionsDrawn(), full.connections.size());
            for (const SketchCoverage::Match &match : full.matched)
                QVERIFY2(match.reference.id == match.drawn.id, qPrintable(file.name + u": "_s + match.reference.id));

            const SketchCoverage none = SketchComparison::compare(Sketch(), geometry, SketchKinds::bundled());
            QCOMPARE(none.coverage, 0.0);
            QCOMPARE(none.missed.size(), full.matched.size());
            QCOMPARE(none.connectionsDrawn(), 0);
        }
        QCOMPARE(diagrams, 23);
    }

    // Boxes of the right kinds with no names count half: "Service" is some service,
    // not yet the ID generator.
    void aKindWithoutANameCountsHalf()
    {
        Sketch sketch;
        sketch.components = {{u"a"_s, u"service"_s, {}, {}}, {u"b"_s, u"service"_s, u"Shorten API"_s, {}}};
        const SketchCoverage coverage
            = SketchComparison::compare(sketch, reference(u"url-shortener"_s), SketchKinds::bundled());
        QCOMPARE(coverage.matched.size(), 2);
        QCOMPARE(coverage.matched[0].reference.id, u"write"_s);
        QVERIFY(coverage.matched[0].byName);
        QVERIFY(!coverage.matched[1].byName);
        QCOMPARE(coverage.componentCoverage, 1.5 / 9.0);
        QCOMPARE(coverage.coverage, 1.5 / 9.0 / 2);
    }

    // Matching on names: Redis drawn as a database is still the reference's cache,
    // Kafka drawn as a service is still its event queue.
    void namesMatchAcrossKinds()
    {
        Sketch sketch;
        sketch.components
            = {{u"a"_s, u"client"_s, u"Clients"_s, {}},         {u"b"_s, u"load-balancer"_s, u"Nginx"_s, {}},
               {u"c"_s, u"service"_s, u"Redirect"_s, {}},       {u"d"_s, u"database"_s, u"Redis"_s, {}},
               {u"e"_s, u"service"_s, u"Kafka"_s, {}},          {u"f"_s, u"database"_s, u"Postgres"_s, {}},
               {u"g"_s, u"external"_s, u"Email provider"_s, {}}};
        sketch.connections = {{u"a"_s, u"b"_s, {}, u"read"_s},
                              {u"b"_s, u"c"_s, {}, u"read"_s},
                              {u"c"_s, u"d"_s, {}, u"write"_s},
                              {u"f"_s, u"d"_s, {}, {}}};
        const SketchCoverage coverage
            = SketchComparison::compare(sketch, reference(u"url-shortener"_s), SketchKinds::bundled());
        QHash<QString, QString> drawnFor;
        for (const SketchCoverage::Match &match : coverage.matched)
            drawnFor.insert(match.reference.id, match.drawn.id);
        QCOMPARE(drawnFor,
                 (QHash<QString, QString> {{u"client"_s, u"a"_s},
                                           {u"lb"_s, u"b"_s},
                                           {u"read"_s, u"c"_s},
                                           {u"cache"_s, u"d"_s},
                                           {u"events"_s, u"e"_s},
                                           {u"db"_s, u"f"_s}}));
        QCOMPARE(labels(coverage.missed),
                 (QStringList {u"Shorten API"_s, u"ID generator (counter ranges, Base62)"_s, u"Analytics store"_s}));
        QCOMPARE(labels(coverage.extra), QStringList {u"Email provider"_s});
        for (const SketchCoverage::Match &match : coverage.matched)
            QVERIFY2(match.byName, qPrintable(match.reference.id));
        QCOMPARE(coverage.componentCoverage, 6.0 / 9.0);
        QCOMPARE(coverage.connectionCoverage, 4.0 / 9.0);
        QCOMPARE(coverage.coverage, 5.0 / 9.0);
        // Ten arrows over nine pairs; the person drew four of those pairs.
        QCOMPARE(coverage.connections.size(), 9);
        QCOMPARE(coverage.connectionsDrawn(), 4);
        const auto connection = [&](const QString &from, const QString &to) {
            for (const SketchCoverage::Connection &c : coverage.connections) {
                if (c.from.id == from && c.to.id == to)
                    return c;
            }
            qFatal("no connection %s -> %s", qPrintable(from), qPrintable(to));
        };
        QCOMPARE(connection(u"client"_s, u"lb"_s).paths, (QStringList {u"write"_s, u"read"_s}));
        QCOMPARE(connection(u"client"_s, u"lb"_s).drawnPath, u"read"_s);
        QCOMPARE(connection(u"read"_s, u"cache"_s).drawnPath, u"write"_s); // drawn, on the wrong path
        QVERIFY(connection(u"cache"_s, u"db"_s).drawn);                    // drawn the other way round
        QVERIFY(!connection(u"read"_s, u"events"_s).drawn);

        const QJsonObject json = coverage.toJson();
        QCOMPARE(json.value("coverage"_L1).toDouble(), 5.0 / 9.0);
        QCOMPARE(json.value("component_coverage"_L1).toDouble(), 6.0 / 9.0);
        QCOMPARE(json.value("matched"_L1).toArray().first().toObject().value("by"_L1).toString(), u"name"_s);
        QCOMPARE(json.value("matched"_L1).toArray().size(), 6);
        QCOMPARE(json.value("missed"_L1).toArray().size(), 3);
        QCOMPARE(json.value("extra"_L1).toArray().first().toObject().value("label"_L1).toString(), u"Email provider"_s);
    }
};

QTEST_MAIN(TestSketch)
#include "tst_sketch.moc"
