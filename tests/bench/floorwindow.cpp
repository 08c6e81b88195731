// The floor the benchmark measures the app against: a bare Qt Widgets program
// that opens a QMainWindow the size of the app's, with a menu bar, a toolbar and a
// status bar, and reports its first painted frame as the app does (FirstPaintProbe).
// Nothing of the app is linked in.

#include "widgets/firstpaintprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    sdstudy::widgets::FirstPaintProbe::installIfRequested();
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Floor"));
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
    window.addToolBar(QStringLiteral("Tools"))->addAction(QStringLiteral("Action"));
    window.setCentralWidget(new QLabel(QStringLiteral("A bare Qt window")));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1180, 780);
    window.show();
    return app.exec();
}
