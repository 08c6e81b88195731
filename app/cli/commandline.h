#pragma once

#include <QStringList>
#include <QTextStream>

class StudyLibrary;

// The `sdstudy COMMAND ...` interface. Output with --json is a public contract:
// keys are only ever added, never renamed or removed (see README.md).
class CommandLine final
{
    Q_DISABLE_COPY_MOVE(CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err);

    // True when the arguments ask for a command rather than the window.
    static bool isCommand(const QStringList &arguments);

    // Runs the command and returns the process exit code: 0 done, 1 failed, 2 misused.
    int run(const QStringList &arguments);

private:
    int topics(StudyLibrary &library, bool json);
    int show(StudyLibrary &library, const QStringList &args, bool json);
    int search(StudyLibrary &library, const QStringList &args, bool json, int limit);
    int importBank(StudyLibrary &library, const QStringList &args);
    int usage(const QString &message);
    QString helpText() const;

    QTextStream &m_out;
    QTextStream &m_err;
};
