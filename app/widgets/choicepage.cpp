#include "widgets/choicepage.h"

#include "widgets/choiceoption.h"
#include "widgets/markdownview.h"
#include "widgets/plainmarkdown.h"
#include "widgets/studycontrols.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {
// An answer on a button: enough to tell it from the others, not a page.
constexpr qsizetype kLongestAnswer = 700;
} // namespace

ChoicePage::ChoicePage(core::StudyLibrary &library, QWidget *parent)
    : RecallPage(library, parent)
    , m_optionArea(new QScrollArea)
    , m_nextButton(StudyControls::tallButton(tr("Next (Space)")))
{
    auto *list = new QWidget;
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto *option = new ChoiceOption(i + 1);
        option->setObjectName(QStringLiteral("option%1").arg(i + 1));
        connect(option, &QPushButton::clicked, this, [this, i] { pick(i); });
        layout->addWidget(option);
        m_options.append(option);
    }
    layout->addStretch(1);
    m_optionArea->setWidget(list);
    m_optionArea->setWidgetResizable(true);
    m_optionArea->setFrameShape(QFrame::NoFrame);
    m_optionArea->hide();
    addBelowCard(m_optionArea);

    auto *hint = new QLabel(tr("Click the right answer, or press its number (1-4)."));
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setMinimumHeight(m_nextButton->minimumHeight());
    m_pickControls = addControls(hint);
    m_nextButton->setObjectName(QStringLiteral("next"));
    connect(m_nextButton, &QPushButton::clicked, this, [this] { engine()->next(); });
    m_nextControls = addControls(m_nextButton);
}

void ChoicePage::showOptions(bool show)
{
    m_optionArea->setVisible(show);
    setCardFitsText(show);
}

void ChoicePage::ask(const core::QuizCard &card)
{
    m_choice.reset();
    m_outcome.reset();
    showOptions(false);
    RecallPage::ask(card);
}

void ChoicePage::askChoice(const core::QuizCard &card, const core::ChoiceQuestion &choice)
{
    m_card = card;
    m_reveal.reset();
    m_choice = choice;
    m_outcome.reset();
    view()->showMarkdown(QStringLiteral("## %1\n").arg(choice.title));
    for (int i = 0; i < 4; ++i) {
        m_options[i]->setAnswer(PlainMarkdown::from(choice.options[i], kLongestAnswer, PlainMarkdown::Lines::Kept));
        m_options[i]->setMark(ChoiceOption::Mark::None);
    }
    showOptions(true);
    m_optionArea->ensureVisible(0, 0);
    // Focus on the page, not on an answer: Enter or Space must not pick answer 1 unasked.
    showControls(m_pickControls, view());
}

void ChoicePage::pick(int option)
{
    if (!m_choice)
        return;
    if (m_outcome)
        m_nextButton->setFocus(); // picked already: Space goes on
    else
        engine()->pick(option);
}

void ChoicePage::showOutcome(const core::QuizCard &card, const core::ChoiceOutcome &outcome)
{
    m_card = card;
    m_outcome = outcome;
    const core::ChoiceQuestion &choice = outcome.choice;
    for (int i = 0; i < 4; ++i) {
        m_options[i]->setMark(i == choice.correct       ? ChoiceOption::Mark::Right
                                  : i == outcome.picked ? ChoiceOption::Mark::PickedWrong
                                                        : ChoiceOption::Mark::None);
    }
    redraw();
    showControls(m_nextControls, m_nextButton);
}

void ChoicePage::redraw()
{
    if (!m_outcome) {
        RecallPage::redraw();
        return;
    }
    const core::ChoiceQuestion &choice = m_outcome->choice;
    QString page = QStringLiteral("## %1\n\n").arg(choice.title);
    page += m_outcome->right() ? tr("**Right:** answer %1.").arg(choice.correct + 1)
                               : tr("**Not this one.** Answer %1 answers “%2”; the right one is answer %3.")
                                     .arg(m_outcome->picked + 1)
                                     .arg(m_outcome->pickedTitle)
                                     .arg(choice.correct + 1);
    view()->showMarkdown(page + QLatin1Char('\n') + noteBlock());
    setCardFitsText(true);
}

void ChoicePage::finish(const core::QuizSummary &summary)
{
    m_choice.reset();
    m_outcome.reset();
    showOptions(false);
    RecallPage::finish(summary);
}

bool ChoicePage::handleKey(int key)
{
    if (currentControls() == m_pickControls && key >= Qt::Key_1 && key <= Qt::Key_4) {
        pick(key - Qt::Key_1);
        return true;
    }
    if (currentControls() == m_nextControls && (key == Qt::Key_Space || key == Qt::Key_Return)) {
        engine()->next();
        return true;
    }
    return RecallPage::handleKey(key);
}

} // namespace sdstudy::widgets
