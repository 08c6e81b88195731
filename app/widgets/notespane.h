#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QSyntaxHighlighter;
class QTabBar;

namespace sdstudy::core {
class AttachmentStore;
class NoteStore;
} // namespace sdstudy::core

namespace sdstudy::widgets {

class MarkdownView;
class NoteEditor;

// The person's note on the current question: Markdown, highlighted while typing,
// with a rendered preview. Saves itself at most a second after the last keystroke
// (and at least every few seconds while typing goes on) unless autosave is off in
// Preferences, and always on Ctrl+S, on switching question, on losing focus and
// on quit. A save that fails keeps the text, says why, and is
// tried again until it succeeds: nothing typed is dropped. A pasted picture is
// kept in the database and the note refers to it (NoteEditor).
class NotesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesPane)

public:
    static constexpr int kQuietMs = 1000;   // save this long after the last keystroke
    static constexpr int kLongestMs = 5000; // and at least this often while typing goes on
    static constexpr int kRetryMs = 5000;   // retry a failed save this often

    NotesPane(core::NoteStore &notes, core::AttachmentStore &attachments, QWidget *parent = nullptr);

    // Saving as one types, chosen in Preferences (on unless turned off).
    static bool savedAutosave();
    static void saveAutosave(bool on);
    void setAutosave(bool on);
    ~NotesPane() override;

    // Saves the note on show and loads the one for questionId.
    void setQuestion(const QString &questionId);
    QString questionId() const { return m_questionId; }

    // Saves every change not yet on disk. False if something could not be saved
    // (it stays in memory and is retried).
    bool saveNow();
    bool hasUnsavedText() const;

    // Shows the note with its last saved time, as after a change made elsewhere (undo).
    void reload();
    // The stored note of the question on show changed: shown, unless it is what the
    // pane itself just saved or what is being typed (which is saved over it).
    void noteChangedElsewhere();

    QPlainTextEdit *editor() const;
    MarkdownView *preview() const { return m_preview; }
    QString statusText() const;
    void showPreview(bool preview);
    // An empty note folds to the one line "Add a Note" (the main window's note; a
    // mock interview's scratch pad stays open). Off unless turned on.
    void setFoldsWhenEmpty(bool folds);
    // Opens the editor, in a question without a note too, and puts the cursor in it.
    void startWriting();
    // A button for `action` in the pane's header, after Add a Note (the whiteboard's).
    void addHeaderAction(QAction *action);
    // True while the pane is the one line "Add a Note": the question has no note
    // and none is being written, so the answer above gets the room.
    bool isCompact() const { return m_compact; }

Q_SIGNALS:
    void compactChanged(bool compact);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onTextChanged();
    bool savePending();
    void showSavedAt(const QString &isoTime);
    void attachHighlighter();
    void updateCompact();
    void setCompact(bool compact);

    core::NoteStore &m_notes;
    QString m_questionId;
    QString m_savedText;               // what the database holds for m_questionId
    QHash<QString, QString> m_pending; // question id -> text not yet on disk
    bool m_loading = false;

    QTabBar *m_modes;
    QPushButton *m_addNote;
    QHBoxLayout *m_header;
    bool m_compact = false;
    bool m_foldsWhenEmpty = false;
    QLabel *m_status;
    QStackedWidget *m_stack;
    NoteEditor *m_editor;
    MarkdownView *m_preview;
    bool m_autosave;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QSyntaxHighlighter *m_layoutHighlighter = nullptr; // code in monospace until m_highlighter comes
    bool m_waitingForSyntax = false;                   // for the definitions' worker thread, to colour the note on show
    QTimer m_quietTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_unsavedFor;
};

} // namespace sdstudy::widgets
