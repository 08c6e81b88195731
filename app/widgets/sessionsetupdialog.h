#pragma once

#include "core/quizengine.h"
#include "core/quizplan.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;
class StudyLibrary;

// Chooses what a sitting draws from (scope), how many questions and the mode,
// and says how many questions that makes before the person starts.
class SessionSetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSetupDialog)

public:
    SessionSetupDialog(StudyLibrary &library, const QString &topic, QWidget *parent = nullptr);

    QuizScope scope() const;
    QuizMode mode() const;
    QStringList plan() const { return m_plan.concepts; }

private:
    void updatePlan();
    QStringList checkedTopics() const;

    StudyLibrary &m_library;
    QComboBox *m_scope;
    QListWidget *m_topics;
    QSpinBox *m_size;
    QComboBox *m_mode;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
    QuizPlan m_plan;
};
