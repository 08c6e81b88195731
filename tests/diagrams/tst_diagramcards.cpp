// Diagram cards: one "name the hidden component" card per component of every
// architecture and concept diagram, drawn with it masked; names accepted as a
// person would write them; scheduled apart from the questions; and a sitting of
// them as a person goes through it.

#include "core/reviewstore.h"
#include "core/studylibrary.h"
#include "diagrams/diagramcards.h"
#include "diagrams/diagramcatalog.h"
#include "diagrams/diagrampainter.h"
#include "widgets/diagramcardsdialog.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sdstudy::core;
using namespace sdstudy::diagrams;
using namespace sdstudy::widgets;
using namespace Qt::StringLiterals;

class TestDiagramCards final : public QObject
{
    Q_OBJECT

private:
    static DiagramCard cardFor(const QString &diagram, const QString &node)
    {
        const auto card
            = DiagramCards::find(DiagramCatalog::bundled(), QApplication::font(), DiagramCards::idFor(diagram, node));
        if (!card)
            qFatal("no card %s#%s", qPrintable(diagram), qPrintable(node));
        return *card;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir->filePath(u"c.sqlite"_s), &error), qPrintable(error));
    }
    void cleanup() { m_library.reset(); }

    void everyDiagramGivesACardPerComponent()
    {
        DiagramCatalog &catalog = DiagramCatalog::bundled();
        const QList<DiagramCard> all = DiagramCards::all(catalog, QApplication::font());
        const QHash<QString, QStringList> pool = DiagramCards::namesByRole(catalog, QApplication::font());
        QSet<QString> ids;
        int diagrams = 0;
        for (const DiagramFile &file : catalog.all()) {
            if (file.kind == DiagramFile::Kind::Chart)
                continue;
            ++diagrams;
            const DiagramGeometry *geometry = catalog.geometry(file, QApplication::font());
            QVERIFY(geometry);
            // A component whose name the diagram shows only once; a twin would give it away.
            QHash<QString, int> uses;
            for (const DiagramNode &node : geometry->nodes) {
                if (node.role != "note"_L1)
                    ++uses[node.label.section(u'\n', 0, 0).simplified().toLower()];
            }
            int components = 0;
            for (const DiagramNode &node : geometry->nodes)
                components += node.role != "note"_L1
                    && uses.value(node.label.section(u'\n', 0, 0).simplified().toLower()) == 1;
            const QList<DiagramCard> cards = DiagramCards::of(file, *geometry, pool);
            QSet<QString> shown; // what the board shows, lower case
            for (const DiagramNode &node : geometry->nodes)
                shown.insert(node.label.section(u'\n', 0, 0).simplified().toLower());
            QCOMPARE(cards.size(), components);
            for (const DiagramCard &card : cards) {
                QVERIFY2(!ids.contains(card.id), qPrintable(card.id));
                ids.insert(card.id);
                QVERIFY(ReviewStore::isDiagramCard(card.id));
                QVERIFY(!card.answer.isEmpty());
                QCOMPARE(geometry->nodes[card.nodeIndex].id, card.node);
                QVERIFY2(card.choices.contains(card.answer), qPrintable(card.id));
                QCOMPARE(QSet<QString>(card.choices.cbegin(), card.choices.cend()).size(), card.choices.size());
                QCOMPARE(card.choices.size(), 4);
                // Only the answer is on the board: no choice is ruled out by looking.
                for (const QString &choice : card.choices)
                    QVERIFY2(choice == card.answer || !shown.contains(choice.toLower()),
                             qPrintable(card.id + u": "_s + choice));
                QVERIFY(!card.questionId.isEmpty());
                QVERIFY(DiagramCards::accepts(card, card.answer)); // its own name is always right
                QCOMPARE(DiagramCards::find(catalog, QApplication::font(), card.id)->answer, card.answer);
            }
            // The masked component's place is drawn, its label is not: the picture differs.
            if (!cards.isEmpty()) {
                const DiagramStyle style = DiagramStyle::from(QPalette(Qt::black, Qt::white), QApplication::font());
                const DiagramPainter painter(*geometry, style);
                QImage whole(painter.bounds().size().toSize(), QImage::Format_RGB32), masked = whole;
                for (auto [image, mask] : {std::pair {&whole, -1}, std::pair {&masked, cards.first().nodeIndex}}) {
                    image->fill(Qt::white);
                    QPainter paint(image);
                    paint.translate(-painter.bounds().topLeft());
                    painter.paint(&paint, -1, mask);
                }
                QVERIFY2(whole != masked, qPrintable(file.name));
            }
        }
        QVERIFY(diagrams >= 45);
        QCOMPARE(ids.size(), all.size());
        QVERIFY(all.size() > 250);
    }

    void namesAreAcceptedAsWritten_data()
    {
        QTest::addColumn<QString>("diagram");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("right");
        QTest::newRow("cache") << u"url-shortener"_s << u"cache"_s << u"cache"_s << true;
        QTest::newRow("redis") << u"url-shortener"_s << u"cache"_s << u"Redis"_s << true;
        QTest::newRow("redis cache") << u"url-shortener"_s << u"cache"_s << u"redis cache"_s << true;
        QTest::newRow("a database") << u"url-shortener"_s << u"cache"_s << u"database"_s << false;
        QTest::newRow("a word too many") << u"url-shortener"_s << u"cache"_s << u"memcached cache"_s << false;
        QTest::newRow("nothing") << u"url-shortener"_s << u"cache"_s << u"  "_s << false;
        QTest::newRow("load balancer") << u"url-shortener"_s << u"lb"_s << u"Load Balancer"_s << true;
        QTest::newRow("id generator") << u"url-shortener"_s << u"ids"_s << u"id generator"_s << true;
        QTest::newRow("base62") << u"url-shortener"_s << u"ids"_s << u"Base62"_s << true;
        QTest::newRow("another service") << u"url-shortener"_s << u"ids"_s << u"redirect service"_s << false;
        QTest::newRow("a detail, not its name") << u"url-shortener"_s << u"db"_s << u"sharded"_s << false;
        QTest::newRow("its name") << u"url-shortener"_s << u"db"_s << u"key-value store"_s << true;
    }
    void namesAreAcceptedAsWritten()
    {
        QFETCH(QString, diagram);
        QFETCH(QString, node);
        QFETCH(QString, typed);
        QFETCH(bool, right);
        QCOMPARE(DiagramCards::accepts(cardFor(diagram, node), typed), right);
    }

    // Diagram cards have schedules of their own: never in Study Now's due list,
    // never counted against the day's new questions.
    void scheduledApartFromTheQuestions()
    {
        ReviewStore &reviews = m_library->reviews();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const DiagramCard card = cardFor(u"url-shortener"_s, u"cache"_s);
        QString error;
        QVERIFY2(reviews.answer({card.id, card.questionId, FsrsScheduler::Rating::Again, u"diagram"_s, 5000, now, 1},
                                &error),
                 qPrintable(error));
        const QDateTime later = now.addDays(2);
        QVERIFY(reviews.due(later, 100).isEmpty());
        QCOMPARE(reviews.dueDiagramCards(later, 100), QStringList {card.id});
        QCOMPARE(reviews.freshStudiedOn(now), 0);
        QCOMPARE(reviews.freshStudiedOn(now, true), 1);
        QVERIFY(!reviews.nextDue(now));
        QSqlQuery query(m_library->database().connection());
        QVERIFY(query.exec(u"SELECT mode FROM review_log"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"diagram"_s);
    }

    void aSittingOfDiagramCards()
    {
        QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support)"_s));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            DiagramCardsDialog dialog(*m_library, nullptr, now);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.plan().size(), DiagramCardsDialog::kNewPerDay);
            const DiagramCard first = dialog.plan().first();
            auto *name = dialog.findChild<QLineEdit *>(u"diagramCardName"_s);
            QTest::keyClicks(name, first.answer);
            QTest::keyClick(name, Qt::Key_Return);
            auto *verdict = dialog.findChild<QLabel *>(u"diagramCardVerdict"_s);
            QVERIFY2(verdict->text().startsWith(u"✓ Right"_s), qPrintable(verdict->text()));
            // Good is offered; Enter takes it.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(dialog.current(), 1);
            const auto card = m_library->reviews().card(first.id);
            QVERIFY(card);
            QVERIFY(card->due > now);
            // Not a study sitting: the last sitting's misses stay those of questions.
            QSqlQuery query(m_library->database().connection());
            QVERIFY(query.exec(u"SELECT session, mode FROM review_log"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            QCOMPARE(query.value(1).toString(), u"diagram"_s);

            // A wrong name: Again is offered.
            QTest::keyClicks(name, u"zebra"_s);
            QTest::keyClick(name, Qt::Key_Return);
            QVERIFY2(verdict->text().startsWith(u"✗ It is"_s), qPrintable(verdict->text()));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(m_library->reviews().card(dialog.plan()[1].id)->lapses, 0);
            QCOMPARE(m_library->reviews().card(dialog.plan()[1].id)->state, FsrsScheduler::State::Learning);
        }
        // The next sitting today: eight new ones left of the day's ten, none of those answered.
        DiagramCardsDialog again(*m_library, nullptr, now);
        QVERIFY(again.plan().size() >= DiagramCardsDialog::kNewPerDay - 2);
        for (const DiagramCard &card : again.plan())
            QVERIFY(!m_library->reviews().card(card.id) || m_library->reviews().card(card.id)->due <= now);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<StudyLibrary> m_library;
};

QTEST_MAIN(TestDiagramCards)
#include "tst_diagramcards.moc"
