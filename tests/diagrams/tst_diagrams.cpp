// Every bundled diagram: parses, lays out without overlapping boxes, links to
// real questions, draws; and the classic problems and listed concepts each have one.

#include "core/studylibrary.h"
#include "diagrams/diagramcatalog.h"
#include "diagrams/diagramexport.h"
#include "diagrams/diagramlayout.h"
#include "diagrams/diagrampainter.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include "../support/testfiles.h"

using namespace sdstudy::core;
using namespace sdstudy::diagrams;

class TestDiagrams final : public QObject
{
    Q_OBJECT

private:
    // Every phrasing of the concept that bundled question `number` belongs to.
    QStringList phrasingsOf(int number)
    {
        const auto id = m_library->questions().resolve(QString::number(number));
        return m_library->questions().phrasingsOf(m_library->questions().question(*id)->conceptId);
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        return writeTestFile(m_dir.path(), name, content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir.filePath(QStringLiteral("d.sqlite")), &error), qPrintable(error));
    }

    void everyFileParses()
    {
        const DiagramCatalog &catalog = DiagramCatalog::bundled();
        QVERIFY2(catalog.errors().isEmpty(), qPrintable(catalog.errors().join(QLatin1Char('\n'))));
        int architecture = 0, concept_ = 0;
        for (const DiagramFile &file : catalog.all()) {
            architecture += file.kind == DiagramFile::Kind::Architecture ? 1 : 0;
            concept_ += file.kind == DiagramFile::Kind::Concept ? 1 : 0;
        }
        QVERIFY(architecture >= 20);
        QVERIFY(concept_ >= 20);
    }

    void everyDiagramLaysOutWithoutOverlaps()
    {
        DiagramCatalog &catalog = DiagramCatalog::bundled();
        for (const DiagramFile &file : catalog.all()) {
            if (file.kind == DiagramFile::Kind::Chart)
                continue;
            QString error;
            const DiagramGeometry *geometry = catalog.geometry(file, QGuiApplication::font(), &error);
            QVERIFY2(geometry, qPrintable(error));
            QVERIFY2(geometry->nodes.size() >= 3, qPrintable(file.name));
            for (qsizetype i = 0; i < geometry->nodes.size(); ++i) {
                const QRectF a = geometry->nodes[i].rect;
                QVERIFY2(geometry->bounds.adjusted(-1, -1, 1, 1).contains(a),
                         qPrintable(file.name + QLatin1Char(' ') + geometry->nodes[i].id));
                for (qsizetype j = i + 1; j < geometry->nodes.size(); ++j) {
                    const QRectF overlap = a.intersected(geometry->nodes[j].rect);
                    QVERIFY2(overlap.width() < 0.5 || overlap.height() < 0.5,
                             qPrintable(QStringLiteral("%1: %2 overlaps %3")
                                            .arg(file.name, geometry->nodes[i].id, geometry->nodes[j].id)));
                }
            }
        }
    }

    void everyLinkResolvesToAQuestion()
    {
        DiagramCatalog &catalog = DiagramCatalog::bundled();
        for (const DiagramFile &file : catalog.all()) {
            for (const QString &id : file.questions)
                QVERIFY2(m_library->questions().question(id), qPrintable(file.name + QStringLiteral(": ") + id));
            if (file.kind == DiagramFile::Kind::Chart)
                continue;
            for (const DiagramNode &node : catalog.geometry(file, QGuiApplication::font())->nodes) {
                if (!node.link.isEmpty())
                    QVERIFY2(m_library->questions().question(node.link),
                             qPrintable(file.name + QStringLiteral(": ") + node.link));
            }
        }
    }

    void classicProblemsAndListedConceptsHaveOne_data()
    {
        QTest::addColumn<int>("number");
        // The classic design problems (content.md) and the concepts it lists as wanting a picture.
        for (int n : {21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 48, 457})
            QTest::addRow("design #%d", n) << n;
        for (int n : {42,  106, 80,  3,   88, 53,  257, 9,   92, 6,   112, 140, 305, 89,  278, 62,  461, 271, 272,
                      326, 343, 483, 554, 58, 126, 254, 306, 87, 109, 103, 244, 245, 652, 662, 498, 114, 557, 559})
            QTest::addRow("concept #%d", n) << n;
    }
    void classicProblemsAndListedConceptsHaveOne()
    {
        QFETCH(int, number);
        QVERIFY(!DiagramCatalog::bundled().forQuestions(phrasingsOf(number)).isEmpty());
    }

    void everyDiagramDraws()
    {
        DiagramCatalog &catalog = DiagramCatalog::bundled();
        const DiagramStyle style = DiagramStyle::from(QPalette(Qt::black, Qt::white), QGuiApplication::font());
        for (const DiagramFile &file : catalog.all()) {
            if (file.kind == DiagramFile::Kind::Chart)
                continue;
            const DiagramGeometry *geometry = catalog.geometry(file, QGuiApplication::font());
            const QSize size = DiagramExport::pictureSize(*geometry, style, file.title).toSize();
            QImage image(size, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            DiagramExport::paintPicture(&painter, *geometry, style, file.title);
            painter.end();
            int inked = 0;
            for (int y = 0; y < image.height(); y += 2) {
                for (int x = 0; x < image.width(); x += 2)
                    inked += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
            }
            // Boxes, lines and words: a few percent of the picture, not nothing and not a blot.
            const double share = inked / (image.width() / 2.0 * (image.height() / 2.0));
            QVERIFY2(share > 0.02 && share < 0.6, qPrintable(QStringLiteral("%1: %2").arg(file.name).arg(share)));
        }
    }

    // No line, its own or another edge's, runs through an edge label: inside each
    // label's box there is only the label's colour on the background.
    void edgeLabelsAreNeverCrossedByLines()
    {
        DiagramCatalog &catalog = DiagramCatalog::bundled();
        const DiagramStyle style = DiagramStyle::from(QPalette(Qt::black, Qt::white), QGuiApplication::font());
        const QFontMetricsF metrics(style.font);
        for (const auto &[file, flow] : [&catalog] {
                 QList<std::pair<const DiagramFile *, DiagramLayout::Flow>> all;
                 for (const DiagramFile &f : catalog.all()) {
                     if (f.kind != DiagramFile::Kind::Chart) {
                         all.append({&f, DiagramLayout::Flow::AsWritten});
                         all.append({&f, DiagramLayout::Flow::Vertical});
                     }
                 }
                 return all;
             }()) {
            const DiagramGeometry *geometry = catalog.geometry(*file, QGuiApplication::font(), nullptr, flow);
            QVERIFY(geometry);
            QImage image(geometry->bounds.size().toSize() + QSize(40, 40), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.translate(-geometry->bounds.topLeft() + QPointF(20, 20));
            DiagramPainter(*geometry, style).paint(&painter);
            const QTransform toImage = painter.transform();
            painter.end();
            for (const DiagramEdge &edge : geometry->edges) {
                if (edge.label.isEmpty())
                    continue;
                const QColor text = edge.pathKind == QLatin1String("read") ? style.readPath
                    : edge.pathKind == QLatin1String("write")              ? style.writePath
                                                                           : style.text;
                // The text's own glyphs, with a pixel of margin inside the patch.
                const QRect box = toImage.mapRect(metrics.boundingRect(edge.labelRect, Qt::AlignCenter, edge.label))
                                      .toAlignedRect()
                                      .adjusted(1, 1, -1, -1)
                                      .intersected(image.rect());
                int foreign = 0;
                for (int y = box.top(); y <= box.bottom(); ++y) {
                    for (int x = box.left(); x <= box.right(); ++x) {
                        const QColor c = image.pixelColor(x, y);
                        // On the line from white to the label's colour, give or take antialiasing.
                        const double t = 1.0 - (c.lightnessF() - text.lightnessF()) / (1.0 - text.lightnessF() + 1e-9);
                        const QColor expected = QColor::fromRgbF(1 + (text.redF() - 1) * t, 1 + (text.greenF() - 1) * t,
                                                                 1 + (text.blueF() - 1) * t);
                        foreign += std::abs(c.red() - expected.red()) + std::abs(c.green() - expected.green())
                                + std::abs(c.blue() - expected.blue())
                            > 90;
                    }
                }
                QVERIFY2(foreign <= 2,
                         qPrintable(QStringLiteral("%1, \"%2\": %3 pixels of another colour")
                                        .arg(file->name, edge.label)
                                        .arg(foreign)));
            }
        }
    }

    void pngAndSvgFiles()
    {
        DiagramCatalog &catalog = DiagramCatalog::bundled();
        const DiagramFile *file = catalog.find(QStringLiteral("url-shortener"));
        QVERIFY(file);
        const DiagramStyle style = DiagramStyle::from(QPalette(Qt::black, Qt::white), QGuiApplication::font());
        QString error;
        const QString png = m_dir.filePath(QStringLiteral("u.png"));
        const QString svg = m_dir.filePath(QStringLiteral("u.svg"));
        QVERIFY(DiagramExport::writePng(png, *catalog.geometry(*file, QGuiApplication::font()), style, file->title, 2,
                                        &error));
        QVERIFY(DiagramExport::writeSvg(svg, *catalog.geometry(*file, QGuiApplication::font()), style, file->title,
                                        &error));
        QVERIFY(QImage(png).width() > 600);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray text = svgFile.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Load balancer"));
    }

    void badFilesSayWhereAndWhat()
    {
        QString error;
        QVERIFY(!DiagramFile::parse(QStringLiteral("x.dot"), "digraph x {\n  a -> b;\n}\n", &error));
        QVERIFY2(error.contains(QStringLiteral("x.dot:1: no sdstudy_title")), qPrintable(error));
        QVERIFY(!DiagramFile::parse(QStringLiteral("x.dot"),
                                    "digraph x {\n sdstudy_title = \"X\";\n sdstudy_kind = \"pretty\";\n}\n", &error));
        QVERIFY2(error.contains(QStringLiteral("x.dot:3: sdstudy_kind")), qPrintable(error));
        QVERIFY(!DiagramFile::parse(QStringLiteral("x.dot"),
                                    "digraph x {\n sdstudy_title = \"X\";\n sdstudy_kind = \"concept\";\n"
                                    " sdstudy_questions = \"q-12\";\n}\n",
                                    &error));
        QVERIFY2(error.contains(QStringLiteral("x.dot:4:")) && error.contains(QStringLiteral("q-12")),
                 qPrintable(error));
        QVERIFY(!DiagramFile::parse(QStringLiteral("c.json"), "{ \"kind\": \"chart\",\n \"title\": }", &error));
        QVERIFY2(error.startsWith(QStringLiteral("c.json:2:")), qPrintable(error));

        // A DOT syntax error is caught when laid out, with Graphviz's line.
        const auto broken = DiagramFile::parse(QStringLiteral("b.dot"),
                                               "digraph b {\n sdstudy_title = \"B\"; sdstudy_kind = \"concept\";\n"
                                               " sdstudy_questions = \"q-31248e417639\";\n a -> -> b;\n}\n",
                                               &error);
        QVERIFY(broken);
        QVERIFY(!DiagramLayout::layout(*broken, QGuiApplication::font(), &error));
        QVERIFY2(error.contains(QStringLiteral("b.dot")) && error.contains(QStringLiteral("line 4")),
                 qPrintable(error));

        // A node in two clusters (it cannot be drawn in both boxes) is refused.
        const auto twoClusters
            = DiagramFile::parse(QStringLiteral("two.dot"),
                                 "digraph two {\n sdstudy_title = \"T\"; sdstudy_kind = \"concept\";\n"
                                 " sdstudy_questions = \"q-31248e417639\";\n"
                                 " subgraph cluster_a { x; y; }\n subgraph cluster_b { x; z; }\n x -> z;\n}\n",
                                 &error);
        QVERIFY(twoClusters);
        QVERIFY(!DiagramLayout::layout(*twoClusters, QGuiApplication::font(), &error));
        QVERIFY2(error.contains(QStringLiteral("two.dot"))
                     && error.contains(QStringLiteral("\"x\" is in two clusters")),
                 qPrintable(error));
        // Nested clusters share their nodes rightly.
        const auto nested
            = DiagramFile::parse(QStringLiteral("nested.dot"),
                                 "digraph nested {\n sdstudy_title = \"N\"; sdstudy_kind = \"concept\";\n"
                                 " sdstudy_questions = \"q-31248e417639\";\n"
                                 " subgraph cluster_out { subgraph cluster_in { x; } y; }\n x -> y; y -> z;\n}\n",
                                 &error);
        QVERIFY(nested);
        QVERIFY2(DiagramLayout::layout(*nested, QGuiApplication::font(), &error), qPrintable(error));

        // A folder with one good and one bad file: the good one loads, the bad one is reported.
        writeFile(QStringLiteral("good.dot"),
                  DiagramCatalog::bundled().find(QStringLiteral("cap-theorem"))->source.toUtf8());
        writeFile(QStringLiteral("bad.dot"), "digraph bad { }");
        const DiagramCatalog folder = DiagramCatalog::fromFolder(m_dir.path());
        QCOMPARE(folder.all().size(), 1);
        QCOMPARE(folder.errors().size(), 1);
        QVERIFY(folder.errors().first().contains(QStringLiteral("bad.dot")));
    }

private:
    QTemporaryDir m_dir;
    std::optional<StudyLibrary> m_library;
};

QTEST_MAIN(TestDiagrams)
#include "tst_diagrams.moc"
