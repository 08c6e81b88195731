#include "widgets/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>
#include <QWidget>

#include <cerrno>
#include <cstring>
#include <utility>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace sdstudy::widgets {

namespace {

const QByteArray kActivate = "activate\n";
const QByteArray kAnswer = "ok\n";

// How long a second start waits for the first window, and how long the window
// keeps a caller that has not said what it wants.
constexpr int kPatienceMs = 2000;
// Callers heard at once; more are let go unheard (each holds a descriptor).
constexpr int kMostCallers = 8;

// Writes without SIGPIPE: a caller gone before its answer must not end the
// process that answers it (nor a window gone, the one that asks).
bool sendAll(int fd, const QByteArray &bytes)
{
    return ::send(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size();
}

// A real folder (not a link), ours, that nobody else may enter.
bool isPrivateFolder(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISDIR(info.st_mode)
        && info.st_uid == ::geteuid() && (info.st_mode & (S_IRWXG | S_IRWXO)) == 0;
}

std::optional<QString> privateFolder()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && isPrivateFolder(runtime))
        return runtime;
    // Made with mode 0700 if missing; refused if someone else made it first or opened it up.
    const QString folder = QDir::temp().filePath(QStringLiteral("sdstudy-%1").arg(::geteuid()));
    ::mkdir(QFile::encodeName(folder).constData(), 0700);
    if (isPrivateFolder(folder))
        return folder;
    qWarning("SingleInstance: %s is not a folder only this user can reach; a second start will open its own window",
             qPrintable(folder));
    return std::nullopt;
}

// The socket's address, or nullopt when the path is longer than an address holds.
std::optional<sockaddr_un> addressOf(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (encoded.size() >= qsizetype(sizeof address.sun_path))
        return std::nullopt;
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    return address;
}

// A descriptor that closes itself.
class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    { }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(Descriptor)

    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

} // namespace

// One caller on the window's socket: it says "activate" and is answered "ok", or
// is let go when it says anything else, too much, or nothing for too long.
class SingleInstance::Caller final : public QObject
{
public:
    Caller(int fd, SingleInstance *instance)
        : QObject(instance)
        , m_fd(fd)
        , m_readable(fd, QSocketNotifier::Read, this)
    {
        connect(&m_readable, &QSocketNotifier::activated, this, [this, instance] {
            char chunk[32];
            const ssize_t got = ::read(m_fd.get(), chunk, sizeof chunk);
            if (got < 0 && (errno == EAGAIN || errno == EINTR))
                return;
            if (got > 0)
                m_heard.append(chunk, got);
            if (got > 0 && !m_heard.contains('\n') && m_heard.size() < kActivate.size())
                return; // more to come
            m_readable.setEnabled(false);
            if (m_heard.startsWith(kActivate)) {
                instance->bringForward();
                sendAll(m_fd.get(), kAnswer);
            }
            deleteLater();
        });
        QTimer::singleShot(kPatienceMs, this, &QObject::deleteLater);
    }

private:
    Descriptor m_fd;
    QSocketNotifier m_readable;
    QByteArray m_heard;
};

std::optional<QString> SingleInstance::socketPath(const QString &databasePath)
{
    const auto folder = privateFolder();
    if (!folder)
        return std::nullopt;
    const QByteArray path = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    const QString name = QStringLiteral("sdstudy-")
        + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
    return QDir(*folder).filePath(name);
}

bool SingleInstance::activateRunning(const QString &databasePath)
{
    const auto path = socketPath(databasePath);
    const auto address = path ? addressOf(*path) : std::nullopt;
    if (!address)
        return false;
    const Descriptor socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (socket.get() < 0)
        return false;
    // A window that hangs must not hang the second start too.
    const timeval patience {kPatienceMs / 1000, (kPatienceMs % 1000) * 1000};
    ::setsockopt(socket.get(), SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
    ::setsockopt(socket.get(), SOL_SOCKET, SO_SNDTIMEO, &patience, sizeof patience);
    if (::connect(socket.get(), reinterpret_cast<const sockaddr *>(&*address), sizeof *address) != 0)
        return false;
    if (!sendAll(socket.get(), kActivate))
        return false;
    QByteArray answer;
    char chunk[16];
    while (answer.size() < kAnswer.size()) {
        const ssize_t got = ::read(socket.get(), chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        answer.append(chunk, got);
    }
    return answer.startsWith(kAnswer);
}

// A local socket of the system's own rather than Qt Network's QLocalServer: Qt
// Network brings libproxy and with it curl and three TLS libraries, about 40
// shared libraries that every start would load (8 MB and 25 ms on the
// development machine) for a socket that carries one word.
SingleInstance::SingleInstance(const QString &databasePath, QWidget *window)
    : QObject(window)
    , m_window(window)
{
    const auto path = socketPath(databasePath);
    if (!path)
        return;
    const auto address = addressOf(*path);
    if (!address) {
        qWarning("SingleInstance: %s is too long a path for a socket; a second start will open its own window",
                 qPrintable(*path));
        return;
    }
    Descriptor listener(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    // A socket left by a killed process; the folder is ours alone.
    ::unlink(address->sun_path);
    if (listener.get() < 0
        || ::bind(listener.get(), reinterpret_cast<const sockaddr *>(&*address), sizeof *address) != 0
        || ::listen(listener.get(), 8) != 0) {
        qWarning("SingleInstance: cannot listen on %s: %s", qPrintable(*path), std::strerror(errno));
        return;
    }
    m_path = *path;
    m_listener = listener.release();
    m_incoming = new QSocketNotifier(m_listener, QSocketNotifier::Read, this);
    connect(m_incoming, &QSocketNotifier::activated, this, [this] {
        int fd;
        while ((fd = ::accept4(m_listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC)) >= 0) {
            if (m_callers >= kMostCallers) {
                ::close(fd);
                continue;
            }
            ++m_callers;
            connect(new Caller(fd, this), &QObject::destroyed, this, [this] { --m_callers; });
        }
        // Out of descriptors: the caller stays queued and would wake this at once,
        // again and again; listen again in a while instead.
        if (errno == EMFILE || errno == ENFILE) {
            m_incoming->setEnabled(false);
            QTimer::singleShot(kPatienceMs, m_incoming, [this] { m_incoming->setEnabled(true); });
        }
    });
}

SingleInstance::~SingleInstance()
{
    if (m_listener < 0)
        return;
    delete m_incoming; // before the descriptor it watches
    ::close(m_listener);
    ::unlink(QFile::encodeName(m_path).constData());
}

bool SingleInstance::isListening() const
{
    return m_listener >= 0;
}

void SingleInstance::bringForward()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace sdstudy::widgets
