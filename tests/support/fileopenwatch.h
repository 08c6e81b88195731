#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

#include <sys/inotify.h>
#include <unistd.h>

#include <array>

// Tells which files in a folder were opened since it started watching (inotify's
// IN_OPEN), so a test can prove that parsing or drawing read nothing from the disk.
class FileOpenWatch final
{
public:
    explicit FileOpenWatch(const QString &folder)
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        if (m_fd >= 0)
            m_watch = inotify_add_watch(m_fd, QFile::encodeName(folder).constData(), IN_OPEN | IN_ACCESS);
    }
    ~FileOpenWatch()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    FileOpenWatch(const FileOpenWatch &) = delete;
    FileOpenWatch &operator=(const FileOpenWatch &) = delete;

    bool isValid() const { return m_fd >= 0 && m_watch >= 0; }

    // The names opened or read since the last call.
    QStringList opened()
    {
        QStringList names;
        alignas(inotify_event) std::array<char, 4096> buffer {};
        for (;;) {
            const ssize_t length = read(m_fd, buffer.data(), buffer.size());
            if (length <= 0)
                return names;
            for (ssize_t at = 0; at < length;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer.data() + at);
                if (event->len > 0 && !names.contains(QFile::decodeName(event->name)))
                    names.append(QFile::decodeName(event->name));
                at += ssize_t(sizeof(inotify_event)) + event->len;
            }
        }
    }

private:
    int m_fd;
    int m_watch = -1;
};
