#include "widgets/mockinterviewpanel.h"

#include "core/quizengine.h"
#include "core/studylibrary.h"
#include "widgets/markdownview.h"
#include "widgets/noteeditor.h"
#include "widgets/studycontrols.h"
#include "widgets/theme.h"
#include "widgets/whiteboard.h"
#include "widgets/whiteboardscene.h"
#include "widgets/windowsize.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QString gradeName(int rating)
{
    switch (rating) {
    case 1:
        return MockInterviewPanel::tr("Again");
    case 2:
        return MockInterviewPanel::tr("Hard");
    case 3:
        return MockInterviewPanel::tr("Good");
    case 4:
        return MockInterviewPanel::tr("Easy");
    }
    return MockInterviewPanel::tr("not graded");
}

} // namespace

MockInterviewPanel::MockInterviewPanel(core::StudyLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_interviewArea(new QWidget)
    , m_clockLabel(new QLabel)
    , m_pauseButton(new QToolButton)
    , m_earlierButton(new QToolButton)
    , m_stages(new QListWidget)
    , m_pad(new NoteEditor(library.attachments()))
    , m_work(new QTabWidget)
    , m_whiteboard(new Whiteboard(library))
    , m_status(new QLabel)
    , m_addToNote(new QPushButton(tr("&Add to My Note")))
    , m_answerButton(StudyControls::tallButton(tr("Show the Model Answer (Ctrl+Enter)")))
{
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
    m_earlierButton->setObjectName(QStringLiteral("mockEarlier"));
    m_earlierButton->setPopupMode(QToolButton::InstantPopup);
    m_earlierButton->setMenu(new QMenu(m_earlierButton));
    m_earlierButton->setToolTip(tr("Open an earlier attempt at this question"));
    connect(m_earlierButton->menu(), &QMenu::aboutToShow, this, &MockInterviewPanel::listEarlierAttempts);
    auto *clockRow = new QHBoxLayout;
    clockRow->addWidget(m_clockLabel, 1);
    clockRow->addWidget(m_earlierButton);
    clockRow->addWidget(m_pauseButton);

    m_stages->setObjectName(QStringLiteral("mockStages"));
    m_stages->setAccessibleName(tr("Interview stages"));
    for (const QString &stage : core::QuizEngine::mockStages()) {
        auto *item = new QListWidgetItem(stage, m_stages);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // As tall as its rows, so the scratch pad gets the rest.
    m_stages->setMaximumHeight(m_stages->sizeHintForRow(0) * (m_stages->count() + 1));

    m_pad->setObjectName(QStringLiteral("mockScratch"));
    m_pad->setAccessibleName(tr("Scratch pad"));
    m_pad->setTabChangesFocus(true);
    m_pad->setPlaceholderText(tr("Requirements, numbers, components, trade-offs… as you would say them. "
                                 "After the answer shows, add what you missed."));
    m_status->setObjectName(QStringLiteral("mockPadStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *padPage = new QWidget;
    auto *padLayout = new QVBoxLayout(padPage);
    padLayout->setContentsMargins(0, 0, 0, 0);
    padLayout->addWidget(m_status);
    padLayout->addWidget(m_pad, 1);
    // The pad for words and numbers, the whiteboard for the architecture.
    m_work->setObjectName(QStringLiteral("mockWork"));
    m_work->setDocumentMode(true);
    m_work->addTab(padPage, tr("Scratch &Pad"));
    m_work->addTab(m_whiteboard, tr("&Whiteboard"));
    m_whiteboard->setComparisonDrawsReference(false); // the answer shows it beside

    m_addToNote->setObjectName(QStringLiteral("mockAddToNote"));
    m_addToNote->setToolTip(tr("Append this attempt's scratch pad to your note on the question, with a heading "
                               "and the date"));
    connect(m_addToNote, &QPushButton::clicked, this, &MockInterviewPanel::appendToNote);
    m_answerButton->setObjectName(QStringLiteral("mockReveal"));
    connect(m_answerButton, &QPushButton::clicked, this, &MockInterviewPanel::answerRequested);
    // Ctrl+Enter from anywhere in the interview: the pad, the stages, the clock.
    for (QWidget *part : {static_cast<QWidget *>(this), m_interviewArea}) {
        StudyControls::onCtrlEnter(part, [this] {
            if (m_answerButton->isEnabled())
                Q_EMIT answerRequested();
        });
    }
    m_addToNote->setMinimumHeight(m_answerButton->minimumHeight());
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addToNote);
    buttons->addWidget(m_answerButton, 1);

    auto *interview = new QVBoxLayout(m_interviewArea);
    interview->setContentsMargins(0, 0, 0, 0);
    interview->addLayout(clockRow);
    interview->addWidget(heading(tr("Stages")));
    interview->addWidget(m_stages);
    interview->addStretch(1); // the room left under the question stays plain

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_work, 1);
    layout->addLayout(buttons);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MockInterviewPanel::updateClock);
    m_quiet.setSingleShot(true);
    connect(&m_quiet, &QTimer::timeout, this, &MockInterviewPanel::saveScratch);
    connect(m_pad, &QPlainTextEdit::textChanged, this, [this] {
        m_padChanged = true;
        m_addToNote->setEnabled(!m_pad->toPlainText().trimmed().isEmpty());
        // Saved once typing pauses, and at least every few seconds while it goes on.
        if (m_sinceSave.isValid() && m_sinceSave.elapsed() >= kLongestMs)
            saveScratch();
        else
            m_quiet.start(kQuietMs);
    });
    connect(m_stages, &QListWidget::itemChanged, this, [this] {
        QString error;
        if (m_engine && ensureAttempt()
            && !m_library.mockAttempts().saveProgress(*m_attempt, int(m_engine->interviewSpentMs() / 1000),
                                                      stagesDone(), &error))
            showStatus(tr("Not kept: %1").arg(error), true);
    });
}

MockInterviewPanel::~MockInterviewPanel()
{
    // What was typed in the last second is not lost when the window closes.
    if (!closeAttempt())
        qWarning("the scratch pad could not be saved: %s", qPrintable(m_status->text()));
    // The board goes now, while the attempt its saves write to is still known here
    // (a child widget would only go after this panel's members).
    delete m_whiteboard;
    m_whiteboard = nullptr;
}

void MockInterviewPanel::startQuestion(const QString &questionId)
{
    const bool reopening = m_reopenLastGraded && m_lastGraded && m_lastGraded->questionId == questionId;
    m_reopenLastGraded = false;
    if (reopening && m_attempt == m_lastGraded->id) {
        QString error;
        if (!m_library.mockAttempts().saveRating(*m_attempt, std::nullopt, &error))
            showStatus(tr("Not kept: %1").arg(error), true);
    } else if (!closeAttempt()) {
        // The last question's pad could not be kept: it stays on show, and goes
        // into this question's attempt rather than being lost.
        m_questionId = questionId;
        m_startedAt = QDateTime::currentDateTimeUtc();
        m_attempt.reset();
        m_padChanged = true;
    } else if (reopening) {
        reopen(m_lastGraded->id);
    } else {
        m_questionId = questionId;
        m_startedAt = QDateTime::currentDateTimeUtc();
        m_noteSection.clear();
        const QSignalBlocker quiet(m_stages);
        for (int i = 0; i < m_stages->count(); ++i)
            m_stages->item(i)->setCheckState(Qt::Unchecked);
        const QSignalBlocker quietPad(m_pad);
        m_pad->clear();
        m_padChanged = false;
        showStatus(QString());
    }
    if (reopening)
        m_lastGraded.reset();
    m_sinceSave.start();
    // The reference stays out of sight until the answer shows.
    m_whiteboard->setComparisonAllowed(false);
    m_whiteboard->open(attemptSketch());
    setEnabled(true); // again, after Ctrl+Z on the summary
    m_interviewArea->setEnabled(true);
    m_pad->setReadOnly(false);
    m_answerButton->setEnabled(true);
    m_answerButton->show();
    m_pauseButton->setEnabled(true);
    m_pauseButton->setText(tr("Pause"));
    m_addToNote->setEnabled(!m_pad->toPlainText().trimmed().isEmpty());
    listEarlierAttempts();
    m_tick.start();
    updateClock();
}

// The attempt whose grade was taken back, as it was: its pad and stages.
void MockInterviewPanel::reopen(qint64 id)
{
    const auto attempt = m_library.mockAttempts().get(id);
    QString error;
    if (!attempt || !m_library.mockAttempts().saveRating(id, std::nullopt, &error)) {
        showStatus(tr("Not kept: %1").arg(error), true);
        return;
    }
    m_attempt = id;
    m_questionId = attempt->questionId;
    m_startedAt = attempt->startedAt;
    m_noteSection.clear();
    const QSignalBlocker quiet(m_stages);
    for (int i = 0; i < m_stages->count(); ++i)
        m_stages->item(i)->setCheckState(attempt->stagesDone.contains(i) ? Qt::Checked : Qt::Unchecked);
    const QSignalBlocker quietPad(m_pad);
    m_pad->setPlainText(attempt->scratch);
    m_pad->moveCursor(QTextCursor::End);
    m_padChanged = false;
    showStatus(tr("Saved"));
}

bool MockInterviewPanel::ensureAttempt()
{
    if (m_attempt)
        return true;
    const auto question = m_library.questions().question(m_questionId);
    const qint64 budgetMs = m_engine ? m_engine->interviewRemainingMs() + m_engine->interviewSpentMs() : 0;
    QString error;
    m_attempt = m_library.mockAttempts().start(m_questionId, question ? question->conceptId : m_questionId, m_startedAt,
                                               int(budgetMs / 60000), &error);
    if (!m_attempt)
        showStatus(tr("Not kept: %1").arg(error), true);
    return m_attempt.has_value();
}

int MockInterviewPanel::stopForAnswer()
{
    m_tick.stop();
    updateClock();
    m_answerButton->setEnabled(false);
    m_answerButton->hide(); // shown: the grade buttons say what comes next
    m_pauseButton->setEnabled(false);
    const QList<int> done = stagesDone();
    m_whiteboard->save();
    m_whiteboard->setComparisonAllowed(true);
    if (!m_whiteboard->board()->sketch().isEmpty())
        m_whiteboard->showComparison(true);
    QString error;
    if (ensureAttempt() && m_engine
        && !m_library.mockAttempts().saveProgress(*m_attempt, int(m_engine->interviewSpentMs() / 1000), done, &error))
        showStatus(tr("Not kept: %1").arg(error), true);
    return int(done.size());
}

bool MockInterviewPanel::graded(int rating)
{
    if (!saveWork() || !ensureAttempt())
        return false;
    QString error;
    if (!m_library.mockAttempts().saveRating(*m_attempt, rating, &error)) {
        showStatus(tr("Not kept: %1").arg(error), true);
        return false;
    }
    m_lastGraded = Graded {*m_attempt, m_questionId};
    return true;
}

int MockInterviewPanel::stageCount() const
{
    return m_stages->count();
}

void MockInterviewPanel::finish()
{
    m_tick.stop();
    // Kept open: Ctrl+Z on the summary goes back to it.
    saveScratch();
    m_whiteboard->save();
    setEnabled(false);
    m_interviewArea->setEnabled(false);
}

bool MockInterviewPanel::saveWork()
{
    const bool pad = saveScratch();
    const bool board = m_whiteboard->save();
    return pad && board;
}

bool MockInterviewPanel::saveScratch()
{
    m_quiet.stop();
    if (!m_padChanged)
        return true;
    const QString text = m_pad->toPlainText();
    QString error;
    if (!m_attempt && text.trimmed().isEmpty()) {
        m_padChanged = false; // nothing to keep yet
        return true;
    }
    if (!ensureAttempt() || !m_library.mockAttempts().saveScratch(*m_attempt, text, &error)) {
        // Kept in the pad and tried again a little later; the question is not left meanwhile.
        if (!error.isEmpty())
            showStatus(tr("Not saved: %1").arg(error), true);
        m_quiet.start(kRetryMs);
        return false;
    }
    m_padChanged = false;
    m_sinceSave.start();
    showStatus(tr("Saved"));
    return true;
}

QWidget *MockInterviewPanel::scratchEditor() const
{
    return m_pad;
}

// The attempt on show is over: kept, unless nothing was written, covered or
// graded. False if its pad could not be saved (then it stays).
SketchSlot MockInterviewPanel::attemptSketch()
{
    // The attempt the board draws for, fixed now: made with the first thing to keep
    // while this question is on, and never another question's.
    auto attempt = std::make_shared<std::optional<qint64>>(m_attempt);
    const QString questionId = m_questionId;
    const QDateTime startedAt = m_startedAt;
    SketchSlot slot;
    slot.questionId = questionId;
    slot.load = [this, attempt](QString *) -> std::optional<core::Sketch> {
        const auto kept = *attempt ? m_library.mockAttempts().get(**attempt) : std::nullopt;
        return kept ? std::optional(kept->sketch) : std::nullopt;
    };
    slot.save = [this, attempt, questionId, startedAt](const core::Sketch &sketch, QString *error) {
        if (!*attempt) {
            if (sketch.isEmpty())
                return true; // nothing to keep yet
            if (questionId != m_questionId || startedAt != m_startedAt) {
                *error = tr("the interview on that question is over");
                return false;
            }
            if (!ensureAttempt()) {
                *error = m_status->text();
                return false;
            }
            *attempt = m_attempt;
        }
        return m_library.mockAttempts().saveSketch(**attempt, sketch, error);
    };
    return slot;
}

bool MockInterviewPanel::closeAttempt()
{
    m_whiteboard->save(); // before an empty attempt is taken away, its sketch is in it
    if (!saveScratch())
        return false;
    if (m_attempt && m_pad->toPlainText().trimmed().isEmpty()) {
        QString error;
        m_library.mockAttempts().removeIfEmpty(*m_attempt, &error);
    }
    m_attempt.reset();
    return true;
}

QList<int> MockInterviewPanel::stagesDone() const
{
    QList<int> done;
    for (int i = 0; i < m_stages->count(); ++i) {
        if (m_stages->item(i)->checkState() == Qt::Checked)
            done.append(i);
    }
    return done;
}

void MockInterviewPanel::appendToNote()
{
    if (!saveScratch())
        return;
    const QString pad = m_pad->toPlainText().trimmed();
    if (pad.isEmpty())
        return;
    const QString section
        = tr("### Mock interview, %1").arg(QLocale().toString(m_startedAt.toLocalTime().date(), QLocale::LongFormat))
        + QStringLiteral("\n\n") + pad + QLatin1Char('\n');
    // Added again from the same attempt, the section it wrote before is brought up
    // to date rather than repeated; the rest of the note is left exactly as it is.
    QString note = m_library.notes().get(m_questionId).value_or(core::Note {}).text;
    if (!m_noteSection.isEmpty() && note.contains(m_noteSection)) {
        note.replace(note.lastIndexOf(m_noteSection), m_noteSection.size(), section);
    } else if (note.trimmed().isEmpty()) {
        note = section;
    } else {
        note += (note.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n")) + section;
    }
    QString error;
    if (!m_library.notes().save(m_questionId, note, &error)) {
        showStatus(tr("Not added to your note: %1").arg(error), true);
        return;
    }
    m_noteSection = section;
    showStatus(tr("Added to your note"));
    m_addToNote->setEnabled(false); // until the pad changes again
}

void MockInterviewPanel::listEarlierAttempts()
{
    QMenu *menu = m_earlierButton->menu();
    menu->clear();
    const auto question = m_library.questions().question(m_questionId);
    QList<core::MockAttempt> earlier;
    if (question) {
        // The latest few: an import may bring hundreds, and a menu is for choosing.
        constexpr int kMostListed = 30;
        for (const core::MockAttempt &attempt :
             m_library.mockAttempts().latestFor(question->conceptId, kMostListed + 1)) {
            if (attempt.id != m_attempt.value_or(0))
                earlier.append(attempt);
        }
        earlier = earlier.mid(0, kMostListed);
    }
    m_earlierButton->setText(tr("Earlier Attempts (%1)").arg(earlier.size()));
    m_earlierButton->setVisible(!earlier.isEmpty());
    const QLocale locale;
    for (const core::MockAttempt &attempt : std::as_const(earlier)) {
        const QString text = tr("%1 · %2 min · %3")
                                 .arg(locale.toString(attempt.startedAt.toLocalTime(), QLocale::ShortFormat))
                                 .arg(std::max(1, (attempt.secondsUsed + 30) / 60))
                                 .arg(attempt.rating ? gradeName(*attempt.rating) : tr("not graded"));
        menu->addAction(text, this, [this, id = attempt.id] { showAttempt(id); });
    }
}

void MockInterviewPanel::showAttempt(qint64 id)
{
    const auto attempt = m_library.mockAttempts().get(id);
    if (!attempt)
        return;
    const QStringList stageNames = core::QuizEngine::mockStages();
    QStringList covered;
    for (int stage : attempt->stagesDone)
        covered.append(stageNames.value(stage));
    QString page
        = QStringLiteral("## %1\n\n")
              .arg(tr("Attempt of %1").arg(QLocale().toString(attempt->startedAt.toLocalTime(), QLocale::LongFormat)));
    page += tr("- Time: **%1 of %2 min**")
                .arg(std::max(1, (attempt->secondsUsed + 30) / 60))
                .arg(attempt->minutesAllowed)
        + QLatin1Char('\n');
    page += tr("- Stages covered: **%1 of %2**").arg(covered.size()).arg(stageNames.size())
        + (covered.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(covered.join(QStringLiteral(", "))))
        + QLatin1Char('\n');
    page += tr("- Graded: **%1**").arg(attempt->rating ? gradeName(*attempt->rating) : tr("not graded"))
        + QStringLiteral("\n\n---\n\n");
    page += attempt->scratch.trimmed().isEmpty() ? tr("*Nothing was written on the pad.*") : attempt->scratch;

    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Earlier Attempt"));
    auto *view = new MarkdownView;
    view->setAttachmentSource(m_library.attachments().reader());
    view->showMarkdown(page);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    WindowSize::fitToScreen(dialog, QSize(640, 520));
    dialog->show();
}

void MockInterviewPanel::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    if (problem) {
        m_status->setStyleSheet(
            QStringLiteral("color: %1")
                .arg(Theme::readable(QColor(217, 83, 79), palette().color(QPalette::Window)).name()));
    } else {
        m_status->setStyleSheet(QString());
    }
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
