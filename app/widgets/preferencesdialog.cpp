#include "widgets/preferencesdialog.h"

#include "core/backupsettings.h"
#include "core/studysettings.h"
#include "core/translations.h"
#include "widgets/notespane.h"
#include "widgets/retentionadvisor.h"
#include "widgets/schedulerfitter.h"
#include "widgets/schedulerpage.h"
#include "widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sdstudy::widgets {

PreferencesDialog::PreferencesDialog(const QString &defaultBackupFolder, SchedulerFitter &fitter, QWidget *parent)
    : QDialog(parent)
    , m_defaultBackupFolder(defaultBackupFolder)
    , m_fitter(fitter)
    , m_scheduler(new SchedulerPage(fitter))
{
    setWindowTitle(tr("Preferences"));
    auto *tabs = new QTabWidget;
    tabs->addTab(makeAppearancePage(), tr("&Appearance"));
    tabs->addTab(makeStudyPage(), tr("&Study"));
    tabs->addTab(m_scheduler, tr("Sc&heduler"));
    tabs->addTab(makeDataPage(), tr("&Data"));
    auto *buttons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

QWidget *PreferencesDialog::makeAppearancePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("As the desktop"), int(Theme::Choice::System));
    m_theme->addItem(tr("Light"), int(Theme::Choice::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Choice::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(Theme::saved())));
    form->addRow(tr("&Colours:"), m_theme);

    m_fontSize = new QSpinBox;
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(0, 32);
    m_fontSize->setSpecialValueText(tr("As the desktop"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(Theme::savedFontSize());
    form->addRow(tr("&Text size:"), m_fontSize);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the desktop"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en")); // each language in its own words
    for (const auto &language : core::Translations::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(core::Translations::savedChoice())));
    form->addRow(tr("&Language:"), m_language);
    auto *restartNote = new QLabel(tr("A new language shows the next time the app starts."));
    restartNote->setWordWrap(true);
    restartNote->setEnabled(false); // the palette's quieter text colour
    form->addRow(QString(), restartNote);
    return page;
}

QWidget *PreferencesDialog::makeStudyPage()
{
    const core::StudySettings settings = core::StudySettings::load();
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_newPerDay = new QSpinBox;
    m_newPerDay->setObjectName(QStringLiteral("newPerDay"));
    m_newPerDay->setRange(0, 9999);
    m_newPerDay->setValue(settings.newPerDay);
    form->addRow(tr("&New questions per day:"), m_newPerDay);

    m_retention = new QDoubleSpinBox;
    m_retention->setObjectName(QStringLiteral("retention"));
    m_retention->setRange(0.70, 0.99);
    m_retention->setSingleStep(0.01);
    m_retention->setDecimals(2);
    m_retention->setValue(settings.desiredRetention);
    m_retention->setToolTip(tr("The chance of remembering a question when it comes back. Higher means more "
                               "reviews; 0.90 suits most people."));
    // Beside it, what each retention would cost this person, simulated.
    auto *choose = new QPushButton(tr("Help Me Choos&e\u2026"));
    choose->setObjectName(QStringLiteral("chooseRetention"));
    connect(choose, &QPushButton::clicked, this, [this] {
        RetentionAdvisor advisor(m_fitter.library(), m_retention->value(), m_newPerDay->value(), this);
        if (advisor.exec() == QDialog::Accepted)
            m_retention->setValue(advisor.chosenRetention());
    });
    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_retention);
    retentionRow->addWidget(choose);
    retentionRow->addStretch();
    auto *retentionLabel = new QLabel(tr("Desired &retention:"));
    retentionLabel->setBuddy(m_retention);
    form->addRow(retentionLabel, retentionRow);

    m_maximumInterval = new QSpinBox;
    m_maximumInterval->setObjectName(QStringLiteral("maximumInterval"));
    m_maximumInterval->setRange(1, 36500);
    m_maximumInterval->setSuffix(tr(" days"));
    m_maximumInterval->setValue(settings.maximumIntervalDays);
    m_maximumInterval->setToolTip(tr("No question waits longer than this, however well you know it. "
                                     "Set it to the days left before your interview."));
    form->addRow(tr("&Maximum interval:"), m_maximumInterval);

    m_fuzz = new QCheckBox(tr("Spread intervals a little, so questions learnt &together do not stay together"));
    m_fuzz->setObjectName(QStringLiteral("fuzz"));
    m_fuzz->setChecked(settings.fuzz);
    form->addRow(QString(), m_fuzz);

    m_sessionSize = new QSpinBox;
    m_sessionSize->setObjectName(QStringLiteral("sessionSize"));
    m_sessionSize->setRange(1, 1000);
    m_sessionSize->setValue(settings.sessionSize);
    form->addRow(tr("Questions in a &chosen session:"), m_sessionSize);

    m_mockMinutes = new QSpinBox;
    m_mockMinutes->setObjectName(QStringLiteral("mockMinutes"));
    m_mockMinutes->setRange(5, 180);
    m_mockMinutes->setSuffix(tr(" min"));
    m_mockMinutes->setValue(settings.mockMinutes);
    form->addRow(tr("Mock &interview time:"), m_mockMinutes);
    return page;
}

