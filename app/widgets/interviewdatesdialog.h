#pragma once

#include "core/interviewreadiness.h"

#include <QDialog>

class QDateEdit;
class QDoubleSpinBox;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace sdstudy::core {
class StudyLibrary;
}

namespace sdstudy::widgets {

// Study > Interview Dates: the days the person prepares for (a phone screen, then
// an onsite), each with the topics that matter and the recall wanted on the day.
// Kept when OK is pressed; Study Now and Progress follow the soonest one ahead.
class InterviewDatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewDatesDialog)

public:
    explicit InterviewDatesDialog(core::StudyLibrary &library, QWidget *parent = nullptr);

    void accept() override;
    QList<core::Interview> interviews() const { return m_interviews; }

private:
    void showList();
    void showSelected();
    void editSelected();
    void add();
    void remove();
    int selectedRow() const;

    core::StudyLibrary &m_library;
    QList<core::Interview> m_interviews;
    QTreeWidget *m_list = nullptr;
    QDateEdit *m_date = nullptr;
    QListWidget *m_topics = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_showing = false; // while the editor is filled from the list, edits are not taken back
};

} // namespace sdstudy::widgets
