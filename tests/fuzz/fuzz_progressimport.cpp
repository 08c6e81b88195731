// Progress files from another computer: bookmarks, notes, schedules, reviews.

#include "fuzzlibrary.h"
#include "progressfile.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::startQt();
    Fuzz::library();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    StudyLibrary &library = Fuzz::library();
    (void)ProgressFile::read(bytes, QStringLiteral("fuzz.json"), library.database(), library.bookmarks(), library.notes());
    return 0;
}
