#include "widgets/questionhistory.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QWidget>

namespace sdstudy::widgets {

namespace {
// Enough for a long evening of reading; the oldest go first.
constexpr qsizetype kMostEntries = 200;
} // namespace

QuestionHistory::QuestionHistory(QWidget *window, std::function<bool(const QString &)> open)
    : QObject(window)
    , m_window(window)
    , m_open(std::move(open))
    , m_back(new QAction(tr("&Back"), this))
    , m_forward(new QAction(tr("&Forward"), this))
{
    m_back->setObjectName(QStringLiteral("historyBack"));
    m_back->setShortcuts(QKeySequence::Back);
    m_back->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    m_back->setToolTip(tr("Back to the question read before"));
    m_forward->setObjectName(QStringLiteral("historyForward"));
    m_forward->setShortcuts(QKeySequence::Forward);
    m_forward->setIcon(QIcon::fromTheme(QStringLiteral("go-next")));
    m_forward->setToolTip(tr("Forward to the question read next"));
    connect(m_back, &QAction::triggered, this, &QuestionHistory::goBack);
    connect(m_forward, &QAction::triggered, this, &QuestionHistory::goForward);
    updateActions();
    // The mouse's side buttons reach whichever widget is under the pointer, and
    // most of them accept the press; only the application sees every one.
    qApp->installEventFilter(this);
}

void QuestionHistory::visit(const QString &id)
{
    if (id.isEmpty() || (m_position >= 0 && m_entries.at(m_position) == id))
        return;
    m_entries.resize(m_position + 1);
    m_entries.append(id);
    if (m_entries.size() > kMostEntries)
        m_entries.removeFirst();
    m_position = m_entries.size() - 1;
    updateActions();
}

void QuestionHistory::goBack()
{
    step(-1);
}

void QuestionHistory::goForward()
{
    step(+1);
}

void QuestionHistory::step(int direction)
{
    qsizetype next = m_position + direction;
    while (next >= 0 && next < m_entries.size()) {
        const qsizetype from = m_position;
        // Moved first: opening the question reports it as visited, which must
        // find it current and record nothing.
        m_position = next;
        if (m_open(m_entries.at(next)))
            break;
        // Gone with its bank: dropped, and the walk goes on past it.
        m_entries.removeAt(next);
        m_position = from > next ? from - 1 : from;
        if (direction < 0)
            --next;
    }
    updateActions();
}

void QuestionHistory::addTo(QMenu *menu) const
{
    menu->addAction(m_back);
    menu->addAction(m_forward);
}

void QuestionHistory::updateActions()
{
    m_back->setEnabled(m_position > 0);
    m_forward->setEnabled(m_position + 1 < m_entries.size());
}

bool QuestionHistory::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::MouseButtonPress || !watched->isWidgetType())
        return false;
    const auto *press = static_cast<QMouseEvent *>(event);
    if (press->button() != Qt::BackButton && press->button() != Qt::ForwardButton)
        return false;
    // Only over this window, not over a study sitting or a dialog it opened.
    if (static_cast<QWidget *>(watched)->window() != m_window)
        return false;
    step(press->button() == Qt::BackButton ? -1 : +1);
    return true;
}

} // namespace sdstudy::widgets
