#include "widgets/conceptactions.h"

#include "widgets/conceptjoindialog.h"

#include "core/conceptoverrides.h"
#include "core/studylibrary.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QUndoCommand>
#include <QUndoStack>

namespace sdstudy::widgets {

namespace {

// A change already made (a split or a join): undo puts the choices of the
// questions it touched back as they were, with their concepts' schedules; redo as
// they were after. Choices on other questions (a progress file's) are left alone.
class ChangeConceptsCommand final : public QUndoCommand
{
public:
    using Report = std::function<void(const QString &error)>;

    ChangeConceptsCommand(core::StudyLibrary &library, core::ConceptOverrides::Snapshot before,
                          core::ConceptOverrides::Snapshot after, const QString &text, Report report)
        : QUndoCommand(text)
        , m_library(library)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_report(std::move(report))
    { }

    void redo() override
    {
        if (std::exchange(m_done, false))
            return; // made before it was pushed
        apply(m_after);
    }
    void undo() override { apply(m_before); }

private:
    void apply(const core::ConceptOverrides::Snapshot &snapshot)
    {
        QString error;
        if (!core::ConceptOverrides(m_library.database()).restore(snapshot, &error)) {
            m_report(error);
            setObsolete(true);
        }
    }

    core::StudyLibrary &m_library;
    core::ConceptOverrides::Snapshot m_before, m_after;
    Report m_report;
    bool m_done = true;
};

// Every phrasing of the concepts these questions are in.
QStringList phrasingsAround(core::StudyLibrary &library, const QStringList &questionIds)
{
    QStringList ids;
    for (const QString &id : questionIds) {
        if (const auto question = library.questions().question(id)) {
            for (const QString &phrasing : library.questions().phrasingsOf(question->conceptId)) {
                if (!ids.contains(phrasing))
                    ids.append(phrasing);
            }
        }
    }
    return ids;
}

} // namespace

ConceptActions::ConceptActions(core::StudyLibrary &library, QUndoStack &undoStack, QWidget *window, Hooks hooks)
    : QObject(window)
    , m_library(library)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_hooks(std::move(hooks))
{
    m_split = new QAction(tr("&Not the Same Question"), this);
    m_split->setObjectName(QStringLiteral("conceptSplit"));
    m_split->setToolTip(tr("Take this question out of its concept: it becomes a card of its own, with the schedule "
                           "it had"));
    connect(m_split, &QAction::triggered, this, &ConceptActions::splitCurrent);
    m_join = new QAction(tr("Same &Question As…"), this);
    m_join->setObjectName(QStringLiteral("conceptJoin"));
    m_join->setToolTip(tr("Fold this question and another that asks the same into one card"));
    connect(m_join, &QAction::triggered, this, &ConceptActions::joinCurrent);
}

void ConceptActions::addTo(QMenu *menu)
{
    menu->addAction(m_split);
    menu->addAction(m_join);
    updateEnabled();
}

void ConceptActions::updateEnabled()
{
    const auto question = m_library.questions().question(m_hooks.currentQuestion());
    m_split->setEnabled(question && !question->otherPhrasings.isEmpty());
    m_join->setEnabled(question.has_value());
}

void ConceptActions::splitCurrent()
{
    const auto question = m_library.questions().question(m_hooks.currentQuestion());
    if (!question || question->otherPhrasings.isEmpty())
        return;
    core::ConceptOverrides overrides(m_library.database());
    const QStringList touched = phrasingsAround(m_library, {question->id});
    const auto before = overrides.snapshot(touched);
    QString error;
    if (!overrides.split(question->id, &error)) {
        QMessageBox::warning(m_window, tr("Concept Not Changed"),
                             tr("The question could not be split:\n%1").arg(error));
        return;
    }
    const QString name = question->reference();
    m_undoStack.push(new ChangeConceptsCommand(
        m_library, before, overrides.snapshot(touched), tr("Not the Same Question #%1").arg(name),
        [this](const QString &failure) { QMessageBox::warning(m_window, tr("Concept Not Changed"), failure); }));
    m_hooks.showMessage(
        tr("#%1 is a card of its own now, with the schedule it had (Edit > Undo takes it back)").arg(name));
    updateEnabled();
}

void ConceptActions::joinCurrent()
{
    const auto question = m_library.questions().question(m_hooks.currentQuestion());
    if (!question)
        return;
    ConceptJoinDialog dialog(m_library, *question, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenId().isEmpty())
        return;
    const auto other = m_library.questions().question(dialog.chosenId());
    core::ConceptOverrides overrides(m_library.database());
    const QStringList touched = phrasingsAround(m_library, {question->id, dialog.chosenId()});
    const auto before = overrides.snapshot(touched);
    QString error;
    if (!other || !overrides.join(question->id, other->id, &error)) {
        QMessageBox::warning(m_window, tr("Concept Not Changed"),
                             tr("The questions could not be folded into one:\n%1").arg(error));
        return;
    }
    m_undoStack.push(new ChangeConceptsCommand(
        m_library, before, overrides.snapshot(touched),
        tr("Same Question #%1 and #%2").arg(question->reference(), other->reference()),
        [this](const QString &failure) { QMessageBox::warning(m_window, tr("Concept Not Changed"), failure); }));
    m_hooks.showMessage(
        tr("#%1 and #%2 are one card now (Edit > Undo takes it back)").arg(question->reference(), other->reference()));
    updateEnabled();
}

} // namespace sdstudy::widgets
