// The search box: the query parser (words, quotes, filters) and the search it
// runs against the bundled bank, where a stray FTS5 operator must not break anything.

#include "core/searchquery.h"
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
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)SearchQuery::parse(text);
    (void)Fuzz::library().search().search(text, 20);
    return 0;
}
