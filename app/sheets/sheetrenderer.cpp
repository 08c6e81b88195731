#include "sheets/sheetrenderer.h"

#include "sheets/safetextdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextLayout>
#include <QUrl>

namespace sdstudy::sheets {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct SheetRendererText
{
    Q_DECLARE_TR_FUNCTIONS(SheetRenderer)
};

constexpr qreal kMarginMm = 15;
constexpr int kWritingLines = 5; // ruled lines under a question on a self-test sheet

// Each diagram as a picture in a paragraph of its own, at its own size, so that
// every diagram's labels print at one size; shrunk only where it would be wider
// than the column, or a tall one taller than the column is wide.
// `deviceScale` is the device's dots per 96 dpi pixel: image sizes in a text
// document are given in screen pixels and scaled to the device.
void appendDiagrams(QTextDocument &document, const QList<QImage> &images, qreal columnWidth, qreal deviceScale,
                    const QString &scheme = QStringLiteral("diagram"))
{
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat centred; // a paragraph of its own, outside any list
    centred.setAlignment(Qt::AlignHCenter);
    centred.setTopMargin(6);
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QImage &image = images[i];
        const QUrl name(QStringLiteral("%1:%2").arg(scheme).arg(i));
        document.addResource(QTextDocument::ImageResource, name, image);
        QTextImageFormat format;
        format.setName(name.toString());
        const qreal natural = image.deviceIndependentSize().width() * deviceScale;
        const qreal width = std::min({natural, columnWidth * 0.98, columnWidth * 1.2 * image.width() / image.height()});
        format.setWidth(width / deviceScale);
        format.setHeight(width * image.height() / image.width() / deviceScale);
        cursor.insertBlock(centred, QTextCharFormat());
        cursor.insertImage(format);
    }
}

} // namespace

// Something laid out once and placed in one or more slices.
struct SheetRenderer::Block
{
    enum Kind { TitleBlock, TopicHeading, Question };
    Kind kind = Question;
    QString topic;
    std::unique_ptr<QTextDocument> document;
    qreal writingSpace = 0;   // ruled space below a self-test question
    qreal keepTogether = 0;   // height that must not be split from the top
    QList<qreal> lineBottoms; // where the block may be cut, in its own coordinates

    qreal height() const { return document->documentLayout()->documentSize().height() + writingSpace; }
};

struct SheetRenderer::Slice
{
    const Block *block;
    int page;
    QPointF position; // top-left on the page
    qreal from, to;   // the part of the block shown
};

SheetRenderer::SheetRenderer(QList<SheetItem> items, SheetOptions options)
    : m_items(std::move(items))
    , m_options(std::move(options))
{
    m_options.columns = std::clamp(m_options.columns, 1, 2);
}

SheetRenderer::~SheetRenderer() = default;

