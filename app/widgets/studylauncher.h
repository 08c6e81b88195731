#pragma once

#include "core/quizengine.h"
#include "core/quizplan.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::widgets {

// Starts sittings from the window: Study now in each mode, a chosen scope, a
// topic, a mock interview, or the last sitting's misses. The window tells it how
// to save what is being typed before; what a sitting changes reaches the window's
// views through LibraryChanges.
class StudyLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyLauncher)

public:
    struct Hooks
    {
        std::function<void()> before;                      // save the note being typed
        std::function<QString()> currentQuestion;          // for a mock interview of the question on show
        std::function<void(const QString &)> showQuestion; // a missed question clicked on the summary
        std::function<void(bool)> sitting; // a sitting starts (true) or ends: answers out of sight meanwhile
    };

    StudyLauncher(core::StudyLibrary &library, QWidget *window, Hooks hooks);

    void addActionsTo(QMenu *menu, QToolBar *toolBar);
    // The setup dialog, with `topic` ticked if one is given.
    void chooseSession(const QString &topic = QString());
    void run(const core::QuizScope &scope, core::QuizMode mode);
    void showProgress();

private:
    void runPlan(const QStringList &plan, core::QuizMode mode);
    // "Study Now · 12 due · 20 new" on the toolbar: what F5 would ask now.
    void showDueCounts();
    void mockInterview();

    core::StudyLibrary &m_library;
    QWidget *m_window;
    Hooks m_hooks;
    QAction *m_studyNow = nullptr;
    QTimer m_recount; // due times pass while the window is open
};

} // namespace sdstudy::widgets
