#include "widgets/sessionsetupdialog.h"

#include "core/flags.h"
#include "core/studylibrary.h"
#include "core/studysettings.h"
#include "widgets/studydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>

namespace sdstudy::widgets {

SessionSetupDialog::SessionSetupDialog(core::StudyLibrary &library, const QString &topic, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_scope(new QComboBox)
    , m_topics(new QListWidget)
    , m_size(new QSpinBox)
    , m_mode(new QComboBox)
    , m_count(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Start a Study Session"));
    const core::StudySettings settings = core::StudySettings::load();

    // Each entry carries the scope key QuizScope::parse() reads.
    const QList<QPair<QString, QString>> scopes = {
        {tr("Due now, then today's new questions"), QStringLiteral("study-now")},
        {tr("Whole bank"), QStringLiteral("all")},
        {tr("Chosen topics"), QStringLiteral("topic:")},
        {tr("Bookmarked"), QStringLiteral("bookmarked")},
    };
    for (const auto &[name, key] : scopes)
        m_scope->addItem(name, key);
    for (const core::Flag &flag : core::Flags::all())
        m_scope->addItem(tr("Flagged %1").arg(flag.name), QStringLiteral("flag:") + flag.key);
    m_scope->addItem(tr("Due now"), QStringLiteral("due"));
    m_scope->addItem(tr("Never studied"), QStringLiteral("new"));
    m_scope->addItem(tr("Weak: forgotten twice or more"), QStringLiteral("weak"));
    m_scope->addItem(tr("Missed in the last session"), QStringLiteral("misses"));
    m_scope->setObjectName(QStringLiteral("scope"));

    for (const core::TopicCount &count : library.questions().topicCounts()) {
        auto *item = new QListWidgetItem(count.topic, m_topics);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(count.topic == topic ? Qt::Checked : Qt::Unchecked);
    }
    m_topics->setObjectName(QStringLiteral("topics"));
    // Wide enough for the longest topic name, so none is cut off.
    m_topics->setMinimumWidth(m_topics->sizeHintForColumn(0) + 2 * m_topics->frameWidth()
                              + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
    // Tall enough for every topic, so none is cut off at the bottom either.
    m_topics->setMinimumHeight(m_topics->sizeHintForRow(0) * m_topics->count() + 2 * m_topics->frameWidth());
    m_topics->setAccessibleName(tr("Topics"));

    m_size->setRange(0, 1000);
    m_size->setSpecialValueText(tr("No limit"));
    m_size->setValue(topic.isEmpty() ? 0 : settings.sessionSize);
    m_size->setObjectName(QStringLiteral("size"));

    for (core::QuizMode mode :
         {core::QuizMode::Recall, core::QuizMode::Choice, core::QuizMode::Typed, core::QuizMode::Mock})
        m_mode->addItem(StudyDialog::modeName(mode), int(mode));
    m_mode->setObjectName(QStringLiteral("mode"));
    m_mode->setToolTip(tr("A mock interview asks only “Design …” questions"));

    m_count->setObjectName(QStringLiteral("count"));
    m_count->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Questions from:"), m_scope);
    form->addRow(tr("&Topics:"), m_topics);
    form->addRow(tr("&At most:"), m_size);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(m_count);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SessionSetupDialog::updatePlan);
    // Ticking a topic chooses "Chosen topics": the list is never greyed out.
    connect(m_topics, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (item->checkState() == Qt::Checked)
            m_scope->setCurrentIndex(m_scope->findData(QStringLiteral("topic:")));
        updatePlan();
    });
    connect(m_size, &QSpinBox::valueChanged, this, &SessionSetupDialog::updatePlan);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SessionSetupDialog::updatePlan);
    if (!topic.isEmpty())
        m_scope->setCurrentIndex(m_scope->findData(QStringLiteral("topic:")));
    updatePlan();
}

QStringList SessionSetupDialog::checkedTopics() const
{
    QStringList chosen;
    for (int i = 0; i < m_topics->count(); ++i) {
        if (m_topics->item(i)->checkState() == Qt::Checked)
            chosen.append(m_topics->item(i)->text());
    }
    return chosen;
}

core::QuizScope SessionSetupDialog::scope() const
{
    QString key = m_scope->currentData().toString();
    if (key == QLatin1String("topic:"))
        key += checkedTopics().join(QLatin1Char(';'));
    QString error;
    core::QuizScope scope = core::QuizScope::parse(key, &error).value_or(core::QuizScope());
    scope.size = m_size->value();
    scope.designOnly = mode() == core::QuizMode::Mock;
    return scope;
}

core::QuizMode SessionSetupDialog::mode() const
{
    return core::QuizMode(m_mode->currentData().toInt());
}

void SessionSetupDialog::updatePlan()
{
    const bool byTopic = m_scope->currentData().toString() == QLatin1String("topic:");
    const bool topicsChosen = !byTopic || !checkedTopics().isEmpty();
    m_plan = topicsChosen
        ? m_library.planner().plan(scope(), QDateTime::currentDateTimeUtc(), core::StudySettings::load().newPerDay)
        : core::QuizPlan();
    const int total = int(m_plan.concepts.size());
    if (!topicsChosen)
        m_count->setText(tr("Tick one or more topics."));
    else if (total == 0)
        m_count->setText(tr("No questions in this choice right now."));
    else
        m_count->setText(tr("Questions: %1 (%2 due, %3 new, %4 ahead of time)")
                             .arg(total)
                             .arg(m_plan.due)
                             .arg(m_plan.fresh)
                             .arg(m_plan.ahead));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(total > 0);
}

} // namespace sdstudy::widgets
