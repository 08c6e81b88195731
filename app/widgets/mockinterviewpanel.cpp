#include "widgets/mockinterviewpanel.h"

#include "core/quizengine.h"
#include "core/studylibrary.h"
#include "widgets/notespane.h"
#include "widgets/studycontrols.h"
#include "widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace sdstudy::widgets {

MockInterviewPanel::MockInterviewPanel(core::StudyLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_clockLabel(new QLabel)
    , m_pauseButton(new QToolButton)
    , m_stages(new QListWidget)
    , m_scratch(new NotesPane(library.notes(), library.attachments()))
    , m_answerButton(StudyControls::tallButton(tr("Show the Model Answer (Ctrl+Enter)")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_clockLabel->setObjectName(QStringLiteral("mockClock"));
    QFont big = m_clockLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_clockLabel->setFont(big);
    m_pauseButton->setObjectName(QStringLiteral("mockPause"));
    m_pauseButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setToolTip(tr("Pause or resume the clock (Ctrl+Space)"));
    connect(m_pauseButton, &QToolButton::clicked, this, &MockInterviewPanel::togglePause);
    auto *pause = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space), this);
    pause->setContext(Qt::WindowShortcut);
    connect(pause, &QShortcut::activated, this, &MockInterviewPanel::togglePause);
    auto *clockRow = new QHBoxLayout;
    clockRow->addWidget(m_clockLabel, 1);
    clockRow->addWidget(m_pauseButton);
    layout->addLayout(clockRow);

    auto *stagesTitle = new QLabel(tr("Stages"));
    stagesTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    layout->addWidget(stagesTitle);
    m_stages->setObjectName(QStringLiteral("mockStages"));
    m_stages->setAccessibleName(tr("Interview stages"));
    for (const QString &stage : core::QuizEngine::mockStages()) {
        auto *item = new QListWidgetItem(stage, m_stages);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // As tall as its rows, so the scratch pad gets the rest.
    m_stages->setMaximumHeight(m_stages->sizeHintForRow(0) * (m_stages->count() + 1));
    layout->addWidget(m_stages);

    auto *scratchTitle = new QLabel(tr("Scratch pad (kept as your note on this question)"));
    scratchTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    scratchTitle->setWordWrap(true);
    layout->addWidget(scratchTitle);
    m_scratch->setObjectName(QStringLiteral("mockScratch"));
    layout->addWidget(m_scratch, 1);
    m_answerButton->setObjectName(QStringLiteral("mockReveal"));
    connect(m_answerButton, &QPushButton::clicked, this, &MockInterviewPanel::answerRequested);
    layout->addWidget(m_answerButton);
    StudyControls::onCtrlEnter(this, [this] { Q_EMIT answerRequested(); });

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MockInterviewPanel::updateClock);
}

void MockInterviewPanel::startQuestion(const QString &questionId)
{
    for (int i = 0; i < m_stages->count(); ++i)
        m_stages->item(i)->setCheckState(Qt::Unchecked);
    m_scratch->setQuestion(questionId);
    m_scratch->editor()->moveCursor(QTextCursor::End); // go on from an earlier attempt
    setEnabled(true);                                  // again, after Ctrl+Z on the summary
    m_scratch->setEnabled(true);
    m_answerButton->setEnabled(true);
    m_pauseButton->setEnabled(true);
    m_pauseButton->setText(tr("Pause"));
    m_tick.start();
    updateClock();
}

int MockInterviewPanel::stopForAnswer()
{
    m_tick.stop();
    updateClock();
    m_scratch->setEnabled(false);
    m_answerButton->setEnabled(false);
    m_pauseButton->setEnabled(false);
    int done = 0;
    for (int i = 0; i < m_stages->count(); ++i)
        done += m_stages->item(i)->checkState() == Qt::Checked ? 1 : 0;
    return done;
}

int MockInterviewPanel::stageCount() const
{
    return m_stages->count();
}

void MockInterviewPanel::finish()
{
    m_tick.stop();
    m_scratch->setQuestion(QString());
    setEnabled(false);
}

bool MockInterviewPanel::saveScratch()
{
    return m_scratch->saveNow();
}

QWidget *MockInterviewPanel::scratchEditor() const
{
    return m_scratch->editor();
}

void MockInterviewPanel::updateClock()
{
    if (!m_engine)
        return;
    const qint64 ms = m_engine->interviewRemainingMs();
    const qint64 seconds = std::abs(ms) / 1000;
    const QString time = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    m_clockLabel->setText(ms >= 0 ? time : tr("%1 over").arg(time));
    // Over time in red, made light or dark enough to read on this window's background.
    const QColor overTime = Theme::readable(QColor(217, 83, 79), palette().color(QPalette::Window));
    m_clockLabel->setStyleSheet(ms >= 0 ? QString() : QStringLiteral("color: %1").arg(overTime.name()));
}

void MockInterviewPanel::togglePause()
{
    if (!m_engine || !m_pauseButton->isEnabled())
        return;
    m_pauseButton->setText(m_engine->toggleInterviewPause() ? tr("Pause") : tr("Resume"));
    updateClock();
}

} // namespace sdstudy::widgets
