#pragma once

#include "core/questionstore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sdstudy::core {
class StudyLibrary;
}

namespace sdstudy::widgets {

// "Same Question As…": the person finds, by searching as in the window, the
// question that asks what this one does. Questions of its own concept are not
// offered; the first phrasing of each concept stands for it.
class ConceptJoinDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConceptJoinDialog)

public:
    ConceptJoinDialog(core::StudyLibrary &library, const core::QuestionRecord &question, QWidget *parent = nullptr);

    // The stable id chosen; empty until one is.
    QString chosenId() const;
    // Searches as if the person had typed `text` (the dialog starts with the title's words).
    void search(const QString &text);

private:
    core::StudyLibrary &m_library;
    QString m_conceptId;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_empty; // says when a search finds nothing
    QDialogButtonBox *m_buttons;
};

} // namespace sdstudy::widgets
