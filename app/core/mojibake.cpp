#include "core/mojibake.h"

#include <array>
#include <optional>

namespace sdstudy::core {

namespace {

// Windows-1252 bytes 0x80..0x9F. Five are undefined; decoders that accept them
// pass them through as the C1 control of the same value.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

std::optional<unsigned char> cp1252Byte(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xA0 && u <= 0xFF)
        return static_cast<unsigned char>(u);
    for (size_t i = 0; i < kCp1252High.size(); ++i) {
        if (kCp1252High[i] == u)
            return static_cast<unsigned char>(0x80 + i);
    }
    return std::nullopt;
}

int sequenceLength(unsigned char lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

bool isContinuation(unsigned char b)
{
    return (b & 0xC0) == 0x80;
}

} // namespace

namespace Mojibake {

QString repair(const QString &text)
{
    // ASCII never starts a damaged sequence (a UTF-8 lead byte is 0xC2 or more),
    // so text that is all ASCII, as most of any bank is, is returned as it is.
    qsizetype i = 0;
    while (i < text.size() && text.at(i).unicode() < 0x80)
        ++i;
    if (i == text.size())
        return text;
    QString out = text.first(i);
    out.reserve(text.size());
    while (i < text.size()) {
        const auto lead = cp1252Byte(text.at(i));
        const int length = lead ? sequenceLength(*lead) : 0;
        if (lead && length > 0 && i + length <= text.size()) {
            QByteArray bytes(1, static_cast<char>(*lead));
            for (int k = 1; k < length; ++k) {
                const auto next = cp1252Byte(text.at(i + k));
                if (!next || !isContinuation(*next))
                    break;
                bytes.append(static_cast<char>(*next));
            }
            if (bytes.size() == length) {
                const QString decoded = QString::fromUtf8(bytes);
                // fromUtf8 marks overlong or surrogate forms with U+FFFD: not ours to touch.
                if (!decoded.contains(QChar::ReplacementCharacter)) {
                    out += decoded;
                    i += length;
                    continue;
                }
            }
        }
        out += text.at(i);
        ++i;
    }
    return out;
}

} // namespace Mojibake

} // namespace sdstudy::core
