#include "syntax/codeblockhighlighter.h"

#include "syntax/syntaxrepository.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

#include <functional>

namespace sdstudy::syntax {

namespace {

QString languageOf(const QTextBlock &block)
{
    return block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
}

bool isCode(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeFence) || format.hasProperty(QTextFormat::BlockCodeLanguage);
}

// Carries the highlighting state from one line of a code block to the next.
class StateData final : public QTextBlockUserData
{
public:
    explicit StateData(const KSyntaxHighlighting::State &s)
        : state(s)
    { }
    KSyntaxHighlighting::State state;
};

} // namespace

// One language's highlighter; it hands its formats back to the owning QSyntaxHighlighter.
class CodeBlockHighlighter::LanguageHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    LanguageHighlighter(const KSyntaxHighlighting::Definition &definition, const QPalette &palette)
    {
        setDefinition(definition);
        setTheme(SyntaxRepository::themeFor(palette));
    }

    KSyntaxHighlighting::State highlight(const QString &text, const KSyntaxHighlighting::State &state,
                                         const std::function<void(int, int, const QTextCharFormat &)> &apply)
    {
        m_apply = &apply;
        const auto next = highlightLine(text, state);
        m_apply = nullptr;
        return next;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (format.isDefaultTextStyle(theme()) || length == 0)
            return;
        QTextCharFormat charFormat;
        if (format.hasTextColor(theme()))
            charFormat.setForeground(format.textColor(theme()));
        if (format.isBold(theme()))
            charFormat.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            charFormat.setFontItalic(true);
        (*m_apply)(offset, length, charFormat);
    }

private:
    const std::function<void(int, int, const QTextCharFormat &)> *m_apply = nullptr;
};

CodeBlockHighlighter::CodeBlockHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
    , m_palette(palette)
{ }

CodeBlockHighlighter::~CodeBlockHighlighter() = default;

CodeBlockHighlighter::LanguageHighlighter *CodeBlockHighlighter::highlighterFor(const QString &language)
{
    auto it = m_highlighters.find(language);
    if (it == m_highlighters.end()) {
        const auto definition = SyntaxRepository::definitionForFence(language);
        it = m_highlighters
                 .emplace(language,
                          definition.isValid() ? std::make_unique<LanguageHighlighter>(definition, m_palette) : nullptr)
                 .first;
    }
    return it->second.get();
}

void CodeBlockHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    if (!isCode(block))
        return;
    LanguageHighlighter *highlighter = highlighterFor(languageOf(block));
    if (!highlighter)
        return;
    // Continue from the previous line when it belongs to the same code block.
    KSyntaxHighlighting::State state;
    const QTextBlock previous = block.previous();
    if (previous.isValid() && isCode(previous) && languageOf(previous) == languageOf(block)) {
        if (auto *data = dynamic_cast<StateData *>(previous.userData()))
            state = data->state;
    }
    const std::function<void(int, int, const QTextCharFormat &)> apply
        = [this](int offset, int length, const QTextCharFormat &format) { setFormat(offset, length, format); };
    const auto next = highlighter->highlight(text, state, apply);
    auto *data = dynamic_cast<StateData *>(block.userData());
    if (!data || !(data->state == next)) {
        setCurrentBlockUserData(new StateData(next));
        setCurrentBlockState(currentBlockState() + 1); // tells Qt the next line needs redoing
    }
}

void CodeBlockHighlighter::followPalette(const QPalette &palette)
{
    m_palette = palette;
    m_highlighters.clear(); // made again, each in the new palette's theme
    rehighlight();
}

} // namespace sdstudy::syntax
