#include "widgets/interviewdatesdialog.h"

#include "core/interviewstore.h"
#include "core/studylibrary.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sdstudy::widgets {

InterviewDatesDialog::InterviewDatesDialog(core::StudyLibrary &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_interviews(core::InterviewStore(library.database()).all())
{
    setWindowTitle(tr("Interview Dates"));
    auto *intro = new QLabel(tr("Until the soonest day ahead, Study Now starts the topics that matter first, fast "
                                "enough to review each a few times before the day, and brings back what you would "
                                "forget by then. Progress shows how ready you will be."));
    intro->setWordWrap(true);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("interviews"));
    m_list->setHeaderLabels({tr("Day"), tr("Topics")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &InterviewDatesDialog::showSelected);
    auto *add = new QPushButton(tr("&Add"));
    add->setObjectName(QStringLiteral("add"));
    connect(add, &QPushButton::clicked, this, &InterviewDatesDialog::add);
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("remove"));
    connect(m_remove, &QPushButton::clicked, this, &InterviewDatesDialog::remove);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);

    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    // Days already past stay as they were; a new one is within two years.
    QDate earliest = QDate::currentDate();
    for (const core::Interview &interview : std::as_const(m_interviews))
        earliest = std::min(earliest, interview.date);
    m_date->setDateRange(earliest, QDate::currentDate().addDays(core::InterviewReadiness::kMostDaysAhead));
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_topics = new QListWidget;
    m_topics->setObjectName(QStringLiteral("topics"));
    for (const core::TopicCount &count : library.questions().topicCounts()) {
        auto *item = new QListWidgetItem(count.topic, m_topics);
        item->setCheckState(Qt::Unchecked);
    }
    m_target = new QDoubleSpinBox;
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setRange(0.70, 0.99);
    m_target->setSingleStep(0.01);
    m_target->setToolTip(tr("Cards whose predicted recall on the day falls below this come back before it."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Day:"), m_date);
    auto *topicsLabel = new QLabel(tr("&Topics that matter\n(none ticked: every topic):"));
    topicsLabel->setBuddy(m_topics);
    form->addRow(topicsLabel, m_topics);
    form->addRow(tr("Recall wanted on the da&y:"), m_target);
    connect(m_date, &QDateEdit::dateChanged, this, &InterviewDatesDialog::editSelected);
    connect(m_topics, &QListWidget::itemChanged, this, &InterviewDatesDialog::editSelected);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &InterviewDatesDialog::editSelected);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listRow);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    showList();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 36)));
}

int InterviewDatesDialog::selectedRow() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void InterviewDatesDialog::showList()
{
    const int row = selectedRow();
    m_showing = true;
    m_list->clear();
    const QLocale locale;
    for (const core::Interview &interview : std::as_const(m_interviews)) {
        auto *item = new QTreeWidgetItem(
            m_list,
            {locale.toString(interview.date, QLocale::LongFormat),
             interview.topics.isEmpty() ? tr("All") : interview.topics.join(QStringLiteral("; "))});
        item->setToolTip(1, item->text(1));
    }
    m_showing = false;
    if (!m_interviews.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(std::clamp(row, 0, int(m_interviews.size()) - 1)));
    showSelected();
}

void InterviewDatesDialog::showSelected()
{
    const int row = selectedRow();
    const bool any = row >= 0 && row < m_interviews.size();
    m_date->setEnabled(any);
    m_topics->setEnabled(any);
    m_target->setEnabled(any);
    m_remove->setEnabled(any);
    if (!any || m_showing)
        return;
    m_showing = true;
    const core::Interview &interview = m_interviews.at(row);
    m_date->setDate(interview.date);
    for (int i = 0; i < m_topics->count(); ++i)
        m_topics->item(i)->setCheckState(interview.topics.contains(m_topics->item(i)->text()) ? Qt::Checked
                                                                                              : Qt::Unchecked);
    m_target->setValue(interview.target);
    m_showing = false;
}

void InterviewDatesDialog::editSelected()
{
    const int row = selectedRow();
    if (m_showing || row < 0 || row >= m_interviews.size())
        return;
    core::Interview &interview = m_interviews[row];
    interview.date = m_date->date();
    interview.topics.clear();
    for (int i = 0; i < m_topics->count(); ++i) {
        if (m_topics->item(i)->checkState() == Qt::Checked)
            interview.topics.append(m_topics->item(i)->text());
    }
    interview.target = m_target->value();
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    item->setText(0, QLocale().toString(interview.date, QLocale::LongFormat));
    item->setText(1, interview.topics.isEmpty() ? tr("All") : interview.topics.join(QStringLiteral("; ")));
    item->setToolTip(1, item->text(1));
}

void InterviewDatesDialog::add()
{
    // Two weeks ahead: a common time between scheduling an interview and having it.
    m_interviews.append({QDate::currentDate().addDays(14), {}, 0.9});
    showList();
    m_list->setCurrentItem(m_list->topLevelItem(int(m_interviews.size()) - 1));
    m_date->setFocus();
}

void InterviewDatesDialog::remove()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_interviews.size())
        return;
    m_interviews.removeAt(row);
    showList();
}

void InterviewDatesDialog::accept()
{
    QString error;
    if (!core::InterviewStore(m_library.database()).save(m_interviews, &error)) {
        QMessageBox::warning(this, windowTitle(), tr("The interview dates were not saved: %1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace sdstudy::widgets
