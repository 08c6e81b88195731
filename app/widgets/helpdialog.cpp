#include "widgets/helpdialog.h"

#include "widgets/markdownview.h"
#include "widgets/windowsize.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {

QString plainText(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…")).remove(QStringLiteral("...")).trimmed();
}

// A two-column table's head: without one, Markdown leaves an empty first row.
QString tableHead()
{
    return QStringLiteral("| %1 | %2 |\n|---|---|\n").arg(HelpDialog::tr("Action"), HelpDialog::tr("Keys"));
}

void collect(const QMenu *menu, const QString &path, QString *markdown)
{
    QString rows;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collect(action->menu(), path + QStringLiteral(" › ") + plainText(action->text()), markdown);
            continue;
        }
        const QKeySequence keys = action->shortcut();
        if (!keys.isEmpty())
            rows += QStringLiteral("| %1 | %2 |\n")
                        .arg(plainText(action->text()), keys.toString(QKeySequence::NativeText));
    }
    if (!rows.isEmpty())
        *markdown += QStringLiteral("### %1\n\n").arg(path) + tableHead() + rows + QLatin1Char('\n');
}

} // namespace

HelpDialog::HelpDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget)
{
    setWindowTitle(tr("System Design Study Help"));
    WindowSize::fitToScreen(this, QSize(760, 640));
    auto *guideView = new MarkdownView;
    guideView->setObjectName(QStringLiteral("guide"));
    guideView->showMarkdown(guide());
    auto *keysView = new MarkdownView;
    keysView->setObjectName(QStringLiteral("shortcuts"));
    keysView->showMarkdown(shortcutSheet(menus));
    for (MarkdownView *view : {guideView, keysView}) {
        view->document()->setDocumentMargin(16);
        // Writing the page leaves the cursor at its end, and the view would open there.
        view->moveCursor(QTextCursor::Start);
    }
    m_tabs->insertTab(GuidePage, guideView, tr("&Guide"));
    m_tabs->insertTab(ShortcutsPage, keysView, tr("&Shortcuts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
}

void HelpDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

QString HelpDialog::shortcutSheet(const QMenuBar *menus)
{
    QString markdown = tr("## Keyboard shortcuts") + QStringLiteral("\n\n");
    for (const QAction *action : menus->actions()) {
        if (action->menu())
            collect(action->menu(), plainText(action->text()), &markdown);
    }
    markdown += tr("### While studying") + QStringLiteral("\n\n") + tableHead()
        + tr("| Show the answer | Space |\n| Grade Again, Hard, Good, Easy (or pick answer 1-4) | 1, 2, 3, 4 |\n"
             "| Take the last answer back | Ctrl+Z |\n| Check typed recall, show the model answer in a mock | "
             "Ctrl+Enter |\n"
             "| Pause the mock interview clock | Ctrl+Space |\n")
        + QLatin1Char('\n') + tr("### Diagrams") + QStringLiteral("\n\n") + tableHead()
        + tr("| Zoom in, out | +, - (or the wheel) |\n| Fit to the panel | 0 |\n| Pan | drag |\n");
    return markdown;
}

QString HelpDialog::guide()
{
    return tr("## Welcome to System Design Study\n\n"
              "About 780 system-design interview questions with their answers, grouped into topics, with the "
              "questions the bank asks twice in other words folded into one.\n\n"
              "### Find and read\n\n"
              "- **Topics** on the left; **Search** (Ctrl+F) answers while you type, over questions, answers and "
              "your notes, and finds other forms of a word (“stampedes” finds “stampede”). Alt+Down and Alt+Up "
              "walk the questions; Alt+Left and Alt+Right (or the mouse's side buttons) go back and forward "
              "through what you read.\n"
              "- Filters go with words in the search box: `is:bookmarked`, `flag:hard` (or `review`, `favourite`), "
              "`has:note`, `topic:caching` (quote names with spaces: `topic:\"load balancing\"`).\n"
              "- The **Diagram** panel (F9) shows the architecture or concept behind the question; click a "
              "component to open the question that explains it. The **Diagrams** tab lists them all.\n\n"
              "### Keep what matters\n\n"
              "- Ctrl+D bookmarks a question; Ctrl+1, Ctrl+2, Ctrl+3 flag it Hard, Review later or Favourite.\n"
              "- The note under each answer is Markdown and saves itself as you type.\n\n"
              "### Practise\n\n"
              "- **Study Now** (F5): recall. See the question, say or think the answer, press Space, then grade "
              "yourself 1-4 (Again, Hard, Good, Easy). The scheduler (FSRS-6, as in Anki) brings each question "
              "back just before you would forget it.\n"
              "- **Multiple choice** (Shift+F5): pick the right answer among four; the wrong ones are real answers "
              "to nearby questions.\n"
              "- **Typed recall** (Ctrl+F5): type the key points; the app shows which key terms you had.\n"
              "- **Mock interview** (Alt+F5): a design question, a clock, the stages of an interview and a "
              "scratch pad; then the model answer.\n"
              "- **Start Session** (Ctrl+Shift+F5) chooses topics, bookmarks, weak or missed questions.\n"
              "- **Progress** (F6) shows what you studied and what comes next.\n\n"
              "### Take it elsewhere\n\n"
              "- **Print** (Ctrl+P) topic sheets or save them as PDF, with answers, notes and diagrams or as a "
              "self-test.\n"
              "- **File** exports cards for Anki and your progress for another computer.\n\n"
              "Your data stays on this computer, in one file that is backed up while you work.\n");
}

} // namespace sdstudy::widgets
