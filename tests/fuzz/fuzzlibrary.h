#pragma once

// What every fuzz target shares: a Qt application (some inputs lay out text), a
// study library on a scratch database made once per process, and a scratch file.

#include "core/studylibrary.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

using namespace sdstudy::core;

namespace Fuzz {

inline void startQt()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(argc, argv);
}

inline QString scratchFolder()
{
    static const QString folder = [] {
        const QString path = QDir::temp().filePath(QStringLiteral("sdstudy-fuzz-%1").arg(getpid()));
        QDir().mkpath(path);
        return path;
    }();
    return folder;
}

inline StudyLibrary &library()
{
    static StudyLibrary *library = [] {
        auto *made = new StudyLibrary; // lives as long as the fuzzer
        QString error;
        if (!made->open(scratchFolder() + QStringLiteral("/fuzz.sqlite"), &error))
            qFatal("fuzz: %s", qPrintable(error));
        return made;
    }();
    return *library;
}

inline QString writeScratch(const QString &name, const uint8_t *data, size_t size)
{
    const QString path = scratchFolder() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("fuzz: cannot write %s", qPrintable(path));
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace Fuzz
