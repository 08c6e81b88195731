#include "widgets/conceptjoindialog.h"

#include "core/bundledbank.h"
#include "core/studylibrary.h"
#include "core/textnormalizer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {
constexpr int kMostResults = 50;
}

ConceptJoinDialog::ConceptJoinDialog(core::StudyLibrary &library, const core::QuestionRecord &question, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_conceptId(question.conceptId)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Same Question As"));
    auto *intro = new QLabel(tr("Which question asks the same as \u201c%1\u201d? They become one card, with one "
                                "schedule: the older of the two, and both histories.")
                                 .arg(question.title),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_search->setPlaceholderText(tr("Search questions"));
    m_search->setClearButtonEnabled(true);
    m_results->setUniformItemSizes(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Same Question"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ConceptJoinDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this,
            [this](int row) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_results, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Its subject's words find its likely twins at once.
    m_search->setText(core::TextNormalizer::subjectWords(question.title).join(QLatin1Char(' ')));
    m_search->selectAll();
    resize(560, 420);
}

void ConceptJoinDialog::search(const QString &text)
{
    m_results->clear();
    QSet<QString> listed {m_conceptId};
    for (const core::SearchHit &hit : m_library.search().search(text, kMostResults)) {
        if (listed.contains(hit.conceptId))
            continue;
        listed.insert(hit.conceptId);
        const QString place = hit.bankKey == core::BundledBank::kKey ? QStringLiteral("#%1").arg(hit.number)
                                                                     : tr("%1 #%2").arg(hit.bankName).arg(hit.number);
        auto *item = new QListWidgetItem(tr("%1  %2").arg(place, hit.title), m_results);
        item->setData(Qt::UserRole, hit.conceptId);
        item->setToolTip(hit.subtopic.isEmpty() ? hit.topic : tr("%1 › %2").arg(hit.topic, hit.subtopic));
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_results->currentRow() >= 0);
}

QString ConceptJoinDialog::chosenId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item && result() == QDialog::Accepted ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace sdstudy::widgets
