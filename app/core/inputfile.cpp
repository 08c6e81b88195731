#include "core/inputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct InputFileText
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
};

QString tooLarge(const QString &name, qint64 mostBytes)
{
    return InputFileText::tr("%1: the file is larger than %2; nothing was read")
        .arg(name, QLocale().formattedDataSize(mostBytes, 0));
}

} // namespace

namespace InputFile {

bool openRegular(const QString &path, QFile &file, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = InputFileText::tr("%1: cannot read the file: %2").arg(path, InputFileText::tr("no such file"));
        return false;
    }
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error
            = InputFileText::tr("%1: cannot read the file: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        *error = InputFileText::tr("%1: not a regular file").arg(path);
        return false;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = InputFileText::tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QByteArray> read(const QString &path, qint64 mostBytes, QString *error)
{
    QFile file;
    if (!openRegular(path, file, error))
        return std::nullopt;
    if (file.size() > mostBytes) {
        *error = tooLarge(path, mostBytes);
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

} // namespace sdstudy::core
