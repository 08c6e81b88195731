#include "widgets/studylauncher.h"
#include "widgets/diagramcardsdialog.h"
#include "widgets/estimationdrilldialog.h"

#include "core/database.h"
#include "core/librarychanges.h"
#include "core/quizplan.h"
#include "core/studylibrary.h"
#include "core/studysettings.h"
#include "widgets/interviewdatesdialog.h"
#include "widgets/progressdashboard.h"
#include "widgets/sessionsetupdialog.h"
#include "widgets/studydialog.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>

namespace sdstudy::widgets {

StudyLauncher::StudyLauncher(core::StudyLibrary &library, QWidget *window, Hooks hooks)
    : QObject(window)
    , m_library(library)
    , m_window(window)
    , m_hooks(std::move(hooks))
{
    m_recount.setInterval(60 * 1000);
    connect(&m_recount, &QTimer::timeout, this, &StudyLauncher::showDueCounts);
    const core::LibraryChanges &changes = library.database().changes();
    connect(&changes, &core::LibraryChanges::reviewsChanged, this, &StudyLauncher::showDueCounts);
    connect(&changes, &core::LibraryChanges::banksChanged, this, &StudyLauncher::showDueCounts);
}

void StudyLauncher::addActionsTo(QMenu *menu, QToolBar *toolBar)
{
    struct Entry
    {
        QString text;
        core::QuizMode mode;
        QKeySequence keys;
        const char *name;
    };
    const QList<Entry> modes = {
        {tr("Study &Now (Recall)"), core::QuizMode::Recall, QKeySequence(Qt::Key_F5), "studyNow"},
        {tr("&Multiple Choice"), core::QuizMode::Choice, QKeySequence(Qt::SHIFT | Qt::Key_F5), "studyChoice"},
        {tr("&Typed Recall"), core::QuizMode::Typed, QKeySequence(Qt::CTRL | Qt::Key_F5), "studyTyped"},
    };
    for (const Entry &entry : modes) {
        QAction *action
            = menu->addAction(entry.text, this, [this, mode = entry.mode] { run(core::QuizScope(), mode); });
        action->setShortcut(entry.keys);
        action->setObjectName(QLatin1String(entry.name));
        if (entry.mode == core::QuizMode::Recall) {
            action->setIcon(Theme::icon(QStringLiteral("media-playback-start")));
            action->setToolTip(tr("Due questions, then today's new ones (F5)"));
            toolBar->addAction(action);
            m_studyNow = action;
        }
    }
    QAction *mock = menu->addAction(tr("Mock &Interview"), this, &StudyLauncher::mockInterview);
    mock->setShortcut(QKeySequence(Qt::ALT | Qt::Key_F5));
    mock->setObjectName(QStringLiteral("studyMock"));
    mock->setIcon(Theme::icon(QStringLiteral("chronometer")));
    mock->setToolTip(tr("A timed “Design …” question with a scratch pad: the one on show, or the next one due"));
    menu->addSeparator();
    QAction *choose = menu->addAction(tr("&Start Session…"), this, [this] { chooseSession(); });
    choose->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    choose->setObjectName(QStringLiteral("studyChoose"));
    choose->setIcon(Theme::icon(QStringLiteral("view-list-details")));
    choose->setToolTip(tr("Choose topics, bookmarks, weak or missed questions, the size and the mode"));
    toolBar->addAction(choose);
    toolBar->addAction(mock);
    QAction *cards = menu->addAction(tr("Dia&gram Cards…"), this, [this] {
        DiagramCardsDialog dialog(m_library, m_window);
        dialog.exec();
    });
    cards->setObjectName(QStringLiteral("diagramCards"));
    cards->setToolTip(tr("Diagrams with one component hidden: name it, then grade yourself"));
    QAction *drill = menu->addAction(tr("&Estimation Drill…"), this, [this] {
        EstimationDrillDialog dialog(m_library, m_window);
        dialog.exec();
    });
    drill->setObjectName(QStringLiteral("estimationDrill"));
    drill->setToolTip(tr("Back-of-the-envelope problems with fresh numbers: QPS, storage, bandwidth, servers, "
                         "shards, partitions, latency"));
    QAction *interviews = menu->addAction(tr("Interview &Dates…"), this, [this] {
        if (InterviewDatesDialog(m_library, m_window).exec() == QDialog::Accepted)
            showDueCounts();
    });
    interviews->setObjectName(QStringLiteral("interviewDates"));
    menu->addSeparator();
    QAction *progress = menu->addAction(tr("&Progress"), this, &StudyLauncher::showProgress);
    progress->setShortcut(QKeySequence(Qt::Key_F6));
    progress->setObjectName(QStringLiteral("showProgress"));
    progress->setIcon(Theme::icon(QStringLiteral("office-chart-bar")));
    progress->setToolTip(tr("Reviews, forecast, mastery and retention per topic (F6)"));
    toolBar->addAction(progress);
    QTimer::singleShot(0, this, &StudyLauncher::showDueCounts); // after the first paint
}

void StudyLauncher::showDueCounts()
{
    // Not after each answer of a sitting (a plan of the whole bank, which grows with
    // it): the window under the sitting is recounted once the sitting closes.
    if (!m_studyNow || QApplication::activeModalWidget())
        return;
    const core::QuizPlan plan = m_library.planner().plan(core::QuizScope(), QDateTime::currentDateTimeUtc(),
                                                         core::StudySettings::load().newPerDay);
    // Cards brought forward for an interview count as due.
    m_studyNow->setIconText(plan.due + plan.ahead + plan.fresh == 0
                                ? tr("Study Now · all done")
                                : tr("Study Now · %1 due · %2 new").arg(plan.due + plan.ahead).arg(plan.fresh));
    m_recount.start();
}

void StudyLauncher::showProgress()
{
    ProgressDashboard(m_library, m_window).exec();
}

void StudyLauncher::chooseSession(const QString &topic)
{
    m_hooks.before();
    SessionSetupDialog setup(m_library, topic, m_window);
    if (setup.exec() == QDialog::Accepted)
        runPlan(setup.plan(), setup.mode());
}

void StudyLauncher::run(const core::QuizScope &scope, core::QuizMode mode)
{
    m_hooks.before();
    runPlan(m_library.planner()
                .plan(scope, QDateTime::currentDateTimeUtc(), core::StudySettings::load().newPerDay)
                .concepts,
            mode);
}

void StudyLauncher::mockInterview()
{
    // The design question on show, else the design question most in need of practice.
    const QString current = m_hooks.currentQuestion();
    const auto question = m_library.questions().question(current);
    if (question && core::QuizPlanner::isDesignQuestion(question->title)) {
        m_hooks.before();
        runPlan({question->conceptId}, core::QuizMode::Mock);
        return;
    }
    core::QuizScope scope;
    scope.kind = core::QuizScope::Kind::All;
    scope.designOnly = true;
    scope.size = 1;
    run(scope, core::QuizMode::Mock);
}

void StudyLauncher::runPlan(const QStringList &plan, core::QuizMode mode)
{
    const core::StudySettings settings = core::StudySettings::load();
    m_library.setSchedulerParameters(settings.schedulerParameters());
    StudyDialog dialog(m_library, mode, plan, m_window, settings.mockMinutes);
    bool practiseMisses = false;
    connect(&dialog, &StudyDialog::practiseMissesRequested, this, [&practiseMisses] { practiseMisses = true; });
    if (m_hooks.sitting)
        m_hooks.sitting(true);
    dialog.exec();
    if (m_hooks.sitting)
        m_hooks.sitting(false);
    showDueCounts();
    if (const QString asked = dialog.questionAskedFor(); !asked.isEmpty() && m_hooks.showQuestion)
        m_hooks.showQuestion(asked);
    if (practiseMisses)
        runPlan(dialog.missed(), mode == core::QuizMode::Mock ? core::QuizMode::Recall : mode);
}

} // namespace sdstudy::widgets
