#pragma once

// The writes the crash writer makes, shared with the test that checks them. Each
// step is a function of its number alone, so the test can replay exactly what a
// killed writer had done.

#include <QString>
#include <QStringList>

using namespace sdstudy::core;

namespace CrashWriteOps {

enum class Kind { Note, SetBookmark, ClearBookmark, Sketch };

struct Op
{
    Kind kind;
    int questionNumber;
    QString value; // note text, flag key, or the label of a sketch's one component
};

inline Op op(int round, int step)
{
    static const QStringList flags = {QStringLiteral("hard"), QStringLiteral("review"), QStringLiteral("favourite")};
    // Every fifth write is a whiteboard sketch, kept like a note.
    if (step % 5 == 4)
        return {Kind::Sketch, 200 + (step / 5) % 10, QStringLiteral("round %1 step %2").arg(round).arg(step)};
    const int half = step / 2;
    if (step % 2 == 0)
        return {Kind::Note, 1 + half % 40, QStringLiteral("round %1 step %2").arg(round).arg(step)};
    const int number = 100 + half % 20;
    // Bookmarks are set on one pass over their 20 questions and cleared on the next.
    if ((half / 20) % 2 == 0)
        return {Kind::SetBookmark, number, flags.at(half % flags.size())};
    return {Kind::ClearBookmark, number, QString()};
}

} // namespace CrashWriteOps
