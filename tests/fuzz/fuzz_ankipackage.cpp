// Anki packages: the zip, the collection inside it (SQLite, read-only, tables
// only), the notes' HTML and the media map. Whatever comes in is read into a bank
// or refused; a package that reads is imported too.

#include "core/ankipackage.h"
#include "fuzzlibrary.h"

using namespace sdstudy::core;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::startQt();
    Fuzz::library();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const ParsedBank bank = AnkiPackage::read(bytes, &error);
    if (error.isEmpty() && !bank.items.isEmpty()) {
        const auto outcome = Fuzz::library().importFile(Fuzz::writeScratch(QStringLiteral("deck.apkg"), data, size));
        (void)outcome;
    }
    return 0;
}
