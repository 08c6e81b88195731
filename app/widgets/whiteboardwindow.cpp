#include "widgets/whiteboardwindow.h"

#include "core/studylibrary.h"
#include "widgets/whiteboard.h"

#include <QCloseEvent>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {

const QString kBoardGeometryKey = QStringLiteral("whiteboard/geometry");

} // namespace

WhiteboardWindow::WhiteboardWindow(core::StudyLibrary &library, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_library(library)
    , m_board(new Whiteboard(library))
    , m_title(new QLabel)
{
    setObjectName(QStringLiteral("whiteboardWindow"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // a bank's title, never markup
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_board);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    if (!restoreGeometry(QSettings().value(kBoardGeometryKey).toByteArray())) {
        const QRect screen
            = parent && parent->screen() ? parent->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1100, screen.width() * 9 / 10), std::min(720, screen.height() * 9 / 10));
    }
}

void WhiteboardWindow::setQuestion(const QString &questionId)
{
    m_board->setQuestion(questionId);
    const auto question = m_library.questions().question(questionId);
    setWindowTitle(question ? tr("Whiteboard: %1").arg(question->title) : tr("Whiteboard"));
    // The board follows the question on show in the main window; this says which it is.
    m_title->setText(question ? tr("#%1 %2").arg(question->reference(), question->title) : QString());
}

void WhiteboardWindow::closeEvent(QCloseEvent *event)
{
    m_board->save();
    QSettings().setValue(kBoardGeometryKey, saveGeometry());
    QWidget::closeEvent(event);
}

} // namespace sdstudy::widgets
