// The bank importer: shape detection over Markdown and CSV, repair of damaged
// encodings, and, for input that parses, the whole import into a database.

#include "core/bankparser.h"
#include "core/mojibake.h"
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
    (void)Mojibake::repair(QString::fromUtf8(bytes));
    (void)BankParser::parseAs(bytes, QStringLiteral("fuzz.csv"), BankShape::Format::Csv);
    const auto parsed = BankParser::parse(bytes, QStringLiteral("fuzz.md"));
    if (!parsed.error) {
        const auto outcome = Fuzz::library().importFile(Fuzz::writeScratch(QStringLiteral("bank.md"), data, size));
        (void)outcome;
    }
    return 0;
}
