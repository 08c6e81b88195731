#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace sdstudy::widgets {

class SchedulerFitter;
class SchedulerPage;

// The person's choices, one tab per area; applied when OK is pressed and kept
// with QSettings.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // defaultBackupFolder: where backups go when no folder is chosen.
    // fitter: fits the scheduler to the person's answers (the Memory Model page).
    PreferencesDialog(const QString &defaultBackupFolder, SchedulerFitter &fitter, QWidget *parent = nullptr);

    void accept() override;

private:
    QWidget *makeAppearancePage();
    QWidget *makeStudyPage();
    QWidget *makeDataPage();
    void restoreDefaults();

    QString m_defaultBackupFolder;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QSpinBox *m_newPerDay = nullptr;
    QDoubleSpinBox *m_retention = nullptr;
    QSpinBox *m_maximumInterval = nullptr;
    QCheckBox *m_fuzz = nullptr;
    QSpinBox *m_sessionSize = nullptr;
    QSpinBox *m_mockMinutes = nullptr;
    QCheckBox *m_notesAutosave = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QSpinBox *m_recentBackups = nullptr;
    SchedulerFitter &m_fitter;
    SchedulerPage *m_scheduler = nullptr;
};

} // namespace sdstudy::widgets
