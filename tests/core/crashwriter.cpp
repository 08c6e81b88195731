// A child for tst_killsafety: writes notes and bookmarks through the app's own
// stores as fast as it can, printing "done N" after each write has committed,
// until it is killed.

#include "core/studylibrary.h"
#include "crashwriteops.h"

#include <QCoreApplication>

#include <cstdio>

using namespace sdstudy::core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    const int round = args.at(2).toInt();
    StudyLibrary library;
    QString error;
    if (!library.open(args.at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (int step = 0;; ++step) {
        const auto op = CrashWriteOps::op(round, step);
        const QString id = *library.questions().resolve(QString::number(op.questionNumber));
        bool done = false;
        switch (op.kind) {
        case CrashWriteOps::Kind::Note:
            done = library.notes().save(id, op.value, &error);
            break;
        case CrashWriteOps::Kind::SetBookmark:
            done = library.bookmarks().set(id, op.value, &error);
            break;
        case CrashWriteOps::Kind::ClearBookmark:
            done = library.bookmarks().clear(id, &error);
            break;
        case CrashWriteOps::Kind::Sketch: {
            Sketch sketch;
            sketch.components = {{QStringLiteral("c1"), QStringLiteral("cache"), op.value, {0, 0}}};
            done = library.sketches().save(id, sketch, &error);
            break;
        }
        }
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("done %d\n", step);
        std::fflush(stdout);
    }
}
