#include "widgets/diagramcardsdialog.h"

#include "core/reviewstore.h"
#include "core/studylibrary.h"
#include "core/studysettings.h"
#include "diagrams/diagramcatalog.h"
#include "widgets/diagramview.h"
#include "widgets/recallpage.h"
#include "widgets/windowsize.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {

constexpr int kMostDue = 200;

} // namespace

DiagramCardsDialog::DiagramCardsDialog(core::StudyLibrary &library, QWidget *parent, const QDateTime &now)
    : QDialog(parent)
    , m_library(library)
    , m_now(now)
    , m_progress(new QLabel)
    , m_view(new DiagramView)
    , m_prompt(new QLabel(tr("Name the hidden component:")))
    , m_name(new QLineEdit)
    , m_check(new QPushButton(tr("&Check")))
    , m_choiceRow(new QWidget)
    , m_verdict(new QLabel)
    , m_gradeRow(new QWidget)
{
    setWindowTitle(tr("Diagram Cards"));
    setObjectName(QStringLiteral("diagramCards"));
    library.setSchedulerParameters(core::StudySettings::load().schedulerParameters());

    // Due cards first, then new ones in the catalog's order, as many as today allows.
    // Every card made once, then looked up by id. Cards of components no diagram
    // has any more (or a progress file's inventions) are passed over, and never
    // crowd out the real ones.
    const QList<diagrams::DiagramCard> all = diagrams::DiagramCards::all(diagrams::DiagramCatalog::bundled(), font());
    QHash<QString, const diagrams::DiagramCard *> byId;
    for (const diagrams::DiagramCard &card : all)
        byId.insert(card.id, &card);
    for (const QString &id : library.reviews().dueDiagramCards(now, 10 * kMostDue)) {
        if (m_plan.size() == kMostDue)
            break;
        if (const diagrams::DiagramCard *card = byId.value(id))
            m_plan.append(*card);
    }
    const QStringList seenIds = library.reviews().diagramCardsSeen();
    const QSet<QString> seen(seenIds.cbegin(), seenIds.cend());
    int fresh = std::max(0, kNewPerDay - library.reviews().freshStudiedOn(now, true));
    // New ones one diagram after another, a card from each in turn: a diagram just
    // shown whole would give its next hidden component away.
    QList<QList<diagrams::DiagramCard>> byDiagram;
    for (const diagrams::DiagramCard &card : all) {
        if (seen.contains(card.id))
            continue;
        if (byDiagram.isEmpty() || byDiagram.last().first().diagram != card.diagram)
            byDiagram.append(QList<diagrams::DiagramCard>());
        byDiagram.last().append(card);
    }
    for (qsizetype turn = 0; fresh > 0; ++turn) {
        bool any = false;
        for (const QList<diagrams::DiagramCard> &cards : std::as_const(byDiagram)) {
            if (turn < cards.size() && fresh > 0) {
                m_plan.append(cards[turn]);
                --fresh;
                any = true;
            }
        }
        if (!any)
            break;
    }

    m_view->setMinimumSize(fontMetrics().averageCharWidth() * 60, fontMetrics().lineSpacing() * 16);
    m_name->setObjectName(QStringLiteral("diagramCardName"));
    m_name->setAccessibleName(tr("The hidden component's name"));
    m_name->setPlaceholderText(tr("Type its name, or pick one below"));
    m_verdict->setObjectName(QStringLiteral("diagramCardVerdict"));
    m_verdict->setWordWrap(true);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    connect(m_check, &QPushButton::clicked, this, [this] { answerWith(m_name->text()); });

    auto *choices = new QHBoxLayout(m_choiceRow);
    choices->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton;
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, button] { answerWith(button->text().remove(u'&')); });
        choices->addWidget(button);
        m_choices.append(button);
    }
    auto *grades = new QHBoxLayout(m_gradeRow);
    grades->setContentsMargins(0, 0, 0, 0);
    for (int rating = 1; rating <= 4; ++rating) {
        auto *button = new QPushButton;
        connect(button, &QPushButton::clicked, this, [this, rating] { grade(rating); });
        grades->addWidget(button);
        m_grades.append(button);
    }

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_prompt);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_check);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addLayout(nameRow);
    layout->addWidget(m_choiceRow);
    layout->addWidget(m_verdict);
    layout->addWidget(m_gradeRow);
    layout->addWidget(buttons);
    WindowSize::fitToScreen(this, QSize(1000, 720));
    showCard();
}