void SheetRenderer::buildBlocks(QPagedPaintDevice &device, qreal columnWidth, qreal pageWidth)
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(m_options.fontSize);
    const QString css = QStringLiteral("h1 { font-size: x-large; } h2 { font-size: large; } p, li { margin: 0; }");

    auto makeDocument = [&](qreal width) {
        auto document = std::make_unique<SafeTextDocument>();
        document->documentLayout()->setPaintDevice(&device); // measure in the device's own units
        document->setDefaultFont(font);
        document->setDefaultStyleSheet(css);
        document->setDocumentMargin(0);
        document->setTextWidth(width);
        return document;
    };
    auto cutPoints = [](const QTextDocument &document) {
        QList<qreal> bottoms;
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
            const QTextLayout *layout = b.layout();
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                bottoms.append(layout->position().y() + line.y() + line.height());
            }
        }
        std::sort(bottoms.begin(), bottoms.end());
        return bottoms;
    };

    // Title block with the contents; page numbers are filled in after placing.
    QStringList topics;
    for (const SheetItem &item : std::as_const(m_items)) {
        if (topics.isEmpty() || topics.last() != item.question.topic)
            topics.append(item.question.topic);
    }
    {
        auto block = std::make_unique<Block>();
        block->kind = Block::TitleBlock;
        QString html
            = QStringLiteral("<h1>%1</h1><p>%2</p><p>%3</p>")
                  .arg(SheetRendererText::tr("System Design Study").toHtmlEscaped(), m_options.title.toHtmlEscaped(),
                       SheetRendererText::tr("%1 · %n question(s) · %2", nullptr, int(m_items.size()))
                           .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))
                           .arg(m_options.answers ? SheetRendererText::tr("with answers")
                                                  : SheetRendererText::tr("questions only"))
                           .toHtmlEscaped());
        if (topics.size() > 1) {
            html += QStringLiteral("<p><b>%1</b></p><table width=\"100%\">")
                        .arg(SheetRendererText::tr("Contents").toHtmlEscaped());
            for (const QString &topic : std::as_const(topics))
                html
                    += QStringLiteral("<tr><td>%1</td><td align=\"right\">@PAGE@</td></tr>").arg(topic.toHtmlEscaped());
            html += QStringLiteral("</table>");
        }
        block->document = makeDocument(pageWidth); // spans the columns
        block->document->setHtml(html);
        block->keepTogether = block->height();
        m_blocks.push_back(std::move(block));
    }

    QString topic;
    for (const SheetItem &item : std::as_const(m_items)) {
        if (item.question.topic != topic) {
            topic = item.question.topic;
            auto heading = std::make_unique<Block>();
            heading->kind = Block::TopicHeading;
            heading->topic = topic;
            heading->document = makeDocument(columnWidth);
            heading->document->setHtml(QStringLiteral("<h2>%1</h2>").arg(topic.toHtmlEscaped()));
            heading->keepTogether = heading->height();
            m_blocks.push_back(std::move(heading));
        }
        auto block = std::make_unique<Block>();
        block->topic = topic;
        auto document = makeDocument(columnWidth);
        QString markdown = QStringLiteral("**#%1 %2**\n\n").arg(item.question.number).arg(item.question.title);
        if (m_options.answers)
            markdown += item.answerMarkdown + QStringLiteral("\n\n");
        if (m_options.answers && !item.related.isEmpty()) {
            QStringList links;
            for (const core::QuestionSummary &related : item.related)
                links.append(related.title); // titles, not numbers: the numbers are those of this sheet's questions
            markdown += QStringLiteral("*%1* ").arg(SheetRendererText::tr("Related:"))
                + links.join(QStringLiteral(" \u00b7 ")) + QStringLiteral("\n\n");
        }
        if (m_options.notes && !item.note.trimmed().isEmpty())
            markdown += QStringLiteral("*%1*\n\n").arg(SheetRendererText::tr("My note:")) + item.note
                + QStringLiteral("\n\n");
        // Shown as text: a bank's or note's HTML is never interpreted on paper either,
        // and its pictures are never read from the disk.
        document->setAttachmentSource(m_attachments);
        document->setUntrustedMarkdown(markdown);
        block->document = std::move(document);
        appendDiagrams(*block->document, item.diagrams, columnWidth, device.logicalDpiX() / 96.0);
        if (m_options.notes && !item.sketch.isNull()) {
            QTextCursor cursor(block->document.get());
            cursor.movePosition(QTextCursor::End);
            QTextCharFormat italic;
            italic.setFontItalic(true);
            cursor.insertBlock(QTextBlockFormat(), italic);
            cursor.insertText(SheetRendererText::tr("My sketch:"), italic);
            appendDiagrams(*block->document, {item.sketch}, columnWidth, device.logicalDpiX() / 96.0,
                           QStringLiteral("sketch"));
        }
        const QFontMetricsF metrics(font, &device);
        if (!m_options.answers)
            block->writingSpace = kWritingLines * metrics.lineSpacing() * 1.6;
        block->lineBottoms = cutPoints(*block->document);
        // The title and the first lines of its answer stay together.
        const int together = std::min<int>(int(block->lineBottoms.size()), 3);
        block->keepTogether = m_options.answers && together > 0 ? block->lineBottoms.at(together - 1) : block->height();
        m_blocks.push_back(std::move(block));
    }
}

void SheetRenderer::place(qreal contentTop, qreal contentBottom, qreal spacing)
{
    m_slices.clear();
    m_contents.clear();
    int page = 0, column = 0;
    qreal y = contentTop;
    auto nextColumn = [&] {
        y = contentTop;
        if (++column >= m_options.columns) {
            column = 0;
            ++page;
        }
    };
    // The title block spans the columns.
    const Block &title = *m_blocks.front();
    m_slices.push_back({&title, 0, QPointF(0, y), 0, title.height()});
    qreal afterTitle = y + title.height() + 2 * spacing;

    for (size_t i = 1; i < m_blocks.size(); ++i) {
        const Block &block = *m_blocks[i];
        if (page == 0 && y < afterTitle)
            y = afterTitle;
        // A heading keeps with the start of the question after it.
        qreal together = block.keepTogether;
        if (block.kind == Block::TopicHeading && i + 1 < m_blocks.size())
            together += m_blocks[i + 1]->keepTogether;
        if (y + together > contentBottom && y > contentTop + 0.5)
            nextColumn();
        if (page == 0 && y < afterTitle)
            y = afterTitle;
        if (block.kind == Block::TopicHeading)
            m_contents.append({block.topic, page + 1});

        qreal from = 0;
        const qreal total = block.height();
        while (from < total) {
            const qreal room = contentBottom - y;
            qreal to = total;
            if (total - from > room) {
                // Cut at the last whole line that fits; the writing space is never cut.
                to = from;
                for (qreal bottom : block.lineBottoms) {
                    if (bottom > from && bottom - from <= room)
                        to = bottom;
                }
                if (to <= from && y > contentTop + 0.5) { // not one more line fits here
                    nextColumn();
                    continue;
                }
                if (to <= from) // a line taller than a whole column: cut it, there is no better place
                    to = from + room;
            }
            m_slices.push_back({&block, page, QPointF(column, y), from, to});
            y += to - from;
            from = to;
            if (from < total)
                nextColumn();
        }
        y += block.kind == Block::TopicHeading ? spacing / 2 : spacing;
    }
}

