#include "widgets/recallpage.h"

#include "core/studylibrary.h"
#include "diagrams/diagramcatalog.h"
#include "widgets/diagrampanel.h"
#include "widgets/markdownview.h"
#include "widgets/plainmarkdown.h"
#include "widgets/studycontrols.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {

const QString kQuestionLink = QStringLiteral("sdstudy-question");

} // namespace

RecallPage::RecallPage(core::StudyLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_view(new MarkdownView)
    , m_cardArea(new QSplitter)
    , m_splitter(new QSplitter)
    , m_controls(new QStackedWidget)
    , m_revealButton(StudyControls::tallButton(tr("Show Answer (Space)")))
{
    m_view->setObjectName(QStringLiteral("studyView"));
    // A card fitted to its text follows its width; a missed question on the summary is a link.
    m_view->installEventFilter(this);
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kQuestionLink && isFinished())
            Q_EMIT questionRequested(url.path());
    });
    m_view->setAttachmentSource(library.attachments().reader()); // pictures in "Show my note"
    m_view->document()->setDocumentMargin(20);
    m_revealButton->setObjectName(QStringLiteral("reveal"));
    connect(m_revealButton, &QPushButton::clicked, this, &RecallPage::requestReveal);
    m_revealControls = addControls(m_revealButton);
    m_gradeControls = addControls(makeGradeButtons());
    m_doneControls = addControls(makeDoneControls());

    // The card and its controls; a mode may put a panel of its own beside them.
    auto *cardSide = new QWidget;
    m_cardLayout = new QVBoxLayout(cardSide);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_cardArea->setChildrenCollapsible(false);
    m_cardArea->addWidget(m_view);
    m_cardLayout->addWidget(m_cardArea, 1);
    m_cardLayout->addWidget(m_controls);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(cardSide);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

QWidget *RecallPage::makeGradeButtons()
{
    auto *buttons = new QWidget;
    auto *layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto *button = StudyControls::tallButton();
        button->setObjectName(QStringLiteral("button%1").arg(i + 1));
        connect(button, &QPushButton::clicked, this, [this, i] { grade(i + 1); });
        layout->addWidget(button);
        m_gradeButtons.append(button);
    }
    return buttons;
}

QWidget *RecallPage::makeDoneControls()
{
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_missesButton = StudyControls::tallButton();
    m_missesButton->setObjectName(QStringLiteral("practiseMisses"));
    connect(m_missesButton, &QPushButton::clicked, this, &RecallPage::practiseMissesRequested);
    m_closeButton = StudyControls::tallButton(tr("Close"));
    m_closeButton->setObjectName(QStringLiteral("close"));
    connect(m_closeButton, &QPushButton::clicked, this, &RecallPage::closeRequested);
    layout->addWidget(m_missesButton);
    layout->addWidget(m_closeButton);
    return page;
}

void RecallPage::grade(int rating)
{
    if (gradeGiven(rating))
        m_engine->grade(core::FsrsScheduler::Rating(rating));
}

bool RecallPage::undo()
{
    return m_engine->undo();
}

void RecallPage::addBelowCard(QWidget *widget)
{
    m_belowCard = widget;
    m_cardLayout->insertWidget(m_cardLayout->indexOf(m_controls), widget);
}

void RecallPage::setCardFitsText(bool fits)
{
    // The card as tall as its text, the room below it for what the mode adds;
    // or the card takes the room.
    m_cardFitsText = fits;
    fitCardToText();
    m_cardLayout->setStretchFactor(m_cardArea, fits ? 0 : 1);
    if (m_belowCard)
        m_cardLayout->setStretchFactor(m_belowCard, fits ? 1 : 0);
}

void RecallPage::fitCardToText()
{
    // The text's height depends on the card's width, known only once laid out:
    // done again on every resize (see eventFilter).
    const int height = int(m_view->document()->size().height()) + 2 * m_view->frameWidth() + 2;
    m_cardArea->setMaximumHeight(m_cardFitsText ? height : QWIDGETSIZE_MAX);
}