void DiagramCardsDialog::showCard()
{
    const bool done = m_index >= m_plan.size();
    m_name->clear();
    m_verdict->clear();
    m_gradeRow->hide();
    for (QWidget *part : std::initializer_list<QWidget *> {m_name, m_check, m_choiceRow, m_prompt})
        part->setVisible(!done);
    if (done) {
        m_progress->setText(m_plan.isEmpty()
                                ? tr("No diagram card is due, and today's %n new one(s) are done. Come back tomorrow.",
                                     nullptr, kNewPerDay)
                                : tr("Done: %n card(s) answered.", nullptr, m_answered));
        m_view->hide();
        return;
    }
    const diagrams::DiagramCard &card = m_plan[m_index];
    diagrams::DiagramCatalog &catalog = diagrams::DiagramCatalog::bundled();
    const diagrams::DiagramFile *file = catalog.find(card.diagram);
    QString error;
    const diagrams::DiagramGeometry *geometry = file ? catalog.geometry(*file, font(), &error) : nullptr;
    if (!geometry) { // a card whose diagram is gone: skipped
        ++m_index;
        showCard();
        return;
    }
    m_progress->setText(tr("Card %1 of %2 · %3").arg(m_index + 1).arg(m_plan.size()).arg(file->title));
    m_view->show();
    m_view->setDiagram(*file, *geometry);
    m_view->setMasked(card.nodeIndex);
    auto *completer = new QCompleter(card.choices, m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // Completed in the line itself: Enter checks at once, with no list in the way.
    completer->setCompletionMode(QCompleter::InlineCompletion);
    m_name->setCompleter(completer);
    for (int i = 0; i < 4; ++i) {
        m_choices[i]->setVisible(i < card.choices.size());
        m_choices[i]->setText(card.choices.value(i));
        m_choices[i]->setEnabled(true);
    }
    m_name->setEnabled(true);
    m_check->setEnabled(true);
    m_check->setDefault(true);
    m_name->setFocus();
    m_shownFor.start();
}

void DiagramCardsDialog::answerWith(const QString &name)
{
    if (name.trimmed().isEmpty() || m_index >= m_plan.size())
        return;
    const diagrams::DiagramCard &card = m_plan[m_index];
    const bool right = diagrams::DiagramCards::accepts(card, name);
    m_view->setMasked(-1);
    m_verdict->setText(right ? tr("✓ Right: %1").arg(card.answer)
                             : tr("✗ It is %1 (you said \"%2\")").arg(card.answer, name.trimmed()));
    m_name->setEnabled(false);
    m_check->setEnabled(false);
    for (QPushButton *choice : std::as_const(m_choices))
        choice->setEnabled(false);
    // When each grade would bring the card back, as the study window shows it.
    const auto kept = m_library.reviews().card(card.id);
    const QStringList names = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int suggested = right ? 3 : 1;
    for (int i = 0; i < 4; ++i) {
        const auto next = m_library.scheduler().next(kept.value_or(core::FsrsScheduler::Card()), now,
                                                     core::FsrsScheduler::Rating(i + 1));
        m_grades[i]->setText(tr("%1 (%2)\n%3").arg(names[i]).arg(i + 1).arg(RecallPage::interval(now, next.due)));
        m_grades[i]->setDefault(i + 1 == suggested);
    }
    m_gradeRow->show();
    m_grades[suggested - 1]->setFocus();
}

void DiagramCardsDialog::grade(int rating)
{
    if (m_index >= m_plan.size())
        return;
    const diagrams::DiagramCard &card = m_plan[m_index];
    QString error;
    // Session 0, no study sitting: "missed in the last session" stays the last sitting of questions.
    const auto scheduled = m_library.reviews().answer({card.id, card.questionId, core::FsrsScheduler::Rating(rating),
                                                       QStringLiteral("diagram"), m_shownFor.elapsed(),
                                                       QDateTime::currentDateTimeUtc(), 0},
                                                      &error);
    if (!scheduled) {
        m_verdict->setText(tr("Not kept: %1").arg(error));
        return;
    }
    ++m_index;
    ++m_answered;
    showCard();
}

} // namespace sdstudy::widgets
