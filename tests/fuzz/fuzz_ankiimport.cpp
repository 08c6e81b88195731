// Anki text files as found on the internet: headers, quoted fields, tags.

#include "fuzzlibrary.h"
#include "sheets/ankiexchange.h"

using namespace sdstudy::sheets;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::startQt();
    Fuzz::library();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)AnkiExchange::read(bytes, QStringLiteral("fuzz.txt"), Fuzz::library());
    return 0;
}
