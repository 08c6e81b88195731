#pragma once

#include "core/bankparser.h"

#include <QByteArray>

namespace sdstudy::core {

// Reads the notes of an Anki package (.apkg): a zip holding the collection, an
// SQLite file (collection.anki21, or collection.anki2 from older Anki), and the
// pictures its notes show. Each note becomes a question: its first field (or the
// one named Front, Question or Text) the question, its second (Back, Answer) the
// answer; a cloze note asks its text with the gaps hidden. Fields are HTML, made
// Markdown without anything being loaded; pictures come with the bank (see
// ParsedBank::pictures) and are never referred to by path. The deck names become
// topics and the note's tags its tags.
//
// A package is hostile until read: the zip is read entry by entry with bounds (a
// zip bomb stops at the bound), the collection is opened read-only and only plain
// tables are read from it, and no more notes than a bank can hold.
namespace AnkiPackage {

constexpr qint64 kMostCollectionBytes = 256 * 1024 * 1024;
constexpr qint64 kMostPictureBytes = 128 * 1024 * 1024; // all the pictures together, unpacked
constexpr int kMostNotes = 200000;
constexpr int kMostEntries = 100000;

// Whether the bytes are a zip file (as every .apkg is).
bool isPackage(const QByteArray &bytes);

// The package's notes as a bank; on failure the error says what is wrong.
ParsedBank read(const QByteArray &package, QString *error);

} // namespace AnkiPackage

} // namespace sdstudy::core
