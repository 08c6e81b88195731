#pragma once

// Files the tests write for the code under test to read.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

// Writes `content` to `name` in `folder` and returns its path; a test that cannot
// write its own input stops at once.
inline QString writeTestFile(const QString &folder, const QString &name, const QByteArray &content)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}
