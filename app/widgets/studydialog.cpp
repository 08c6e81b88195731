#include "studydialog.h"

#include "keyterms.h"
#include "markdownview.h"
#include "studylibrary.h"
#include "studysession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
const QString kShowNoteKey = QStringLiteral("study/showNote");
} // namespace

StudyDialog::StudyDialog(StudyLibrary &library, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_mode(mode)
    , m_session(std::make_unique<StudySession>(library.reviews(), library.bookmarks(), library.scheduler(),
                                               QDateTime::currentDateTimeUtc()))
    , m_choices(library.questions())
    , m_progress(new QLabel)
    , m_view(new MarkdownView)
    , m_showNote(new QCheckBox(tr("Show my &note")))
    , m_actions(new QStackedWidget)
    , m_revealButton(new QPushButton(tr("Show Answer (Space)")))
    , m_nextButton(new QPushButton(tr("Next (Space)")))
    , m_typed(new QPlainTextEdit)
{
    setWindowTitle(mode == Mode::Recall   ? tr("Study: Recall")
                   : mode == Mode::Choice ? tr("Study: Multiple Choice")
                                          : tr("Study: Typed Recall"));
    resize(860, 640);
    m_view->setObjectName(QStringLiteral("studyView"));
    m_view->document()->setDocumentMargin(20);
    m_progress->setObjectName(QStringLiteral("studyProgress"));
    m_showNote->setChecked(QSettings().value(kShowNoteKey, false).toBool());
    connect(m_showNote, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(kShowNoteKey, on);
        if (m_revealed && m_mode == Mode::Recall)
            reveal();
    });

    auto *buttons = new QWidget;
    auto *buttonLayout = new QHBoxLayout(buttons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton;
        button->setObjectName(QStringLiteral("button%1").arg(i + 1));
        button->setMinimumHeight(button->fontMetrics().height() * 3);
        connect(button, &QPushButton::clicked, this, [this, i] { press(i); });
        buttonLayout->addWidget(button);
        m_buttons.append(button);
    }
    for (QPushButton *single : {m_revealButton, m_nextButton})
        single->setMinimumHeight(single->fontMetrics().height() * 3);
    m_nextButton->setObjectName(QStringLiteral("next"));
    connect(m_revealButton, &QPushButton::clicked, this, &StudyDialog::reveal);
    connect(m_nextButton, &QPushButton::clicked, this, &StudyDialog::showQuestion);
    m_actions->insertWidget(RevealPage, m_revealButton);
    m_actions->insertWidget(ButtonsPage, buttons);
    m_actions->insertWidget(NextPage, m_nextButton);
    auto *typing = new QWidget;
    auto *typingLayout = new QVBoxLayout(typing);
    typingLayout->setContentsMargins(0, 0, 0, 0);
    m_typed->setObjectName(QStringLiteral("typedAnswer"));
    m_typed->setPlaceholderText(tr("Type the key points of the answer, then Ctrl+Enter"));
    m_typed->setTabChangesFocus(true);
    m_typed->setMaximumHeight(m_typed->fontMetrics().lineSpacing() * 7);
    auto *checkButton = new QPushButton(tr("Check (Ctrl+Enter)"));
    connect(checkButton, &QPushButton::clicked, this, &StudyDialog::check);
    // A shortcut, not a key handler: the editor would take Ctrl+Enter for a line break.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, typing);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &StudyDialog::check);
    }
    typingLayout->addWidget(m_typed);
    typingLayout->addWidget(checkButton);
    m_actions->insertWidget(TypingPage, typing);

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_showNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_actions);
    showQuestion();
}

StudyDialog::~StudyDialog() = default;

QString StudyDialog::interval(const QDateTime &from, const QDateTime &to)
{
    const qint64 minutes = std::max<qint64>(1, (from.secsTo(to) + 30) / 60);
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1 h").arg((minutes + 30) / 60);
    const qint64 days = (minutes + 12 * 60) / (24 * 60);
    if (days < 60)
        return tr("%1 d").arg(days);
    if (days < 730)
        return tr("%1 mo").arg(QString::number(days / 30.4, 'f', 1));
    return tr("%1 y").arg(QString::number(days / 365.25, 'f', 1));
}

