#include "widgets/conceptjoindialog.h"

#include "widgets/plaintooltip.h"

#include "core/bundledbank.h"
#include "core/studylibrary.h"
#include "core/textnormalizer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {
constexpr int kMostResults = 50;
constexpr int kPrefilledWords = 2;

// The first words of a title that say what it asks, as written ("load balancing"
// from "Explain different load balancing algorithms"): a search the likely twins
// match, which the person can widen.
QString subjectOf(const QString &title)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}+#-]+"));
    QStringList words;
    for (const QString &word : title.split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 3 && !core::TextNormalizer::contentWords(word).isEmpty()
            && !words.contains(word, Qt::CaseInsensitive))
            words.append(word);
        if (words.size() == kPrefilledWords)
            break;
    }
    return words.join(QLatin1Char(' '));
}
} // namespace

ConceptJoinDialog::ConceptJoinDialog(core::StudyLibrary &library, const core::QuestionRecord &question, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_conceptId(question.conceptId)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_empty(new QLabel(this))
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
    m_results->setAlternatingRowColors(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Same Question"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ConceptJoinDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this,
            [this](int row) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_results, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_search->setText(subjectOf(question.title));
    m_search->selectAll();
    resize(560, 420);
}

void ConceptJoinDialog::search(const QString &text)
{
    m_results->clear();
    QSet<QString> listed {m_conceptId};
    QList<core::QuestionSummary> hits;
    // "#633", "633" or "kafka:3": the question of that number, as the page names it.
    static const QRegularExpression number(QStringLiteral("^#?((?:[^:\\s]+:)?\\d+)$"));
    if (const auto match = number.match(text.trimmed()); match.hasMatch()) {
        if (const auto id = m_library.questions().resolve(match.captured(1))) {
            if (const auto question = m_library.questions().question(*id))
                hits.append(*question);
        }
    } else {
        for (const core::SearchHit &hit : m_library.search().search(text, kMostResults))
            hits.append(hit);
    }
    for (const core::QuestionSummary &hit : std::as_const(hits)) {
        if (listed.contains(hit.conceptId))
            continue;
        listed.insert(hit.conceptId);
        const QString place = hit.bankKey == core::BundledBank::kKey ? QStringLiteral("#%1").arg(hit.number)
                                                                     : tr("%1 #%2").arg(hit.bankName).arg(hit.number);
        const QString where = hit.subtopic.isEmpty() ? hit.topic : tr("%1 › %2").arg(hit.topic, hit.subtopic);
        auto *item = new QListWidgetItem(tr("%1  %2\n%3").arg(place, hit.title, where), m_results);
        item->setData(Qt::UserRole, hit.conceptId);
        item->setToolTip(plainToolTip(hit.title)); // a bank's title is text, never HTML that loads a file
    }
    // Nothing is chosen for the person: Enter in the search never folds two questions.
    m_results->setCurrentRow(-1);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_empty->setVisible(m_results->count() == 0 && !text.trimmed().isEmpty());
    m_empty->setText(tr("No question matches \u201c%1\u201d.").arg(text.trimmed()));
}

QString ConceptJoinDialog::chosenId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item && result() == QDialog::Accepted ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace sdstudy::widgets
