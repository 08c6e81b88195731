#include "widgets/bankactions.h"

#include "core/studylibrary.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoCommand>
#include <QUndoStack>

namespace sdstudy::widgets {

namespace {

// The removal of a bank; undo imports it again, under its key and name, from the
// text it came from, so its questions get their ids back and with them the
// person's notes, bookmarks and answers, which were never deleted.
class RemoveBankCommand final : public QUndoCommand
{
public:
    RemoveBankCommand(core::StudyLibrary &library, const QString &key, const QString &name,
                      std::function<void(const QString &)> report)
        : QUndoCommand(QCoreApplication::translate("BankActions", "Remove Bank \u201c%1\u201d").arg(name))
        , m_library(library)
        , m_key(key)
        , m_report(std::move(report))
    { }

    void redo() override
    {
        QString error;
        if (const auto removed = m_library.banks().remove(m_key, &error)) {
            m_removed = *removed;
            m_report(QCoreApplication::translate("BankActions", "Bank removed. Undo (Ctrl+Z) brings it back."));
        } else {
            setObsolete(true);
            m_report(QCoreApplication::translate("BankActions", "The bank was not removed: %1").arg(error));
        }
    }

    void undo() override
    {
        const auto outcome = m_library.restoreBank(m_removed);
        if (outcome.error.isEmpty()) {
            m_report(QCoreApplication::translate("BankActions", "Bank brought back."));
            return;
        }
        // Not back: a redo must not remove whatever has the key now.
        setObsolete(true);
        m_report(
            QCoreApplication::translate("BankActions", "The bank could not be brought back: %1").arg(outcome.error));
    }

private:
    core::StudyLibrary &m_library;
    QString m_key;
    core::BankImporter::Source m_removed;
    std::function<void(const QString &)> m_report;
};

} // namespace

BankActions::BankActions(core::StudyLibrary &library, QUndoStack &undoStack, QWidget *window,
                         std::function<void(const QString &)> showStatus)
    : QObject(window)
    , m_library(library)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_showStatus(std::move(showStatus))
{ }

void BankActions::showMenu(const QString &bankKey, const QPoint &globalPosition)
{
    const auto bank = m_library.banks().bank(bankKey);
    if (!bank)
        return;
    auto *menu = new QMenu(m_window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Rename Bank\u2026"), this, [this, bankKey] { rename(bankKey); });
    QAction *removal = menu->addAction(tr("Re&move Bank\u2026"), this, [this, bankKey] { remove(bankKey); });
    removal->setEnabled(!bank->bundled);
    if (bank->bundled)
        removal->setToolTip(tr("The bundled bank stays"));
    menu->popup(globalPosition);
}

void BankActions::rename(const QString &bankKey)
{
    const auto bank = m_library.banks().bank(bankKey);
    if (!bank)
        return;
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Rename Bank"));
    dialog.setLabelText(tr("Name of the bank:"));
    dialog.setTextValue(bank->name);
    // Wide enough for a bank's name as files and decks give it.
    dialog.resize(std::max(dialog.sizeHint().width(), dialog.fontMetrics().averageCharWidth() * 60),
                  dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.textValue();
    if (name.simplified() == bank->name)
        return;
    QString error;
    if (!m_library.banks().rename(bankKey, name, &error))
        QMessageBox::warning(m_window, tr("Rename Failed"), error);
}

bool BankActions::confirm(QMessageBox::Icon icon, const QString &question, const QString &details)
{
    QMessageBox box(icon, tr("Remove Bank"), question, QMessageBox::Cancel, m_window);
    box.setInformativeText(details);
    QPushButton *removeButton = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == removeButton;
}

void BankActions::remove(const QString &bankKey)
{
    const auto bank = m_library.banks().bank(bankKey);
    if (!bank || bank->bundled)
        return;
    const core::BankUse use = m_library.banks().useOf(bankKey);
    if (!bank->restorable) {
        // Imported by an older version, which kept no text to bring it back from.
        if (!confirm(QMessageBox::Warning, tr("Remove \u201c%1\u201d? This cannot be undone.").arg(bank->name),
                     tr("It was imported by an earlier version of the app, which kept no copy of it. Your notes, "
                        "bookmarks and answers on it are kept, and come back if you import its file again.")))
            return;
        QString error;
        m_showStatus(m_library.banks().remove(bankKey, &error) ? tr("Bank removed.")
                                                               : tr("The bank was not removed: %1").arg(error));
        return;
    }
    if (!use.isEmpty()
        && !confirm(QMessageBox::Question,
                    tr("Remove \u201c%1\u201d and its %n question(s)?", nullptr, bank->questionCount).arg(bank->name),
                    tr("You have %1 on its questions. They are kept, and come back if you undo or import the bank "
                       "again.")
                        .arg(use.described())))
        return;
    m_undoStack.push(new RemoveBankCommand(m_library, bankKey, bank->name, m_showStatus));
}

} // namespace sdstudy::widgets
