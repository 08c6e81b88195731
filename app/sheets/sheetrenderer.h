#pragma once

#include "sheets/sheetselection.h"

#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace sdstudy::sheets {

struct SheetOptions
{
    bool answers = true; // false: a self-test sheet with room to write
    bool notes = false;
    int columns = 1; // 1 or 2
    QPageSize::PageSizeId paper = QPageSize::A4;
    qreal fontSize = 10; // points
    QString title;       // what the sheet holds, for the title block and headers
};

// Lays out and paints topic sheets on any paged device (a PDF writer, a printer,
// a print preview): a title block with a table of contents, topic headings, the
// questions numbered as in the app, one or two columns, the topic in the header
// and "page x of y" in the footer. A question always starts together with the
// beginning of its answer; a long answer continues in the next column at a line
// boundary, so no line is ever cut or drawn over another.
class SheetRenderer final
{
public:
    SheetRenderer(QList<SheetItem> items, SheetOptions options);
    ~SheetRenderer();

    // Where the pictures kept in notes come from (attachment:ID); none are printed without one.
    void setAttachmentSource(std::function<std::optional<QByteArray>(const QString &id)> source)
    {
        m_attachments = std::move(source);
    }

    // Paints every page; returns the number of pages.
    int paint(QPagedPaintDevice &device);

private:
    struct Block;
    struct Slice;

    void buildBlocks(QPagedPaintDevice &device, qreal columnWidth, qreal pageWidth);
    void place(qreal contentTop, qreal contentBottom, qreal spacing);
    void paintPage(QPainter &painter, int page, int pageCount, const QRectF &area) const;

    QList<SheetItem> m_items;
    std::function<std::optional<QByteArray>(const QString &id)> m_attachments;
    SheetOptions m_options;
    std::vector<std::unique_ptr<Block>> m_blocks;
    std::vector<Slice> m_slices;
    QList<QPair<QString, int>> m_contents; // topic -> first page
};

} // namespace sdstudy::sheets
