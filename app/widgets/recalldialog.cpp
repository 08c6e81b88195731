#include "recalldialog.h"

#include "markdownview.h"
#include "studylibrary.h"
#include "studysession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
const QString kShowNoteKey = QStringLiteral("study/showNote");
const QString kMode = QStringLiteral("recall");
} // namespace

RecallDialog::RecallDialog(StudyLibrary &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_session(std::make_unique<StudySession>(library.reviews(), library.scheduler(), QDateTime::currentDateTimeUtc()))
    , m_progress(new QLabel)
    , m_view(new MarkdownView)
    , m_showNote(new QCheckBox(tr("Show my &note")))
    , m_actions(new QStackedWidget)
    , m_revealButton(new QPushButton(tr("Show Answer (Space)")))
{
    setWindowTitle(tr("Study: Recall"));
    resize(820, 600);
    m_view->setObjectName(QStringLiteral("recallView"));
    m_view->document()->setDocumentMargin(20);
    m_progress->setObjectName(QStringLiteral("recallProgress"));
    m_showNote->setChecked(QSettings().value(kShowNoteKey, false).toBool());
    connect(m_showNote, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(kShowNoteKey, on);
        if (m_revealed)
            reveal();
    });

    auto *grades = new QWidget;
    auto *gradeLayout = new QHBoxLayout(grades);
    gradeLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList names = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton;
        button->setObjectName(QStringLiteral("grade%1").arg(i + 1));
        button->setProperty("gradeName", names.at(i));
        button->setMinimumHeight(button->fontMetrics().height() * 3);
        connect(button, &QPushButton::clicked, this, [this, i] { grade(FsrsScheduler::Rating(i + 1)); });
        gradeLayout->addWidget(button);
        m_gradeButtons.append(button);
    }
    m_revealButton->setMinimumHeight(m_revealButton->fontMetrics().height() * 3);
    connect(m_revealButton, &QPushButton::clicked, this, &RecallDialog::reveal);
    m_actions->addWidget(m_revealButton);
    m_actions->addWidget(grades);

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_showNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_actions);
    showQuestion();
}

RecallDialog::~RecallDialog() = default;

QString RecallDialog::interval(const QDateTime &from, const QDateTime &to)
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

QString RecallDialog::currentQuestionId() const
{
    // The concept's own entry: the phrasing the tree shows for it.
    return m_session->current().value_or(QString());
}

void RecallDialog::showQuestion()
{
    m_revealed = false;
    const QString id = currentQuestionId();
    if (id.isEmpty()) {
        m_progress->setText(tr("Done for now: %1 answered.").arg(m_session->answered()));
        m_view->showMarkdown(tr("## Nothing more to study now\n\nDue questions and today's new ones are done. "
                                "Come back later, or raise the number of new questions per day."));
        m_actions->setEnabled(false);
        return;
    }
    const auto question = m_library.questions().question(id);
    m_progress->setText(tr("To go: %1 · Answered: %2 · %3").arg(m_session->remaining()).arg(m_session->answered())
                            .arg(question ? question->topic : QString()));
    m_view->showMarkdown(QStringLiteral("## %1\n").arg(question ? question->title : id));
    m_actions->setCurrentIndex(0);
    m_actions->setEnabled(true);
    m_revealButton->setFocus();
    m_shownFor.start();
}

void RecallDialog::reveal()
{
    const auto question = m_library.questions().question(currentQuestionId());
    if (!question)
        return;
    m_revealed = true;
    QString page = QStringLiteral("## %1\n\n%2\n").arg(question->title, question->answerMarkdown);
    if (m_showNote->isChecked()) {
        if (const auto note = m_library.notes().get(question->id))
            page += QStringLiteral("\n---\n\n**%1**\n\n%2\n").arg(tr("My note"), note->text);
    }
    m_view->showMarkdown(page);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 4; ++i) {
        const auto card = m_session->preview(FsrsScheduler::Rating(i + 1), now);
        m_gradeButtons[i]->setText(tr("%1 (%2)\n%3").arg(m_gradeButtons[i]->property("gradeName").toString())
                                       .arg(i + 1)
                                       .arg(interval(now, card.due)));
    }
    m_actions->setCurrentIndex(1);
    // Space (or Enter) on the focused button means Good, as in Anki.
    m_gradeButtons[2]->setDefault(true);
    m_gradeButtons[2]->setFocus();
}

void RecallDialog::grade(FsrsScheduler::Rating rating)
{
    if (!m_revealed)
        return;
    QString error;
    if (!m_session->answer(currentQuestionId(), rating, kMode, m_shownFor.elapsed(), QDateTime::currentDateTimeUtc(), &error)) {
        QMessageBox::warning(this, tr("Answer Not Saved"), tr("Your answer could not be saved:\n%1").arg(error));
        return;
    }
    showQuestion();
}

void RecallDialog::undo()
{
    QString error;
    if (m_session->undo(&error))
        showQuestion();
    else if (!error.isEmpty())
        QMessageBox::warning(this, tr("Undo Failed"), error);
}

void RecallDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        undo();
        return;
    }
    if (!m_revealed && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return)) {
        reveal();
        return;
    }
    if (m_revealed && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_4) {
        grade(FsrsScheduler::Rating(event->key() - Qt::Key_0));
        return;
    }
    QDialog::keyPressEvent(event);
}
