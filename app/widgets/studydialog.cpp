#include "widgets/studydialog.h"

#include "core/studylibrary.h"
#include "core/studysession.h"
#include "widgets/markdownview.h"
#include "widgets/mockinterviewpanel.h"
#include "widgets/studycontrols.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

const QString kShowNoteKey = QStringLiteral("study/showNote");
const QString kMockSplitterKey = QStringLiteral("study/mockSplitter");

QString quoted(const QString &markdown)
{
    return QStringLiteral("> ") + QString(markdown).replace(QLatin1Char('\n'), QStringLiteral("\n> "));
}

} // namespace

QString StudyDialog::modeName(QuizMode mode)
{
    switch (mode) {
    case QuizMode::Recall:
        return tr("Recall");
    case QuizMode::Choice:
        return tr("Multiple Choice");
    case QuizMode::Typed:
        return tr("Typed Recall");
    case QuizMode::Mock:
        return tr("Mock Interview");
    }
    return {};
}

StudyDialog::StudyDialog(StudyLibrary &library, QuizMode mode, const QStringList &plan, QWidget *parent,
                         int mockMinutes)
    : QDialog(parent)
    , m_library(library)
    , m_mode(mode)
    , m_progress(new QLabel)
    , m_view(new MarkdownView)
    , m_showNote(new QCheckBox(tr("Show my &note")))
    , m_actions(new QStackedWidget)
    , m_revealButton(StudyControls::tallButton(tr("Show Answer (Space)")))
    , m_nextButton(StudyControls::tallButton(tr("Next (Space)")))
{
    setWindowTitle(tr("Study: %1").arg(modeName(mode)));
    resize(mode == QuizMode::Mock ? 1100 : 860, 660);
    m_view->setObjectName(QStringLiteral("studyView"));
    m_view->setAttachmentSource(library.attachments().reader()); // pictures in "Show my note"
    m_view->document()->setDocumentMargin(20);
    m_progress->setObjectName(QStringLiteral("studyProgress"));
    m_progress->setWordWrap(true);
    m_showNote->setChecked(QSettings().value(kShowNoteKey, false).toBool());
    m_showNote->setVisible(mode != QuizMode::Mock); // the scratch pad is the note
    connect(m_showNote, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(kShowNoteKey, on);
        if (m_reveal && !m_choiceOnShow)
            reveal(m_card, *m_reveal);
    });

    m_revealButton->setObjectName(QStringLiteral("reveal"));
    m_nextButton->setObjectName(QStringLiteral("next"));
    connect(m_revealButton, &QPushButton::clicked, this, &StudyDialog::showReveal);
    connect(m_nextButton, &QPushButton::clicked, this, [this] { m_engine->next(); });
    m_actions->insertWidget(RevealPage, m_revealButton);
    m_actions->insertWidget(ButtonsPage, makeGradeButtons());
    m_actions->insertWidget(NextPage, m_nextButton);
    m_actions->insertWidget(TypingPage, makeTypingPage());
    m_actions->insertWidget(MockPage, new QWidget); // the mock's own button sits in its panel
    m_actions->insertWidget(DonePage, makeDonePage());

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_showNote);
    auto *questionSide = new QWidget;
    auto *questionLayout = new QVBoxLayout(questionSide);
    questionLayout->setContentsMargins(0, 0, 0, 0);
    questionLayout->addWidget(m_view, 1);
    questionLayout->addWidget(m_actions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    if (mode == QuizMode::Mock) {
        auto *splitter = new QSplitter;
        splitter->setChildrenCollapsible(false);
        splitter->addWidget(questionSide);
        m_mock = new MockInterviewPanel(library);
        connect(m_mock, &MockInterviewPanel::answerRequested, this, &StudyDialog::showReveal);
        splitter->addWidget(m_mock);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        splitter->restoreState(QSettings().value(kMockSplitterKey).toByteArray());
        connect(splitter, &QSplitter::splitterMoved, this,
                [splitter] { QSettings().setValue(kMockSplitterKey, splitter->saveState()); });
        layout->addWidget(splitter, 1);
    } else {
        layout->addWidget(questionSide, 1);
    }

    QuizFrontEnd &frontEnd = *this; // a private base: the engine is the only one to call it
    m_engine = std::make_unique<QuizEngine>(library, mode, plan, frontEnd, &QDateTime::currentDateTimeUtc, mockMinutes);
    if (m_mock)
        m_mock->setEngine(m_engine.get());
    m_engine->start();
}

