#include "widgets/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QWidget>

#include <sys/stat.h>
#include <unistd.h>

namespace sdstudy::widgets {

namespace {

const QByteArray kActivate = "activate\n";

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

} // namespace

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
    if (!path)
        return false;
    QLocalSocket socket;
    socket.connectToServer(*path);
    if (!socket.waitForConnected(1000))
        return false;
    socket.write(kActivate);
    socket.waitForBytesWritten(1000);
    return socket.waitForReadyRead(2000) && socket.readAll().startsWith("ok");
}

SingleInstance::SingleInstance(const QString &databasePath, QWidget *window)
    : QObject(window)
    , m_server(new QLocalServer(this))
    , m_window(window)
{
    const auto path = socketPath(databasePath);
    if (!path)
        return;
    QLocalServer::removeServer(*path); // a socket left by a killed process; the folder is ours alone
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(*path)) {
        qWarning("SingleInstance: cannot listen on %s: %s", qPrintable(*path), qPrintable(m_server->errorString()));
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (socket->readAll().startsWith(kActivate.trimmed())) {
                    m_window->showNormal();
                    m_window->raise();
                    m_window->activateWindow();
                    socket->write("ok\n");
                    socket->flush();
                }
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

} // namespace sdstudy::widgets
