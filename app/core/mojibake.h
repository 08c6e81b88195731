#pragma once

#include <QString>

namespace sdstudy::core {

namespace Mojibake {

// Undoes the commonest text damage in question banks: UTF-8 bytes that were read
// as Windows-1252 and written out again ("Ã—" for "×", "â€”" for "—"). Every
// maximal run of characters that Windows-1252 can encode is mapped back to its
// bytes and decoded as UTF-8 where that yields a valid multi-byte sequence; any
// other text is left exactly as it was.
QString repair(const QString &text);

} // namespace Mojibake

} // namespace sdstudy::core