StudyDialog::~StudyDialog() = default;

QWidget *StudyDialog::makeGradeButtons()
{
    auto *buttons = new QWidget;
    auto *layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto *button = StudyControls::tallButton();
        button->setObjectName(QStringLiteral("button%1").arg(i + 1));
        connect(button, &QPushButton::clicked, this, [this, i] { press(i); });
        layout->addWidget(button);
        m_buttons.append(button);
    }
    return buttons;
}

QWidget *StudyDialog::makeTypingPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_typed = new QPlainTextEdit;
    m_typed->setObjectName(QStringLiteral("typedAnswer"));
    m_typed->setAccessibleName(tr("Your answer"));
    m_typed->setPlaceholderText(tr("Type the key points of the answer, then Ctrl+Enter"));
    m_typed->setTabChangesFocus(true);
    m_typed->setMaximumHeight(m_typed->fontMetrics().lineSpacing() * 7);
    auto *check = new QPushButton(tr("Check (Ctrl+Enter)"));
    connect(check, &QPushButton::clicked, this, [this] { m_engine->submitTyped(m_typed->toPlainText()); });
    StudyControls::onCtrlEnter(page, [this] { m_engine->submitTyped(m_typed->toPlainText()); });
    layout->addWidget(m_typed);
    layout->addWidget(check);
    return page;
}

QWidget *StudyDialog::makeDonePage()
{
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_missesButton = StudyControls::tallButton();
    m_missesButton->setObjectName(QStringLiteral("practiseMisses"));
    connect(m_missesButton, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT practiseMissesRequested();
    });
    m_closeButton = StudyControls::tallButton(tr("Close"));
    m_closeButton->setObjectName(QStringLiteral("close"));
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(m_missesButton);
    layout->addWidget(m_closeButton);
    return page;
}

QString StudyDialog::interval(const QDateTime &from, const QDateTime &to)
{
    constexpr qint64 kHour = 60;
    constexpr qint64 kDay = 24 * kHour;
    const qint64 minutes = std::max<qint64>(1, (from.secsTo(to) + 30) / 60);
    if (minutes < kHour)
        return tr("%1 min").arg(minutes);
    if (minutes < kDay)
        return tr("%1 h").arg((minutes + kHour / 2) / kHour);
    const qint64 days = (minutes + kDay / 2) / kDay;
    if (days < 60)
        return tr("%1 d").arg(days);
    if (days < 730)
        return tr("%1 mo").arg(QString::number(days / 30.4, 'f', 1));
    return tr("%1 y").arg(QString::number(days / 365.25, 'f', 1));
}

QString StudyDialog::noteBlock(const QuizCard &card) const
{
    if (!m_showNote->isChecked() || card.note.isEmpty() || m_mode == QuizMode::Mock)
        return {};
    return QStringLiteral("\n---\n\n**%1**\n\n%2\n").arg(tr("My note"), card.note);
}

void StudyDialog::showProgress(const QuizCard &card)
{
    // "To go" counts down with every answer; questions back in their learning steps
    // are counted apart, so a right answer never leaves the count where it was.
    const QString back = card.comingBack > 0 ? tr(" · Coming back: %1").arg(card.comingBack) : QString();
    m_progress->setText(
        tr("To go: %1%2 · Answered: %3 · %4").arg(card.unseen).arg(back).arg(card.answered).arg(card.topic));
}

void StudyDialog::showPage(Page page, QWidget *focus)
{
    m_actions->setCurrentIndex(page);
    if (focus)
        focus->setFocus();
}

