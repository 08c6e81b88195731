// The diagram panel in the window: the question's diagram beside it, zoom,
// components that open their question, charts, and the Diagrams tab.

#include "charts/conceptchartview.h"
#include "core/studylibrary.h"
#include "diagrams/diagramcatalog.h"
#include "widgets/diagramlist.h"
#include "widgets/diagrampanel.h"
#include "widgets/diagramview.h"
#include "widgets/mainwindow.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFontInfo>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace sdstudy::core;
using namespace sdstudy::diagrams;
using namespace sdstudy::charts;
using namespace sdstudy::widgets;

class TestDiagramPanel final : public QObject
{
    Q_OBJECT

private:
    QString idOf(int number) { return *m_library.questions().resolve(QString::number(number)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdstudy-test"));
        QCoreApplication::setApplicationName(QStringLiteral("sdstudy-test-diagrams"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_library.open(m_dir.filePath(QStringLiteral("p.sqlite")), &error), qPrintable(error));
        m_window.emplace(m_library);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(&*m_window));
        m_panel = m_window->findChild<DiagramPanel *>();
        m_view = m_window->findChild<DiagramView *>();
        QVERIFY(m_panel && m_view);
    }

    void aDesignQuestionShowsItsArchitecture()
    {
        m_window->openQuestion(idOf(21));
        QCOMPARE(m_panel->currentDiagram(), QStringLiteral("url-shortener"));
        QVERIFY(m_view->isVisible());
        // The picker is the same for one diagram as for several: named, not greyed out.
        auto *choice = m_panel->findChild<QComboBox *>(QStringLiteral("diagramChoice"));
        QCOMPARE(choice->count(), 1);
        QVERIFY(choice->isEnabled());
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("diagramDock"))->isVisible());
        // Its other phrasing (#236) shows the same diagram.
        m_window->openQuestion(idOf(236));
        QCOMPARE(m_panel->currentDiagram(), QStringLiteral("url-shortener"));
    }

    void aComponentOpensTheQuestionThatExplainsIt()
    {
        m_window->openQuestion(idOf(21));
        const DiagramGeometry *geometry = m_view->geometry();
        QVERIFY(geometry);
        const auto lb = std::find_if(geometry->nodes.cbegin(), geometry->nodes.cend(),
                                     [](const DiagramNode &n) { return n.label == QStringLiteral("Load balancer"); });
        QVERIFY(lb != geometry->nodes.cend());
        const QPoint at = m_view->mapFromScene(lb->rect.center());
        QTest::mouseMove(m_view->viewport(), at);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_window->currentQuestionId(), idOf(4)); // What is load balancing?
        QCOMPARE(m_panel->currentDiagram(), QStringLiteral("load-balancing"));
    }

    // The answer gets the room when there is no diagram; the panel comes back with one,
    // unless the person closed it, and F9 brings it back.
    void thePanelStepsAsideWhenThereIsNoDiagram()
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("diagramDock"));
        int without = 0;
        for (int n = 1; n < 200 && without == 0; ++n) {
            const auto question = m_library.questions().question(idOf(n));
            if (question
                && DiagramCatalog::bundled()
                       .forQuestions(m_library.questions().phrasingsOf(question->conceptId))
                       .isEmpty())
                without = n;
        }
        QVERIFY(without > 0);
        m_window->openQuestion(idOf(without));
        QVERIFY(!dock->isVisible());
        m_window->openQuestion(idOf(21));
        QVERIFY(dock->isVisible());

        dock->close(); // its close button
        m_window->openQuestion(idOf(without));
        m_window->openQuestion(idOf(22));
        QVERIFY(!dock->isVisible());
        m_window->findChild<QAction *>(QStringLiteral("toggleDiagramPanel"))->trigger(); // F9
        QVERIFY(dock->isVisible());
        m_window->openQuestion(idOf(21));
        QVERIFY(dock->isVisible());
    }

    void zoomAndFit()
    {
        m_window->openQuestion(idOf(22));
        const double fitted = m_view->transform().m11();
        m_view->setFocus();
        QTest::keyClick(m_view, Qt::Key_Plus);
        QVERIFY(m_view->transform().m11() > fitted * 1.2);
        QTest::keyClick(m_view, Qt::Key_0);
        QCOMPARE(m_view->transform().m11(), fitted);
    }

    // In a small panel a concept diagram opens with its labels at 9 pt or more and
    // scrolls; Fit (0) then shows the whole of it, and keeps doing so as the panel
    // changes size.
    void aConceptDiagramKeepsItsLabelsReadable()
    {
        auto *panel = m_window->findChild<DiagramPanel *>();
        panel->showDiagram(QStringLiteral("consistent-hashing"));
        QCOMPARE(m_view->diagram()->kind, sdstudy::diagrams::DiagramFile::Kind::Concept);
        m_view->resize(220, 160);
        m_view->fitToView();
        const double points = QFontInfo(m_view->font()).pointSizeF() * m_view->transform().m11();
        QVERIFY2(points >= 8.99, qPrintable(QString::number(points)));
        QVERIFY(m_view->horizontalScrollBar()->maximum() > 0 || m_view->verticalScrollBar()->maximum() > 0);

        const auto wholeIsInSight = [this] {
            const QRect drawn = m_view->mapFromScene(m_view->scene()->sceneRect()).boundingRect();
            return m_view->viewport()->rect().adjusted(-1, -1, 1, 1).contains(drawn);
        };
        QVERIFY(!wholeIsInSight());
        m_view->setFocus();
        QTest::keyClick(m_view, Qt::Key_0);
        QTRY_VERIFY(wholeIsInSight()); // once the scroll bars it no longer needs are gone
        m_view->resize(260, 200);
        QTRY_VERIFY(wholeIsInSight());
    }

    void questionsWithoutADiagramSaySo()
    {
        m_window->openQuestion(idOf(1));
        QCOMPARE(m_panel->diagramCount(), 0);
        // The panel steps aside; shown anyway (F9), it says why it is empty.
        m_window->findChild<QAction *>(QStringLiteral("toggleDiagramPanel"))->trigger();
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("noDiagram"))->isVisible());
    }

    void aChartWithItsSlider()
    {
        m_window->openQuestion(idOf(109)); // retry with exponential backoff
        QCOMPARE(m_panel->currentDiagram(), QStringLiteral("backoff-jitter"));
        auto *chart = m_panel->findChild<ConceptChartView *>();
        QVERIFY(chart && chart->isVisible());
        QVERIFY(chart->caption().contains(QStringLiteral("jitter")));
    }

    void theDiagramsTabListsThemAll()
    {
        m_window->findChild<QTabBar *>(QStringLiteral("pages"))->setCurrentIndex(3);
        auto *list = m_window->findChild<DiagramList *>();
        QVERIFY(list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 3);
        QVERIFY(list->topLevelItem(0)->childCount() >= 20);
        QTreeWidgetItem *cap = nullptr;
        for (int i = 0; i < list->topLevelItem(1)->childCount(); ++i) {
            if (list->topLevelItem(1)->child(i)->text(0) == QStringLiteral("CAP theorem"))
                cap = list->topLevelItem(1)->child(i);
        }
        QVERIFY(cap);
        list->setCurrentItem(cap);
        QCOMPARE(m_panel->currentDiagram(), QStringLiteral("cap-theorem"));
        QCOMPARE(m_window->currentQuestionId(), idOf(3));
    }

private:
    QTemporaryDir m_dir;
    StudyLibrary m_library;
    std::optional<MainWindow> m_window;
    DiagramPanel *m_panel = nullptr;
    DiagramView *m_view = nullptr;
};

QTEST_MAIN(TestDiagramPanel)
#include "tst_diagrampanel.moc"
