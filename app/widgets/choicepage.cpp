#include "widgets/choicepage.h"

#include "widgets/markdownview.h"
#include "widgets/studycontrols.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace sdstudy::widgets {

namespace {

QString quoted(const QString &markdown)
{
    return QStringLiteral("> ") + QString(markdown).replace(QLatin1Char('\n'), QStringLiteral("\n> "));
}

} // namespace

ChoicePage::ChoicePage(core::StudyLibrary &library, QWidget *parent)
    : RecallPage(library, parent)
    , m_nextButton(StudyControls::tallButton(tr("Next (Space)")))
{
    m_nextButton->setObjectName(QStringLiteral("next"));
    connect(m_nextButton, &QPushButton::clicked, this, [this] { engine()->next(); });
    m_optionControls = addControls(makeOptionButtons());
    m_nextControls = addControls(m_nextButton);
}

QWidget *ChoicePage::makeOptionButtons()
{
    auto *buttons = new QWidget;
    auto *layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto *button = StudyControls::tallButton(tr("Answer %1").arg(i + 1));
        button->setObjectName(QStringLiteral("option%1").arg(i + 1));
        connect(button, &QPushButton::clicked, this, [this, i] { engine()->pick(i); });
        layout->addWidget(button);
        m_optionButtons.append(button);
    }
    return buttons;
}

void ChoicePage::ask(const core::QuizCard &card)
{
    m_outcome.reset();
    RecallPage::ask(card);
}

void ChoicePage::askChoice(const core::QuizCard &card, const core::ChoiceQuestion &choice)
{
    m_card = card;
    m_reveal.reset();
    m_outcome.reset();
    QString page = QStringLiteral("## %1\n\n").arg(choice.title);
    for (int i = 0; i < 4; ++i)
        page += QStringLiteral("#### %1\n\n%2\n\n").arg(tr("Answer %1").arg(i + 1), choice.options[i]);
    view()->showMarkdown(page);
    // Focus on the answers, not on a button: Enter or Space must not pick answer 1 unasked.
    showControls(m_optionControls, view());
}

void ChoicePage::showOutcome(const core::QuizCard &card, const core::ChoiceOutcome &outcome)
{
    m_card = card;
    m_outcome = outcome;
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
    if (m_outcome->right()) {
        page += tr("**Right.**") + QStringLiteral("\n\n") + choice.options[choice.correct] + QStringLiteral("\n");
    } else {
        // Say why: the picked answer beside the right one.
        page += tr("**Not this one.** You picked answer %1, which answers “%2”:")
                    .arg(m_outcome->picked + 1)
                    .arg(m_outcome->pickedTitle)
            + QStringLiteral("\n\n") + quoted(choice.options[m_outcome->picked]) + QStringLiteral("\n\n")
            + tr("**The answer** (%1):").arg(choice.correct + 1) + QStringLiteral("\n\n")
            + choice.options[choice.correct] + QStringLiteral("\n");
    }
    view()->showMarkdown(page + noteBlock());
}

bool ChoicePage::handleKey(int key)
{
    if (currentControls() == m_optionControls && key >= Qt::Key_1 && key <= Qt::Key_4) {
        engine()->pick(key - Qt::Key_1);
        return true;
    }
    return RecallPage::handleKey(key);
}

} // namespace sdstudy::widgets