QString StudyDialog::noteBlock(const QString &questionId) const
{
    if (!m_showNote->isChecked())
        return {};
    const auto note = m_library.notes().get(questionId);
    return note ? QStringLiteral("\n---\n\n**%1**\n\n%2\n").arg(tr("My note"), note->text) : QString();
}

void StudyDialog::showQuestion()
{
    m_revealed = false;
    m_choice.reset();
    // A concept is asked through its own entry: the phrasing the tree shows.
    const QString id = m_session->current().value_or(QString());
    if (id.isEmpty()) {
        m_progress->setText(tr("Done for now: %1 answered.").arg(m_session->answered()));
        m_view->showMarkdown(tr("## Nothing more to study now\n\nDue questions and today's new ones are done. "
                                "Come back later, or raise the number of new questions per day."));
        m_actions->setEnabled(false);
        return;
    }
    const auto question = m_library.questions().question(id);
    m_topic = question ? question->topic : QString();
    updateProgress();
    m_actions->setEnabled(true);
    m_shownFor.start();
    if (m_mode == Mode::Recall) {
        m_view->showMarkdown(QStringLiteral("## %1\n").arg(question ? question->title : id));
        m_actions->setCurrentIndex(RevealPage);
        m_revealButton->setFocus();
        return;
    }
    if (m_mode == Mode::Typed) {
        m_view->showMarkdown(QStringLiteral("## %1\n").arg(question ? question->title : id));
        m_typed->clear();
        m_actions->setCurrentIndex(TypingPage);
        m_typed->setFocus();
        return;
    }
    m_choice = m_choices.make(id, quint32(qHash(id) ^ quint32(m_session->answered())));
    if (!m_choice) { // a bank too small for three wrong answers: ask it as recall
        m_view->showMarkdown(QStringLiteral("## %1\n").arg(question ? question->title : id));
        m_actions->setCurrentIndex(RevealPage);
        return;
    }
    QString page = QStringLiteral("## %1\n\n").arg(m_choice->title);
    for (int i = 0; i < 4; ++i) {
        page += QStringLiteral("#### %1\n\n%2\n\n").arg(tr("Answer %1").arg(i + 1), m_choice->options[i]);
        m_buttons[i]->setText(tr("Answer %1").arg(i + 1));
        m_buttons[i]->setDefault(false);
    }
    m_view->showMarkdown(page);
    m_actions->setCurrentIndex(ButtonsPage);
    m_buttons[0]->setFocus();
}

void StudyDialog::updateProgress()
{
    m_progress->setText(tr("To go: %1 · Answered: %2 · %3").arg(m_session->remaining()).arg(m_session->answered()).arg(m_topic));
}

void StudyDialog::reveal()
{
    const auto question = m_library.questions().question(m_session->current().value_or(QString()));
    if (!question)
        return;
    m_revealed = true;
    m_view->showMarkdown(QStringLiteral("## %1\n\n%2\n").arg(question->title, question->answerMarkdown)
                         + noteBlock(question->id));
    showGrades(FsrsScheduler::Rating::Good);
}

void StudyDialog::check()
{
    const auto question = m_library.questions().question(m_session->current().value_or(QString()));
    if (!question)
        return;
    m_revealed = true;
    const auto coverage = KeyTerms::of(question->answerMarkdown).coverage(m_typed->toPlainText());
    const int all = int(coverage.found.size() + coverage.missed.size());
    QString page = QStringLiteral("## %1\n\n").arg(question->title);
    page += tr("**Key terms you had** (%1 of %2): %3").arg(coverage.found.size()).arg(all)
                .arg(coverage.found.isEmpty() ? tr("none") : coverage.found.join(QStringLiteral(", ")))
            + QStringLiteral("\n\n");
    if (!coverage.missed.isEmpty())
        page += tr("**Missed**: %1").arg(coverage.missed.join(QStringLiteral(", "))) + QStringLiteral("\n\n");
    page += QStringLiteral("---\n\n") + question->answerMarkdown + QStringLiteral("\n") + noteBlock(question->id);
    m_view->showMarkdown(page);
    // The grade the coverage suggests; the person confirms or picks another.
    showGrades(coverage.ratio >= 0.8   ? FsrsScheduler::Rating::Good
               : coverage.ratio >= 0.5 ? FsrsScheduler::Rating::Hard
                                       : FsrsScheduler::Rating::Again);
}

