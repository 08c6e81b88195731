#pragma once

#include <QPalette>
#include <QString>
#include <QSyntaxHighlighter>

#include <memory>
#include <unordered_map>

namespace KSyntaxHighlighting {
class Definition;
}

namespace sdstudy::syntax {

// Colours the fenced code blocks of a rendered Markdown document, each in its own
// language (```cpp, ```python ...), with KDE's syntax definitions and the theme
// that matches the palette. Text outside code blocks is left alone.
class CodeBlockHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeBlockHighlighter)

public:
    CodeBlockHighlighter(QTextDocument *document, const QPalette &palette);
    ~CodeBlockHighlighter() override;

    // Colours again in the theme of the palette, after it changed.
    void followPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    class LanguageHighlighter;
    LanguageHighlighter *highlighterFor(const QString &language);

    QPalette m_palette;
    std::unordered_map<QString, std::unique_ptr<LanguageHighlighter>> m_highlighters; // by fence language
};

} // namespace sdstudy::syntax