QWidget *PreferencesDialog::makeDataPage()
{
    const core::BackupSettings backups = core::BackupSettings::load();
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_notesAutosave = new QCheckBox(tr("Save &notes as I type (otherwise on Ctrl+S and when leaving the question)"));
    m_notesAutosave->setObjectName(QStringLiteral("notesAutosave"));
    m_notesAutosave->setChecked(NotesPane::savedAutosave());
    form->addRow(QString(), m_notesAutosave);

    m_backupFolder = new QLineEdit(QDir::toNativeSeparators(backups.folder));
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setPlaceholderText(QDir::toNativeSeparators(m_defaultBackupFolder));
    m_backupFolder->setClearButtonEnabled(true);
    m_backupFolder->setToolTip(tr("Empty: the folder shown, beside the study database."));
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_backupFolder->text().isEmpty() ? m_defaultBackupFolder : m_backupFolder->text();
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), start);
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    // A row holding a layout gets no buddy of its own: give the label one, so its
    // mnemonic works instead of showing as "&".
    auto *folderLabel = new QLabel(tr("Backup &folder:"));
    folderLabel->setBuddy(m_backupFolder);
    form->addRow(folderLabel, folderRow);

    m_recentBackups = new QSpinBox;
    m_recentBackups->setObjectName(QStringLiteral("recentBackups"));
    m_recentBackups->setRange(core::BackupSettings::kFewestRecent, core::BackupSettings::kMostRecent);
    m_recentBackups->setValue(backups.recentToKeep);
    m_recentBackups->setToolTip(tr("Besides these, one backup a day is kept for a week and one a week for a month."));
    form->addRow(tr("Newest backups &kept:"), m_recentBackups);
    auto *when = new QLabel(tr("A backup is made on quit and every half hour while you make changes."));
    when->setWordWrap(true);
    when->setEnabled(false);
    form->addRow(QString(), when);
    return page;
}

void PreferencesDialog::restoreDefaults()
{
    const core::StudySettings study;
    m_newPerDay->setValue(study.newPerDay);
    m_retention->setValue(study.desiredRetention);
    m_maximumInterval->setValue(study.maximumIntervalDays);
    m_fuzz->setChecked(study.fuzz);
    m_sessionSize->setValue(study.sessionSize);
    m_mockMinutes->setValue(study.mockMinutes);
    m_theme->setCurrentIndex(m_theme->findData(int(Theme::Choice::System)));
    m_fontSize->setValue(0);
    m_language->setCurrentIndex(0);
    m_notesAutosave->setChecked(true);
    const core::BackupSettings backups;
    m_backupFolder->setText(backups.folder);
    m_recentBackups->setValue(backups.recentToKeep);
    m_scheduler->restoreDefaults();
}

void PreferencesDialog::accept()
{
    core::StudySettings settings;
    settings.newPerDay = m_newPerDay->value();
    settings.desiredRetention = m_retention->value();
    settings.maximumIntervalDays = m_maximumInterval->value();
    settings.fuzz = m_fuzz->isChecked();
    settings.sessionSize = m_sessionSize->value();
    settings.mockMinutes = m_mockMinutes->value();
    settings.save();
    const auto theme = Theme::Choice(m_theme->currentData().toInt());
    Theme::save(theme);
    Theme::saveFontSize(m_fontSize->value());
    Theme::apply(theme, m_fontSize->value()); // at once, in every window
    core::Translations::saveChoice(m_language->currentData().toString());
    NotesPane::saveAutosave(m_notesAutosave->isChecked());
    core::BackupSettings backups;
    backups.folder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
    backups.recentToKeep = m_recentBackups->value();
    backups.save();
    QString error;
    if (!m_scheduler->apply(&error))
        QMessageBox::warning(this, tr("Preferences"), tr("The choice of parameters was not kept: %1").arg(error));
    QDialog::accept();
}

} // namespace sdstudy::widgets
