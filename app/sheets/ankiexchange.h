#pragma once

#include <QByteArray>
#include <QString>

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::sheets {

// Cards to and from Anki (and AnkiDroid) as the tab-separated text Anki imports:
// header lines naming the separator and the columns, a stable GUID per card (the
// question's stable id, so a second import updates rather than duplicates), the
// question as front, the answer as HTML on the back, tags from topic and flags.
namespace AnkiExchange {

// A deck of text cards is some megabytes; beyond this it is not one.
constexpr qint64 kMostBytes = 64 * 1024 * 1024;

QByteArray write(core::StudyLibrary &library);

struct ImportReport
{
    int flagged = 0;   // bookmarks set from flag tags on known cards
    int unchanged = 0; // known cards with nothing new
    int added = 0;     // cards new to the app, imported as a bank of their own
    QString error;     // file and line of the first problem; nothing was changed
};

// Known cards (by GUID) bring back their flags; unknown cards become a bank named
// after the file. All of it or nothing.
ImportReport read(const QByteArray &text, const QString &filePath, core::StudyLibrary &library);

} // namespace AnkiExchange

} // namespace sdstudy::sheets
