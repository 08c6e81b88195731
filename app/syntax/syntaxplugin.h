#pragma once

#include "widgets/syntaxhighlighting.h"

#include <QObject>

namespace sdstudy::syntax {

// The plugin's face to the app: see widgets::SyntaxHighlighting.
class SyntaxPlugin final : public QObject, public widgets::SyntaxHighlighting
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SDSTUDY_SYNTAX_HIGHLIGHTING_IID)
    Q_INTERFACES(sdstudy::widgets::SyntaxHighlighting)
    Q_DISABLE_COPY_MOVE(SyntaxPlugin)

public:
    SyntaxPlugin() = default;

    void readDefinitions(QThread *owner) override;
    void releaseDefinitions() override;
    QSyntaxHighlighter *highlightNote(QTextDocument *document, const QPalette &palette) override;
    QSyntaxHighlighter *highlightCodeBlocks(QTextDocument *document, const QPalette &palette) override;
    void followPalette(QSyntaxHighlighter *highlighter, const QPalette &palette) override;
};

} // namespace sdstudy::syntax