int SheetRenderer::paint(QPagedPaintDevice &device)
{
    device.setPageSize(QPageSize(m_options.paper));
    device.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    const QRectF area(0, 0, device.width(), device.height());
    const qreal gap = area.width() * 0.04;
    const qreal columnWidth = (area.width() - gap * (m_options.columns - 1)) / m_options.columns;

    m_blocks.clear();
    buildBlocks(device, columnWidth, area.width());
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(m_options.fontSize * 0.8);
    const qreal band = QFontMetricsF(small, &device).lineSpacing() * 2.2; // header and footer
    QFont body(QStringLiteral("DejaVu Serif"));
    body.setPointSizeF(m_options.fontSize);
    place(area.top() + band, area.bottom() - band, QFontMetricsF(body, &device).lineSpacing() * 0.7);
    const int pageCount = m_slices.empty() ? 1 : m_slices.back().page + 1;

    // The contents now know their pages.
    if (!m_contents.isEmpty()) {
        QString html = m_blocks.front()->document->toHtml();
        for (const auto &entry : std::as_const(m_contents))
            html.replace(html.indexOf(QStringLiteral("@PAGE@")), 6, QString::number(entry.second));
        m_blocks.front()->document->setHtml(html);
    }

    QPainter painter(&device);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        paintPage(painter, page, pageCount, area);
        for (const Slice &slice : m_slices) {
            if (slice.page != page)
                continue;
            const qreal x = slice.block->kind == Block::TitleBlock ? 0 : slice.position.x() * (columnWidth + gap);
            painter.save();
            painter.translate(x, slice.position.y() - slice.from);
            const qreal width = slice.block->kind == Block::TitleBlock ? area.width() : columnWidth;
            const QRectF clip(0, slice.from, width, slice.to - slice.from);
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette.setColor(QPalette::Text, Qt::black); // paper is white whatever the screen's theme
            context.clip = clip;
            slice.block->document->documentLayout()->draw(&painter, context);
            if (slice.block->writingSpace > 0) {
                const qreal top = slice.block->document->documentLayout()->documentSize().height();
                const qreal step = slice.block->writingSpace / kWritingLines;
                painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0));
                for (int line = 1; line <= kWritingLines; ++line)
                    painter.drawLine(QPointF(0, top + line * step), QPointF(columnWidth, top + line * step));
            }
            painter.restore();
        }
    }
    return pageCount;
}

void SheetRenderer::paintPage(QPainter &painter, int page, int pageCount, const QRectF &area) const
{
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(m_options.fontSize * 0.8);
    painter.save();
    painter.setFont(small);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const qreal line = QFontMetricsF(small, painter.device()).lineSpacing();
    // The topic of the page's first question, as a reader flipping pages wants it.
    QString topic;
    for (const Slice &slice : m_slices) {
        if (slice.page == page && slice.block->kind != Block::TitleBlock) {
            topic = slice.block->topic;
            break;
        }
    }
    if (page > 0) {
        painter.drawText(QRectF(area.left(), area.top(), area.width() / 2, line), Qt::AlignLeft, topic);
        painter.drawText(QRectF(area.center().x(), area.top(), area.width() / 2, line), Qt::AlignRight,
                         SheetRendererText::tr("System Design Study · %1").arg(m_options.title));
        painter.drawLine(QPointF(area.left(), area.top() + line * 1.3), QPointF(area.right(), area.top() + line * 1.3));
    }
    painter.drawText(QRectF(area.left(), area.bottom() - line, area.width(), line), Qt::AlignHCenter,
                     SheetRendererText::tr("Page %1 of %2").arg(page + 1).arg(pageCount));
    painter.restore();
}

} // namespace sdstudy::sheets
