#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QSet>

namespace sdstudy::syntax {

// Colours a note's Markdown while it is written (KDE's Markdown definition), with
// two changes for notes: code, inline or in ``` fences in any language, is in a
// monospace font as it will be shown; and a first line such as "Missed: **x**" is
// plain text, not the document metadata the definition takes it for.
class NoteHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteHighlighter)

public:
    explicit NoteHighlighter(QTextDocument *document);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QSet<quint16> m_markdownFormats; // the definition's own; others come from a fenced language
    QSet<quint16> m_codeFormats;
    QSet<quint16> m_metadataFormats;
};

} // namespace sdstudy::syntax
