#include "widgets/studydialog.h"

#include "core/studysession.h"
#include "widgets/choicepage.h"
#include "widgets/mockpage.h"
#include "widgets/recallpage.h"
#include "widgets/typedpage.h"
#include "widgets/windowsize.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {

const QString kShowNoteKey = QStringLiteral("study/showNote");

RecallPage *pageFor(core::QuizMode mode, core::StudyLibrary &library)
{
    switch (mode) {
    case core::QuizMode::Recall:
        break;
    case core::QuizMode::Choice:
        return new ChoicePage(library);
    case core::QuizMode::Typed:
        return new TypedPage(library);
    case core::QuizMode::Mock:
        return new MockPage(library);
    }
    return new RecallPage(library);
}

} // namespace

QString StudyDialog::modeName(core::QuizMode mode)
{
    switch (mode) {
    case core::QuizMode::Recall:
        return tr("Recall");
    case core::QuizMode::Choice:
        return tr("Multiple Choice");
    case core::QuizMode::Typed:
        return tr("Typed Recall");
    case core::QuizMode::Mock:
        return tr("Mock Interview");
    }
    return {};
}

StudyDialog::StudyDialog(core::StudyLibrary &library, core::QuizMode mode, const QStringList &plan, QWidget *parent,
                         int mockMinutes)
    : QDialog(parent)
    , m_progress(new QLabel)
    , m_showNote(new QCheckBox(tr("Show my &note")))
    , m_page(pageFor(mode, library))
    , m_choice(qobject_cast<ChoicePage *>(m_page))
{
    setWindowTitle(tr("Study: %1").arg(modeName(mode)));
    // Room for an answer with its diagram below it; a mock adds its clock and pad beside them.
    WindowSize::fitToScreen(this, mode == core::QuizMode::Mock ? QSize(1240, 780) : QSize(900, 760));
    m_progress->setObjectName(QStringLiteral("studyProgress"));
    m_showNote->setObjectName(QStringLiteral("showNote"));
    m_progress->setWordWrap(true);
    m_showNote->setChecked(QSettings().value(kShowNoteKey, false).toBool());
    m_page->setShowNote(m_showNote->isChecked());
    connect(m_showNote, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(kShowNoteKey, on);
        m_page->setShowNote(on);
    });
    connect(m_page, &RecallPage::closeRequested, this, &StudyDialog::closeSaved);
    connect(m_page, &RecallPage::questionRequested, this, [this](const QString &id) {
        m_questionAskedFor = id;
        if (!closeSaved())
            m_questionAskedFor.clear();
    });
    connect(m_page, &RecallPage::practiseMissesRequested, this, [this] {
        if (closeSaved())
            Q_EMIT practiseMissesRequested();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_showNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_page, 1);

    core::QuizFrontEnd &frontEnd = *this; // a private base: the engine is the only one to call it
    m_engine = std::make_unique<core::QuizEngine>(library, mode, plan, frontEnd, &QDateTime::currentDateTimeUtc,
                                                  mockMinutes);
    m_page->setEngine(m_engine.get());
    m_engine->start();
}

StudyDialog::~StudyDialog() = default;

void StudyDialog::showProgress(const core::QuizCard &card)
{
    m_showNote->setVisible(true); // again after Ctrl+Z on the summary
    // "To go" counts down with every answer; questions back in their learning steps
    // are counted apart, so a right answer never leaves the count where it was.
    const QString back = card.comingBack > 0 ? tr(" · Coming back: %1").arg(card.comingBack) : QString();
    m_progress->setText(
        tr("To go: %1%2 · Answered: %3 · %4").arg(card.unseen).arg(back).arg(card.answered).arg(card.topic));
}

void StudyDialog::ask(const core::QuizCard &card)
{
    showProgress(card);
    m_page->ask(card);
}

void StudyDialog::askChoice(const core::QuizCard &card, const core::ChoiceQuestion &choice)
{
    Q_ASSERT(m_choice); // the engine offers choices in multiple choice only
    showProgress(card);
    m_choice->askChoice(card, choice);
}

void StudyDialog::reveal(const core::QuizCard &card, const core::QuizReveal &reveal)
{
    m_page->reveal(card, reveal);
}

void StudyDialog::showChoiceOutcome(const core::QuizCard &card, const core::ChoiceOutcome &outcome)
{
    Q_ASSERT(m_choice);
    showProgress(card);
    m_choice->showOutcome(card, outcome);
}

void StudyDialog::leech(const core::QuizCard &card)
{
    QMessageBox::information(this, tr("A Leech"),
                             tr("You have forgotten “%1” %2 times, so it is now flagged Hard. "
                                "A note in your own words, or a look at its topic, may help it stick.")
                                 .arg(card.title)
                                 .arg(core::StudySession::kLeechLapses));
}

void StudyDialog::failed(const QString &error)
{
    QMessageBox::warning(this, tr("Answer Not Saved"), tr("Your answer could not be saved:\n%1").arg(error));
}

void StudyDialog::finished(const core::QuizSummary &summary)
{
    m_missed = summary.missed;
    m_progress->clear(); // the summary says it all
    m_showNote->hide();  // no note on the summary
    m_page->finish(summary);
}

void StudyDialog::reject()
{
    // Esc in the middle of a sitting asks first, and ends it with its summary.
    if (!m_page->isFinished()) {
        QMessageBox ask(QMessageBox::Question, tr("End This Session?"),
                        tr("Your answers so far are saved. End the session and see how it went?"),
                        QMessageBox::NoButton, this);
        QPushButton *end = ask.addButton(tr("&End Session"), QMessageBox::AcceptRole);
        ask.addButton(tr("&Keep Studying"), QMessageBox::RejectRole);
        ask.setDefaultButton(end);
        ask.exec();
        if (ask.clickedButton() == end && m_page->saveWork())
            m_engine->end();
        return;
    }
    if (workIsSaved())
        QDialog::reject();
}

bool StudyDialog::closeSaved()
{
    if (!workIsSaved())
        return false;
    accept();
    return true;
}

bool StudyDialog::workIsSaved()
{
    // The scratch pad is only let go once it is on disk; the pane says what failed.
    if (m_page->saveWork())
        return true;
    QMessageBox::warning(this, tr("Scratch Pad Not Saved"),
                         tr("Your scratch pad could not be saved, so this window stays open. "
                            "Copy the text somewhere safe, or close again once the problem is solved."));
    return false;
}

void StudyDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        m_page->undo();
        return;
    }
    if (m_page->handleKey(event->key()))
        return;
    QDialog::keyPressEvent(event);
}

} // namespace sdstudy::widgets