void StudyDialog::ask(const QuizCard &card)
{
    m_card = card;
    m_reveal.reset();
    m_choiceOnShow = false;
    showProgress(card);
    m_view->showMarkdown(QStringLiteral("## %1\n").arg(card.title));
    switch (m_mode) {
    case QuizMode::Typed:
        m_typed->clear();
        showPage(TypingPage, m_typed);
        return;
    case QuizMode::Mock:
        m_mock->startQuestion(card.questionId);
        showPage(MockPage, m_mock->scratchEditor());
        return;
    case QuizMode::Recall:
    case QuizMode::Choice:
        showPage(RevealPage, m_revealButton);
        return;
    }
}

void StudyDialog::askChoice(const QuizCard &card, const ChoiceQuestion &choice)
{
    m_card = card;
    m_reveal.reset();
    m_choiceOnShow = true;
    showProgress(card);
    QString page = QStringLiteral("## %1\n\n").arg(choice.title);
    for (int i = 0; i < 4; ++i) {
        page += QStringLiteral("#### %1\n\n%2\n\n").arg(tr("Answer %1").arg(i + 1), choice.options[i]);
        m_buttons[i]->setText(tr("Answer %1").arg(i + 1));
        m_buttons[i]->setDefault(false);
    }
    m_view->showMarkdown(page);
    showPage(ButtonsPage, m_buttons[0]);
}

void StudyDialog::showReveal()
{
    if (m_mock && !m_mock->saveScratch())
        return; // the pane says why and retries; the answer waits until the pad is safe
    m_engine->reveal();
}

void StudyDialog::reveal(const QuizCard &card, const QuizReveal &reveal)
{
    m_card = card;
    m_reveal = reveal;
    QString page = QStringLiteral("## %1\n\n").arg(card.title);
    if (reveal.coverage) {
        const auto &coverage = *reveal.coverage;
        const int all = int(coverage.found.size() + coverage.missed.size());
        page += tr("**Key terms you had** (%1 of %2): %3")
                    .arg(coverage.found.size())
                    .arg(all)
                    .arg(coverage.found.isEmpty() ? tr("none") : coverage.found.join(QStringLiteral(", ")))
            + QStringLiteral("\n\n");
        if (!coverage.missed.isEmpty())
            page += tr("**Missed**: %1").arg(coverage.missed.join(QStringLiteral(", "))) + QStringLiteral("\n\n");
        page += QStringLiteral("---\n\n");
    }
    if (m_mode == QuizMode::Mock) {
        const int done = m_mock->stopForAnswer();
        page += tr("*Stages covered: %1 of %2.* Compare your scratch pad with the model answer, then grade yourself.")
                    .arg(done)
                    .arg(m_mock->stageCount())
            + QStringLiteral("\n\n---\n\n");
    }
    page += reveal.answerMarkdown + QStringLiteral("\n") + noteBlock(card);
    m_view->showMarkdown(page);

    const QStringList names = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    const QDateTime now = m_engine->now();
    for (int i = 0; i < 4; ++i) {
        m_buttons[i]->setText(tr("%1 (%2)\n%3").arg(names[i]).arg(i + 1).arg(interval(now, reveal.dueAfter[i])));
        m_buttons[i]->setDefault(i + 1 == int(reveal.suggested));
    }
    // Space (or Enter) on the focused button takes the suggestion: Good in recall, as in Anki.
    showPage(ButtonsPage, m_buttons[int(reveal.suggested) - 1]);
}

void StudyDialog::showChoiceOutcome(const QuizCard &card, const ChoiceOutcome &outcome)
{
    m_card = card;
    showProgress(card);
    const ChoiceQuestion &choice = outcome.choice;
    QString page = QStringLiteral("## %1\n\n").arg(choice.title);
    if (outcome.right()) {
        page += tr("**Right.**") + QStringLiteral("\n\n") + choice.options[choice.correct] + QStringLiteral("\n");
    } else {
        // Say why: the picked answer beside the right one.
        page += tr("**Not this one.** You picked answer %1, which answers “%2”:")
                    .arg(outcome.picked + 1)
                    .arg(outcome.pickedTitle)
            + QStringLiteral("\n\n") + quoted(choice.options[outcome.picked]) + QStringLiteral("\n\n")
            + tr("**The answer** (%1):").arg(choice.correct + 1) + QStringLiteral("\n\n")
            + choice.options[choice.correct] + QStringLiteral("\n");
    }
    m_view->showMarkdown(page + noteBlock(card));
    showPage(NextPage, m_nextButton);
}

