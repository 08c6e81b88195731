#include "inputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
};

QString tooLarge(const QString &name, qint64 mostBytes)
{
    return Text::tr("%1: the file is larger than %2; nothing was read")
        .arg(name, QLocale().formattedDataSize(mostBytes, 0));
}

} // namespace

namespace InputFile {

std::optional<QByteArray> read(const QString &path, qint64 mostBytes, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = Text::tr("%1: cannot read the file: %2").arg(path, Text::tr("no such file"));
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = Text::tr("%1: not a regular file").arg(path);
        return std::nullopt;
    }
    if (info.size() > mostBytes) {
        *error = tooLarge(path, mostBytes);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return read(file, path, mostBytes, error);
}

std::optional<QByteArray> read(QIODevice &device, const QString &name, qint64 mostBytes, QString *error)
{
    // One byte more than allowed tells a file that grew, or a stream, is too large.
    QByteArray bytes = device.read(mostBytes + 1);
    if (bytes.size() > mostBytes) {
        *error = tooLarge(name, mostBytes);
        return std::nullopt;
    }
    return bytes;
}

} // namespace InputFile
