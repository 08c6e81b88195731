// Progress files from another computer: bookmarks, notes, schedules, reviews. After
// each import every imported schedule is answered, so scheduling on imported data
// is fuzzed too: it must succeed and never give a stability or due time that is
// not a number.

#include "core/progressfile.h"
#include "fuzzlibrary.h"

#include <cmath>

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
    StudyLibrary &library = Fuzz::library();
    const auto report = ProgressFile::read(bytes, QStringLiteral("fuzz.json"), library);
    if (!report.error.isEmpty())
        return 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The scratch database keeps what earlier inputs brought: a few suffice.
    const auto cards = library.reviews().allCards().mid(0, 20);
    for (const auto &[conceptId, card] : cards) {
        QString error;
        const auto answered = library.reviews().answer(
            {conceptId, conceptId, FsrsScheduler::Rating::Good, QStringLiteral("fuzz"), 1, now}, &error);
        if (!answered)
            qFatal("fuzz: answering an imported card failed: %s", qPrintable(error));
        if (!std::isfinite(answered->stability) || !std::isfinite(answered->difficulty) || !answered->due.isValid())
            qFatal("fuzz: an imported card was scheduled to a stability or due time that is not a number");
    }
    return 0;
}
