#include "singleinstance.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QWidget>

namespace {
const QByteArray kActivate = "activate\n";
}

QString SingleInstance::serverName(const QString &databasePath)
{
    const QByteArray path = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    return QStringLiteral("sdstudy-")
           + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

bool SingleInstance::activateRunning(const QString &databasePath)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(databasePath));
    if (!socket.waitForConnected(1000))
        return false;
    socket.write(kActivate);
    socket.waitForBytesWritten(1000);
    return socket.waitForReadyRead(2000) && socket.readAll().startsWith("ok");
}

SingleInstance::SingleInstance(const QString &databasePath, QWidget *window)
    : QObject(window), m_server(new QLocalServer(this)), m_window(window)
{
    const QString name = serverName(databasePath);
    QLocalServer::removeServer(name); // a socket left by a killed process
    m_server->listen(name);
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
