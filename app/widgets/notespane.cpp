#include "widgets/notespane.h"

#include "core/attachmentstore.h"
#include "core/notestore.h"
#include "widgets/markdownview.h"
#include "widgets/noteeditor.h"
#include "widgets/notelayouthighlighter.h"
#include "widgets/syntaxhighlighting.h"
#include "widgets/syntaxloader.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {
const QString kAutosaveKey = QStringLiteral("notes/autosave");
} // namespace

NotesPane::NotesPane(core::NoteStore &notes, core::AttachmentStore &attachments, QWidget *parent)
    : QWidget(parent)
    , m_notes(notes)
    , m_modes(new QTabBar)
    , m_addNote(new QPushButton(tr("Add a Note…")))
    , m_status(new QLabel)
    , m_stack(new QStackedWidget)
    , m_editor(new NoteEditor(attachments))
    , m_preview(new MarkdownView)
    , m_autosave(savedAutosave())
{
    m_modes->addTab(tr("Write"));
    m_modes->addTab(tr("Preview"));
    m_modes->setDrawBase(false);
    m_modes->setExpanding(false);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    m_addNote->setFlat(true);
    m_addNote->setToolTip(tr("Write a note on this question (Ctrl+Shift+N)"));
    m_addNote->hide();
    connect(m_addNote, &QPushButton::clicked, this, &NotesPane::startWriting);
    m_status->setObjectName(QStringLiteral("noteStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setWordWrap(true);

    auto *title = new QLabel(tr("My note"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(title);
    header->addWidget(m_addNote, 0, Qt::AlignLeft);
    header->addWidget(m_modes);
    header->addWidget(m_status, 1);
    header->addStretch(0); // takes the room of the hidden parts while the pane is one line
    m_header = header;

    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setPlaceholderText(tr("Your note on this question, in Markdown: what you got wrong, a mnemonic, "
                                    "a code sketch in ``` fences…"));
    m_editor->setAccessibleName(tr("Note"));
    m_editor->setTabChangesFocus(false);
    m_editor->installEventFilter(this);
    m_editor->viewport()->installEventFilter(this);
    connect(m_editor, &NoteEditor::pictureRefused, this,
            [this](const QString &reason) { m_status->setText(tr("Picture not added: %1").arg(reason)); });
    m_preview->setAttachmentSource(attachments.reader());
    m_preview->setObjectName(QStringLiteral("notePreview"));
    m_preview->setAccessibleName(tr("Note preview"));
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_preview);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    m_quietTimer.setSingleShot(true);
    m_quietTimer.setInterval(kQuietMs);
    m_retryTimer.setInterval(kRetryMs);
    connect(&m_quietTimer, &QTimer::timeout, this, &NotesPane::saveNow);
    connect(&m_retryTimer, &QTimer::timeout, this, &NotesPane::saveNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NotesPane::onTextChanged);
    connect(m_modes, &QTabBar::currentChanged, this, [this](int index) { showPreview(index == 1); });
    setEnabled(false);
}

QPlainTextEdit *NotesPane::editor() const
{
    return m_editor;
}

NotesPane::~NotesPane()
{
    // The last chance to keep what was typed; no one is left to tell about it.
    const QSignalBlocker quiet(this);
    saveNow();
}

void NotesPane::attachHighlighter()
{
    SyntaxHighlighting *syntax = m_highlighter ? nullptr : SyntaxLoader::highlighting();
    if (!syntax)
        return; // the layout's code font, if any, stays
    delete m_layoutHighlighter;
    m_layoutHighlighter = nullptr;
    m_highlighter = syntax->highlightNote(m_editor->document(), palette());
    // Formatted now and drawn again: left to the highlighter's own queued first
    // pass, a note already on show stayed blank until something repainted it.
    m_highlighter->rehighlight();
    m_editor->viewport()->update();
}

void NotesPane::setQuestion(const QString &questionId)
{
    if (questionId == m_questionId)
        return;
    saveNow();
    m_questionId = questionId;
    reload();
}

void NotesPane::reload()
{
    const auto note = m_notes.get(m_questionId);
    m_savedText = note ? note->text : QString();
    m_loading = true;
    // An unsaved text for this question (its save failed) wins over the stored one.
    m_editor->setPlainText(m_pending.value(m_questionId, m_savedText));
    m_loading = false;
    if (!m_highlighter && !m_editor->document()->isEmpty()) {
        SyntaxLoader::preload(); // ready soon after the note is first drawn
        if (!m_layoutHighlighter)
            m_layoutHighlighter = new NoteLayoutHighlighter(m_editor->document());
    }
    setEnabled(!m_questionId.isEmpty());
    if (m_pending.contains(m_questionId))
        m_status->setText(tr("Not saved yet"));
    else if (note)
        showSavedAt(note->updated);
    else
        m_status->clear();
    if (m_stack->currentWidget() == m_preview)
        m_preview->showMarkdown(m_editor->toPlainText());
    updateCompact();
}

void NotesPane::addHeaderAction(QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    m_header->insertWidget(m_header->indexOf(m_addNote) + 1, button, 0, Qt::AlignLeft);
}

void NotesPane::startWriting()
{
    showPreview(false);
    setCompact(false); // before the focus: a hidden editor cannot take it
    m_editor->setFocus();
}

void NotesPane::setFoldsWhenEmpty(bool folds)
{
    m_foldsWhenEmpty = folds;
    updateCompact();
}

void NotesPane::updateCompact()
{
    setCompact(m_foldsWhenEmpty && m_editor->document()->isEmpty() && !m_editor->hasFocus()
               && !m_pending.contains(m_questionId));
}

void NotesPane::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_addNote->setVisible(compact);
    m_modes->setVisible(!compact);
    m_stack->setVisible(!compact);
    m_status->setVisible(!compact);
    m_header->setStretch(m_header->count() - 1, compact ? 1 : 0);
    Q_EMIT compactChanged(compact);
}

void NotesPane::noteChangedElsewhere()
{
    if (m_pending.contains(m_questionId))
        return;
    const auto note = m_notes.get(m_questionId);
    if ((note ? note->text : QString()) != m_editor->toPlainText())
        reload();
}

void NotesPane::showPreview(bool preview)
{
    if (preview)
        m_preview->showMarkdown(m_editor->toPlainText());
    m_stack->setCurrentWidget(preview ? static_cast<QWidget *>(m_preview) : m_editor);
    m_modes->setCurrentIndex(preview ? 1 : 0);
}

bool NotesPane::savedAutosave()
{
    return QSettings().value(kAutosaveKey, true).toBool();
}

void NotesPane::saveAutosave(bool on)
{
    QSettings().setValue(kAutosaveKey, on);
}

void NotesPane::setAutosave(bool on)
{
    m_autosave = on;
    if (!on)
        m_quietTimer.stop();
    else if (!m_pending.isEmpty())
        m_quietTimer.start();
}

void NotesPane::onTextChanged()
{
    if (m_loading || m_questionId.isEmpty())
        return;
    const QString text = m_editor->toPlainText();
    if (text == m_savedText) {
        // Typed back to what is on disk: nothing to save, and the label says so.
        m_pending.remove(m_questionId);
        m_quietTimer.stop();
        const auto note = m_notes.get(m_questionId);
        note ? showSavedAt(note->updated) : m_status->clear();
        return;
    }
    if (!m_pending.contains(m_questionId))
        m_unsavedFor.start();
    m_pending.insert(m_questionId, text);
    if (!m_autosave) {
        m_status->setText(tr("Not saved yet: Ctrl+S saves, and so does leaving this question"));
        return;
    }
    m_status->setText(tr("Editing…"));
    // Typing that never pauses is still saved every few seconds.
    if (m_unsavedFor.elapsed() >= kLongestMs)
        saveNow();
    else
        m_quietTimer.start();
}

bool NotesPane::saveNow()
{
    m_quietTimer.stop();
    return savePending();
}

bool NotesPane::savePending()
{
    QString failure;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        QString error;
        if (!m_notes.save(it.key(), it.value(), &error)) {
            failure = error;
            ++it;
            continue;
        }
        const QString id = it.key(), text = it.value();
        it = m_pending.erase(it);
        if (id == m_questionId) {
            m_savedText = text;
            const auto note = m_notes.get(id);
            note ? showSavedAt(note->updated) : m_status->setText(tr("Note deleted"));
        }
    }
    if (failure.isEmpty()) {
        m_retryTimer.stop();
        return true;
    }
    m_status->setText(tr("Not saved: %1. Your text stays here and is saved as soon as possible.").arg(failure));
    m_retryTimer.start();
    return false;
}

bool NotesPane::hasUnsavedText() const
{
    return !m_pending.isEmpty();
}

QString NotesPane::statusText() const
{
    return m_status->text();
}

void NotesPane::showSavedAt(const QString &isoTime)
{
    const QDateTime time = QDateTime::fromString(isoTime, Qt::ISODateWithMs).toLocalTime();
    const QLocale locale;
    const QString when = time.date() == QDate::currentDate() ? locale.toString(time.time(), QLocale::ShortFormat)
                                                             : locale.toString(time, QLocale::ShortFormat);
    m_status->setText(tr("Saved %1").arg(when));
}

void NotesPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        SyntaxLoader::highlighting()->followPalette(m_highlighter, palette());
    QWidget::changeEvent(event);
}

bool NotesPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut) {
        saveNow();
        // Left empty: back to one line, once the focus has settled (a menu or a
        // dialog takes it only for a moment).
        QTimer::singleShot(0, this, &NotesPane::updateCompact);
    }
    if (watched == m_editor && event->type() == QEvent::FocusIn)
        attachHighlighter();
    // Reading the syntax definitions takes a tenth of a second: a note on show is
    // coloured after its first frame, never before it, and once they are read on
    // their worker thread (see SyntaxLoader::preload) rather than waiting for them.
    if (watched == m_editor->viewport() && event->type() == QEvent::Paint && !m_highlighter && !m_waitingForSyntax
        && !m_editor->document()->isEmpty()) {
        m_waitingForSyntax = true;
        QTimer::singleShot(0, this, [this] {
            SyntaxLoader::whenLoaded(this, [this] {
                m_waitingForSyntax = false;
                attachHighlighter();
            });
        });
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sdstudy::widgets
