// Kills a process that writes notes, bookmarks and sketches at random moments, again and
// again, and checks after each kill that the database is intact and that every
// write the process reported as done is there.

#include "core/database.h"
#include "core/studylibrary.h"
#include "crashwriteops.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace sdstudy::core;

namespace {

// What notes and bookmarks hold, by question number.
struct State
{
    QHash<int, QString> notes;
    QHash<int, QString> bookmarks;
    QHash<int, QString> sketches; // the label of each sketch's one component

    void apply(const CrashWriteOps::Op &op)
    {
        switch (op.kind) {
        case CrashWriteOps::Kind::Note:
            notes.insert(op.questionNumber, op.value);
            break;
        case CrashWriteOps::Kind::SetBookmark:
            bookmarks.insert(op.questionNumber, op.value);
            break;
        case CrashWriteOps::Kind::ClearBookmark:
            bookmarks.remove(op.questionNumber);
            break;
        case CrashWriteOps::Kind::Sketch:
            sketches.insert(op.questionNumber, op.value);
            break;
        }
    }
    bool operator==(const State &) const = default;
};

State readState(const QString &path, QString *integrity)
{
    State state;
    StudyLibrary library;
    QString error;
    // A kill while the lock file was being made leaves it unreadable; it is taken
    // over once it is clearly abandoned (StudyLibrary::takeLock), so try again for a while.
    QDeadlineTimer deadline(3000);
    bool opened = false;
    while (!(opened = library.open(path, &error)) && !deadline.hasExpired())
        QThread::msleep(100);
    if (!opened) {
        *integrity = error;
        return state;
    }
    QSqlQuery check(library.database().connection());
    check.exec(QStringLiteral("PRAGMA integrity_check"));
    *integrity = check.next() ? check.value(0).toString() : QStringLiteral("no answer");
    for (const Note &note : library.notes().all())
        state.notes.insert(note.question.number, note.text);
    for (const Bookmark &bookmark : library.bookmarks().all())
        state.bookmarks.insert(bookmark.question.number, bookmark.flag);
    for (const StoredSketch &stored : library.sketches().all()) {
        const auto question = library.questions().question(stored.questionId);
        const QString label = stored.sketch.components.isEmpty() ? QString() : stored.sketch.components.first().label;
        state.sketches.insert(question ? question->number : -1, label);
    }
    return state;
}

} // namespace

class TestKillSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReportedWriteSurvivesSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("study.sqlite"));
        State expected;
        {
            StudyLibrary library; // import the bank once, so rounds spend their time writing
            QString error;
            QVERIFY(library.open(path, &error));
        }
        QRandomGenerator random(20261128);
        constexpr int kRounds = 120;
        int killedWhileWriting = 0;
        for (int round = 0; round < kRounds; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(SDSTUDY_CRASH_WRITER), {path, QString::number(round)});
            QVERIFY(writer.waitForStarted());
            // One round in four during start-up; the rest in the middle of writing,
            // counted from the writer's first reported write so that a slower
            // build (the sanitizers) is hit while writing just as often.
            if (round % 4 == 0) {
                QTest::qWait(int(random.bounded(5, 120)));
            } else {
                QElapsedTimer waited;
                waited.start();
                while (!writer.peek(1 << 16).contains("done ") && waited.elapsed() < 10000)
                    writer.waitForReadyRead(100);
                QTest::qWait(int(random.bounded(0, 40)));
            }
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished());
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            int lastDone = -1;
            for (const QByteArray &line : lines) {
                if (line.startsWith("done "))
                    lastDone = line.mid(5).toInt();
            }
            killedWhileWriting += lastDone >= 0;

            State reported = expected;
            for (int step = 0; step <= lastDone; ++step)
                reported.apply(CrashWriteOps::op(round, step));
            // The write in flight when the kill came may have committed without being reported.
            State inFlight = reported;
            inFlight.apply(CrashWriteOps::op(round, lastDone + 1));

            QString integrity;
            const State actual = readState(path, &integrity);
            QVERIFY2(integrity == QLatin1String("ok"),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(integrity)));
            QVERIFY2(actual == reported || actual == inFlight,
                     qPrintable(QStringLiteral("round %1: a write reported as done is missing (last done %2)")
                                    .arg(round)
                                    .arg(lastDone)));
            expected = actual;
        }
        qInfo("%d rounds, %d killed while writing", kRounds, killedWhileWriting);
        QVERIFY(killedWhileWriting >= kRounds / 2);
    }
};

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"