void StudyDialog::leech(const QuizCard &card)
{
    QMessageBox::information(this, tr("A Leech"),
                             tr("You have forgotten “%1” %2 times, so it is now flagged Hard. "
                                "A note in your own words, or a look at its topic, may help it stick.")
                                 .arg(card.title)
                                 .arg(StudySession::kLeechLapses));
}

void StudyDialog::failed(const QString &error)
{
    QMessageBox::warning(this, tr("Answer Not Saved"), tr("Your answer could not be saved:\n%1").arg(error));
}

void StudyDialog::finished(const QuizSummary &summary)
{
    m_reveal.reset();
    m_missed = summary.missed;
    if (m_mock)
        m_mock->finish();
    m_progress->setText(tr("Done: %n answered.", nullptr, summary.answered));
    QString page;
    if (summary.answered == 0) {
        page = tr("## Nothing to study here now\n\nDue questions and today's new ones are done, or the scope "
                  "you chose is empty. Come back later, choose another scope, or raise the number of new "
                  "questions per day in Preferences.");
    } else {
        const int right = summary.answered - summary.again;
        page = tr("## Session done\n\n") + tr("- Answered: **%1**").arg(summary.answered) + QLatin1Char('\n')
            + tr("- Remembered: **%1%**").arg(qRound(100.0 * right / summary.answered)) + QLatin1Char('\n')
            + tr("- Time: **%1 min**").arg(std::max<qint64>(1, (summary.durationMs + 30000) / 60000))
            + QStringLiteral("\n\n");
        if (!summary.missed.isEmpty()) {
            page += tr("### Missed") + QStringLiteral("\n\n");
            for (const QString &title : summary.missedTitles)
                page += QStringLiteral("- %1\n").arg(title);
        }
    }
    m_view->showMarkdown(page);
    m_missesButton->setText(tr("Practise the %n Missed Again", nullptr, int(summary.missed.size())));
    m_missesButton->setVisible(!summary.missed.isEmpty());
    showPage(DonePage, summary.missed.isEmpty() ? m_closeButton : m_missesButton);
}

void StudyDialog::press(int index)
{
    if (m_choiceOnShow)
        m_engine->pick(index);
    else
        m_engine->grade(FsrsScheduler::Rating(index + 1));
}

void StudyDialog::reject()
{
    // Esc in the middle of a sitting asks first, and ends it with its summary.
    if (m_actions->currentIndex() != DonePage) {
        QMessageBox ask(QMessageBox::Question, tr("End This Session?"),
                        tr("Your answers so far are saved. End the session and see how it went?"),
                        QMessageBox::NoButton, this);
        QPushButton *end = ask.addButton(tr("&End Session"), QMessageBox::AcceptRole);
        ask.addButton(tr("&Keep Studying"), QMessageBox::RejectRole);
        ask.setDefaultButton(end);
        ask.exec();
        if (ask.clickedButton() == end && (!m_mock || m_mock->saveScratch()))
            m_engine->end();
        return;
    }
    // The scratch pad is only let go once it is on disk; the pane says what failed.
    if (m_mock && !m_mock->saveScratch()) {
        QMessageBox::warning(this, tr("Scratch Pad Not Saved"),
                             tr("Your scratch pad could not be saved, so this window stays open. "
                                "Copy the text somewhere safe, or close again once the problem is solved."));
        return;
    }
    QDialog::reject();
}

void StudyDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        m_engine->undo();
        return;
    }
    const int page = m_actions->currentIndex();
    if (page == RevealPage && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return)) {
        showReveal();
        return;
    }
    if (page == ButtonsPage && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_4) {
        press(event->key() - Qt::Key_1);
        return;
    }
    QDialog::keyPressEvent(event);
}