bool RecallPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize && m_cardFitsText)
        QMetaObject::invokeMethod(this, &RecallPage::fitCardToText, Qt::QueuedConnection);
    // The card's text, clicked or selected, would take Space and the digits for
    // itself (scrolling): the keys of the moment come first.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *press = static_cast<QKeyEvent *>(event);
        if (press->modifiers() == Qt::NoModifier && handleKey(press->key()))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

int RecallPage::addControls(QWidget *controls)
{
    return m_controls->addWidget(controls);
}

void RecallPage::showControls(int index, QWidget *focus)
{
    // The controls take the height of the set on show, not of the tallest set:
    // no gap opens under the grade buttons after typing an answer.
    for (int i = 0; i < m_controls->count(); ++i) {
        m_controls->widget(i)->setSizePolicy(i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                             i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_controls->setCurrentIndex(index);
    if (focus)
        focus->setFocus();
}

int RecallPage::currentControls() const
{
    return m_controls->currentIndex();
}

bool RecallPage::isFinished() const
{
    return currentControls() == m_doneControls;
}

QString RecallPage::interval(const QDateTime &from, const QDateTime &to)
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

void RecallPage::setShowNote(bool show)
{
    m_showNote = show;
    redraw();
}

QString RecallPage::noteBlock() const
{
    if (!m_showNote || m_card.note.isEmpty())
        return {};
    return QStringLiteral("\n---\n\n**%1**\n\n%2\n").arg(tr("My note"), m_card.note);
}

void RecallPage::ask(const core::QuizCard &card)
{
    m_card = card;
    m_reveal.reset();
    m_view->showMarkdown(QStringLiteral("## %1\n").arg(card.title));
    hideDiagram();
    showAsked();
}

void RecallPage::showAsked()
{
    showControls(m_revealControls, m_revealButton);
}

void RecallPage::requestReveal()
{
    m_engine->reveal();
}

void RecallPage::reveal(const core::QuizCard &card, const core::QuizReveal &reveal)
{
    m_card = card;
    m_reveal = reveal;
    answerComing();
    showRevealed();
    showDiagramOf(card.questionId);
    const QStringList names = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    const QDateTime now = m_engine->now();
    // The mode may have changed the suggestion as the answer came (a mock's sketch).
    const int suggested = int(m_reveal->suggested);
    for (int i = 0; i < 4; ++i) {
        m_gradeButtons[i]->setText(tr("%1 (%2)\n%3").arg(names[i]).arg(i + 1).arg(interval(now, reveal.dueAfter[i])));
        m_gradeButtons[i]->setDefault(i + 1 == suggested);
    }
    // Space (or Enter) on the focused button takes the suggestion: Good in recall, as in Anki.
    showControls(m_gradeControls, m_gradeButtons[suggested - 1]);
}

void RecallPage::showRevealed()
{
    // A rule parts the question from the answer (a mode's preamble ends with its own).
    const QString preamble = revealPreamble(*m_reveal);
    m_view->showMarkdown(QStringLiteral("## %1\n\n").arg(m_card.title)
                         + (preamble.isEmpty() ? QStringLiteral("---\n\n") : preamble) + m_reveal->answerMarkdown
                         + QStringLiteral("\n") + noteBlock());
    markRevealed(*m_reveal);
}

// For a design question the picture is the answer to have in mind: it shows
// beside the text where the card is wide enough for both, else below it.
void RecallPage::showDiagramOf(const QString &questionId)
{
    const auto question = m_library.questions().question(questionId);
    const QStringList phrasings
        = question ? m_library.questions().phrasingsOf(question->conceptId) : QStringList {questionId};
    if (diagrams::DiagramCatalog::bundled().forQuestions(phrasings).isEmpty()) {
        hideDiagram();
        return;
    }
    if (!m_diagram) {
        m_diagram = new DiagramPanel;
        m_diagram->setObjectName(QStringLiteral("studyDiagram"));
        m_cardArea->addWidget(m_diagram);
    }
    constexpr int kSideBySideWidth = 900;
    const bool wide = m_cardArea->width() >= kSideBySideWidth;
    m_cardArea->setOrientation(wide ? Qt::Horizontal : Qt::Vertical);
    m_diagram->showForQuestion(phrasings);
    if (m_diagram->isHidden()) {
        m_diagram->show();
        // Below the text, the text gets what it needs to show whole, between two
        // and three fifths of the height; the diagram the rest.
        const int room = wide ? m_cardArea->width() : m_cardArea->height();
        const int textNeeds = int(m_view->document()->size().height()) + 2 * m_view->frameWidth();
        const int text = wide ? room / 2 : std::clamp(textNeeds, room * 2 / 5, room * 3 / 5);
        m_cardArea->setSizes({text, room - text});
    }
}

void RecallPage::hideDiagram()
{
    if (m_diagram)
        m_diagram->hide();
}

void RecallPage::redraw()
{
    if (m_reveal)
        showRevealed();
}

void RecallPage::finish(const core::QuizSummary &summary)
{
    m_reveal.reset();
    hideDiagram();
    QString page;
    if (summary.answered == 0 && summary.unanswered > 0) {
        page = tr("## Session ended\n\nNothing was answered, so nothing was scheduled. The %n question(s) "
                  "of this session wait for the next one.",
                  nullptr, summary.unanswered);
    } else if (summary.answered == 0) {
        page = tr("## Nothing to study here now\n\nDue questions and today's new ones are done, or the scope "
                  "you chose is empty. Come back later, choose another scope, or raise the number of new "
                  "questions per day in Preferences.");
    } else {
        const int right = summary.answered - summary.again;
        const QString share
            = tr("**%1%** (%2 of %3)").arg(qRound(100.0 * right / summary.answered)).arg(right).arg(summary.answered);
        page = tr("## Session done\n\n") + tr("- Answered: **%1**").arg(summary.answered) + QLatin1Char('\n')
            + (summary.picked ? tr("- Right: %1").arg(share) : tr("- Remembered: %1").arg(share)) + QLatin1Char('\n')
            + tr("- Time: **%1 min**").arg(std::max<qint64>(1, (summary.durationMs + 30000) / 60000))
            + QLatin1Char('\n');
        if (summary.nextDue) {
            // The day (unless today) and the time to the minute.
            const QLocale locale;
            const QDateTime due = summary.nextDue->toLocalTime();
            QString clock = locale.timeFormat(QLocale::ShortFormat);
            clock.remove(QStringLiteral(":ss"));
            const QString at = due.date() == QDate::currentDate() ? locale.toString(due.time(), clock)
                                                                  : locale.toString(due.date(), QLocale::ShortFormat)
                    + QLatin1Char(' ') + locale.toString(due.time(), clock);
            page += tr("- Next review: **in %1** (%2)").arg(interval(m_engine->now(), *summary.nextDue), at);
        } else {
            page += tr("- Nothing is scheduled yet.");
        }
        page += QStringLiteral("\n\n");
        if (!summary.missed.isEmpty()) {
            // Each a link: the window shows that question once the sitting is closed.
            page += tr("### Missed") + QStringLiteral("\n\n");
            for (qsizetype i = 0; i < summary.missed.size(); ++i) {
                page += QStringLiteral("- [%1](%2:%3)\n")
                            .arg(PlainMarkdown::escaped(summary.missedTitles.value(i)), kQuestionLink,
                                 summary.missed.at(i));
            }
        }
    }
    m_view->showMarkdown(page);
    m_missesButton->setText(tr("Practise the %n Missed Again", nullptr, int(summary.missed.size())));
    m_missesButton->setVisible(!summary.missed.isEmpty());
    showControls(m_doneControls, summary.missed.isEmpty() ? m_closeButton : m_missesButton);
}

bool RecallPage::handleKey(int key)
{
    const int controls = currentControls();
    if (controls == m_revealControls && (key == Qt::Key_Space || key == Qt::Key_Return)) {
        requestReveal();
        return true;
    }
    if (controls == m_gradeControls && key >= Qt::Key_1 && key <= Qt::Key_4) {
        grade(key - Qt::Key_1 + 1);
        return true;
    }
    return false;
}

} // namespace sdstudy::widgets
