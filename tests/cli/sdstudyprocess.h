#pragma once

// Runs the real sdstudy binary as a script would: no display, its own output.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

struct SdstudyRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// language: the LANGUAGE the command runs under ("en" unless a test asks for another).
inline SdstudyRun runSdstudy(const QStringList &arguments, const QString &language = QStringLiteral("en"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless means no platform plugin at all
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SDSTUDY_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return SdstudyRun {process.exitCode(), process.readAllStandardOutput(),
                       QString::fromUtf8(process.readAllStandardError())};
}
