#include "preferencesdialog.h"

#include "studysettings.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *tabs = new QTabWidget;
    tabs->addTab(makeAppearancePage(), tr("&Appearance"));
    tabs->addTab(makeStudyPage(), tr("&Study"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const StudySettings defaults;
        m_newPerDay->setValue(defaults.newPerDay);
        m_retention->setValue(defaults.desiredRetention);
        m_maximumInterval->setValue(defaults.maximumIntervalDays);
        m_fuzz->setChecked(defaults.fuzz);
        m_sessionSize->setValue(defaults.sessionSize);
        m_mockMinutes->setValue(defaults.mockMinutes);
        m_theme->setCurrentIndex(m_theme->findData(int(Theme::Choice::System)));
        m_fontSize->setValue(0);
    });
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
    return page;
}

QWidget *PreferencesDialog::makeStudyPage()
{
    const StudySettings settings = StudySettings::load();
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
    form->addRow(tr("Desired &retention:"), m_retention);

    m_maximumInterval = new QSpinBox;
    m_maximumInterval->setObjectName(QStringLiteral("maximumInterval"));
    m_maximumInterval->setRange(1, 36500);
    m_maximumInterval->setSuffix(tr(" days"));
    m_maximumInterval->setValue(settings.maximumIntervalDays);
    m_maximumInterval->setToolTip(tr("No question waits longer than this, however well you know it. "
                                     "Set it to the days left before your interview."));
    form->addRow(tr("&Maximum interval:"), m_maximumInterval);

    m_fuzz = new QCheckBox(tr("Spread &intervals a little, so questions learnt together do not stay together"));
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

void PreferencesDialog::accept()
{
    StudySettings settings;
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
    QDialog::accept();
}
