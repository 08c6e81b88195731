#pragma once

#include <QString>
#include <QTextDocument>

namespace sdstudy::widgets {

// A tooltip that shows text as written. Qt renders a tooltip that looks like HTML
// as rich text, with its own resource loader: a note or an answer saying
// <img src="/dev/zero"> would be read from the disk on hover. Escaped, it is text.
inline QString plainToolTip(const QString &text)
{
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace sdstudy::widgets