void StudyDialog::showGrades(FsrsScheduler::Rating suggested)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList names = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    for (int i = 0; i < 4; ++i) {
        const auto card = m_session->preview(FsrsScheduler::Rating(i + 1), now);
        m_buttons[i]->setText(tr("%1 (%2)\n%3").arg(names[i]).arg(i + 1).arg(interval(now, card.due)));
        m_buttons[i]->setDefault(i + 1 == int(suggested));
    }
    m_actions->setCurrentIndex(ButtonsPage);
    // Space (or Enter) on the focused button takes the suggestion: Good in recall, as in Anki.
    m_buttons[int(suggested) - 1]->setFocus();
}

void StudyDialog::press(int index)
{
    if (!m_choice) { // recall, or a choice asked as recall
        if (m_revealed)
            record(FsrsScheduler::Rating(index + 1));
        return;
    }
    const bool right = index == m_choice->correct;
    const ChoiceQuestion choice = *m_choice;
    record(right ? FsrsScheduler::Rating::Good : FsrsScheduler::Rating::Again);
    // Say why: the right answer, and the one picked beside it when it was wrong.
    QString page = QStringLiteral("## %1\n\n").arg(choice.title);
    if (right) {
        page += tr("**Right.**") + QStringLiteral("\n\n") + choice.options[choice.correct] + QStringLiteral("\n");
    } else {
        const auto picked = m_library.questions().question(choice.optionIds[index]);
        page += tr("**Not this one.** You picked answer %1, which answers “%2”:").arg(index + 1)
                    .arg(picked ? picked->title : QString())
                + QStringLiteral("\n\n> ") + QString(choice.options[index]).replace(QLatin1Char('\n'), QStringLiteral("\n> "))
                + QStringLiteral("\n\n") + tr("**The answer** (%1):").arg(choice.correct + 1) + QStringLiteral("\n\n")
                + choice.options[choice.correct] + QStringLiteral("\n");
    }
    m_view->showMarkdown(page + noteBlock(choice.questionId));
    m_actions->setCurrentIndex(NextPage);
    m_nextButton->setFocus();
}

void StudyDialog::record(FsrsScheduler::Rating rating)
{
    const QString mode = m_mode == Mode::Typed ? QStringLiteral("typed")
                         : m_choice        ? QStringLiteral("choice")
                                           : QStringLiteral("recall");
    QString error;
    if (!m_session->answer(m_session->current().value_or(QString()), rating, mode, m_shownFor.elapsed(),
                           QDateTime::currentDateTimeUtc(), &error)) {
        QMessageBox::warning(this, tr("Answer Not Saved"), tr("Your answer could not be saved:\n%1").arg(error));
        return;
    }
    if (m_session->lastAnswerMadeALeech()) {
        QMessageBox::information(this, tr("A Leech"),
                                 tr("You have forgotten this question %1 times, so it is now flagged Hard. "
                                    "A note in your own words, or a look at its topic, may help it stick.")
                                     .arg(StudySession::kLeechLapses));
    }
    if (m_choice)
        updateProgress(); // the feedback stays until Next
    else
        showQuestion();
}

void StudyDialog::undo()
{
    QString error;
    if (m_session->undo(&error))
        showQuestion();
    else if (!error.isEmpty())
        QMessageBox::warning(this, tr("Undo Failed"), error);
}

void StudyDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        undo();
        return;
    }
    const int page = m_actions->currentIndex();
    if (page == RevealPage && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return)) {
        reveal();
        return;
    }
    if (page == ButtonsPage && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_4) {
        press(event->key() - Qt::Key_1);
        return;
    }
    QDialog::keyPressEvent(event);
}
