#pragma once

#include <QWidget>

class QLabel;

namespace sdstudy::core {
class StudyLibrary;
}

namespace sdstudy::widgets {

class Whiteboard;

// The whiteboard beside the main window, for the question on show there: it
// follows the question, and keeps its place on the screen between runs.
class WhiteboardWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhiteboardWindow)

public:
    explicit WhiteboardWindow(core::StudyLibrary &library, QWidget *parent = nullptr);

    void setQuestion(const QString &questionId);
    Whiteboard *whiteboard() const { return m_board; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    core::StudyLibrary &m_library;
    Whiteboard *m_board;
    QLabel *m_title;
};

} // namespace sdstudy::widgets
