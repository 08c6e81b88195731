#pragma once

#include "core/quizengine.h"
#include "core/quizplan.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::widgets {

// Chooses what a sitting draws from (scope), how many questions and the mode,
// and says how many questions that makes before the person starts.
class SessionSetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSetupDialog)

public:
    SessionSetupDialog(core::StudyLibrary &library, const QString &topic, QWidget *parent = nullptr);

    core::QuizScope scope() const;
    core::QuizMode mode() const;
    QStringList plan() const { return m_plan.concepts; }

private:
    void updatePlan();
    QStringList checkedTopics() const;

    core::StudyLibrary &m_library;
    QComboBox *m_scope;
    QListWidget *m_topics;
    QSpinBox *m_size;
    QComboBox *m_mode;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
    core::QuizPlan m_plan;
};

} // namespace sdstudy::widgets
