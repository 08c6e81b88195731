#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QFile;
class QIODevice;

namespace sdstudy::core {

// Reads a file a person chose to bring in (a bank, an Anki file, a progress file,
// a note) in one bounded read: only a regular file (a FIFO would hang the app and
// a device never end), no larger than `mostBytes`, refused with a message that
// names the file.
namespace InputFile {

std::optional<QByteArray> read(const QString &path, qint64 mostBytes, QString *error);
// Opens `path` for reading only if it is a regular file, checked on the opened file
// itself (opened without blocking), so a FIFO put in its place cannot hang the app.
bool openRegular(const QString &path, QFile &file, QString *error);
// The same from an open device such as standard input: at most `mostBytes`.
std::optional<QByteArray> read(QIODevice &device, const QString &name, qint64 mostBytes, QString *error);

} // namespace InputFile

} // namespace sdstudy::core
