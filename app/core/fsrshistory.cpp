#include "core/fsrshistory.h"

#include "core/inputfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sdstudy::core {

namespace {

struct FsrsHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(FsrsHistory)
};

// A review log of 200 MB is some 4 million answers: decades of daily study.
constexpr qint64 kMostCsvBytes = 200LL * 1024 * 1024;

bool isLearning(int state)
{
    return state == 0 || state == 1;
}

// Where the card's last run of learning answers starts; -1 if it has none, and then
// its start is not in the log (the tools leave such a card out).
qsizetype lastLearningStart(const QList<FsrsHistory::LogRow> &rows, qsizetype begin, qsizetype end)
{
    qsizetype start = -1;
    for (qsizetype i = end - 1; i >= begin; --i) {
        if (isLearning(rows.at(i).state))
            start = i;
        else if (start != -1)
            break;
    }
    return start;
}

} // namespace

FsrsHistory FsrsHistory::fromLog(QList<LogRow> rows, const QTimeZone &zone)
{
    // Answers the tools do not learn from: a rating outside 1..4 (a manual reschedule).
    rows.removeIf([](const LogRow &row) { return row.rating < 1 || row.rating > 4; });
    std::stable_sort(rows.begin(), rows.end(), [](const LogRow &a, const LogRow &b) {
        return a.card != b.card ? a.card < b.card : a.timeMs < b.timeMs;
    });
    const auto calendarDay = [&zone](qint64 timeMs) {
        return QDateTime::fromMSecsSinceEpoch(timeMs - qint64(kDayStartHour) * 3600 * 1000, zone).date();
    };

    FsrsHistory history;
    for (qsizetype begin = 0; begin < rows.size();) {
        qsizetype end = begin;
        while (end < rows.size() && rows.at(end).card == rows.at(begin).card)
            ++end;
        const qsizetype start = lastLearningStart(rows, begin, end);
        if (start != -1) {
            Card card;
            for (qsizetype i = start; i < end; ++i) {
                const LogRow &row = rows.at(i);
                const int elapsed = i == start
                    ? 0
                    : int(std::max<qint64>(0, calendarDay(rows.at(i - 1).timeMs).daysTo(calendarDay(row.timeMs))));
                if (elapsed > 0 && !card.reviews.isEmpty()) {
                    history.m_targets.append({int(history.m_cards.size()), int(card.reviews.size()), row.timeMs});
                    if (card.firstTarget == -1)
                        card.firstTarget = int(card.reviews.size());
                }
                card.reviews.append({row.rating, elapsed});
            }
            history.m_reviewCount += int(card.reviews.size());
            history.m_cards.append(card);
        }
        begin = end;
    }
    std::stable_sort(history.m_targets.begin(), history.m_targets.end(),
                     [](const Target &a, const Target &b) { return a.timeMs < b.timeMs; });
    return history;
}

std::optional<QList<FsrsHistory::LogRow>> FsrsHistory::readDatabase(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Questions only: diagram cards are answered in seconds and would bend the fit.
    query.prepare(QStringLiteral("SELECT concept_id, reviewed_at, rating, state_before, duration_ms FROM review_log"
                                 " WHERE mode <> ?"));
    query.addBindValue(QStringLiteral("diagram"));
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<LogRow> rows;
    while (query.next()) {
        const QDateTime at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        if (!at.isValid())
            continue; // the log is written by this app; a row it cannot read teaches nothing
        rows.append({query.value(0).toString(), at.toMSecsSinceEpoch(), query.value(2).toInt(), query.value(3).toInt(),
                     query.value(4).toLongLong()});
    }
    return rows;
}

std::optional<QList<FsrsHistory::LogRow>> FsrsHistory::readCsv(const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes = InputFile::read(path, kMostCsvBytes, error);
    if (!bytes)
        return std::nullopt;
    const QList<QByteArray> lines = bytes->split('\n');
    const QByteArrayList expected = {"card_id", "review_time", "review_rating", "review_state", "review_duration"};
    QList<LogRow> rows;
    QHash<QByteArray, int> column;
    qsizetype columns = 0;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QByteArray line = lines.at(index).trimmed();
        const auto fail = [&](const QString &what) {
            *error = FsrsHistoryText::tr("%1, line %2: %3").arg(path).arg(index + 1).arg(what);
            return std::nullopt;
        };
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(',');
        if (column.isEmpty()) {
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const QByteArray name = fields.at(i).trimmed();
                if (column.contains(name))
                    return fail(
                        FsrsHistoryText::tr("the header names the column \"%1\" twice").arg(QString::fromUtf8(name)));
                column.insert(name, int(i));
            }
            for (const QByteArray &name : expected) {
                if (!column.contains(name))
                    return fail(FsrsHistoryText::tr("the header has no column \"%1\"; a review log needs %2")
                                    .arg(QString::fromLatin1(name), QString::fromLatin1(expected.join(", "))));
            }
            columns = fields.size();
            continue;
        }
        if (fields.size() != columns)
            return fail(
                FsrsHistoryText::tr("%n fields where the header has %1", nullptr, int(fields.size())).arg(columns));
        qint64 numbers[5];
        for (int i = 0; i < 5; ++i) {
            bool ok = false;
            numbers[i] = fields.at(column.value(expected.at(i))).trimmed().toLongLong(&ok);
            if (!ok)
                return fail(FsrsHistoryText::tr("%1 is not a whole number").arg(QString::fromLatin1(expected.at(i))));
        }
        if (numbers[2] < 0 || numbers[2] > 4)
            return fail(FsrsHistoryText::tr("review_rating %1 is not 1 (again) to 4 (easy), or 0 (rescheduled)")
                            .arg(numbers[2]));
        if (numbers[3] < 0 || numbers[3] > 5)
            return fail(FsrsHistoryText::tr("review_state %1 is not 0 (new), 1 (learning), 2 (review), 3 (relearning), "
                                            "4 (filtered) or 5 (manual)")
                            .arg(numbers[3]));
        // A manual reschedule is not an answer, as the FSRS tools read it.
        if (numbers[3] == 5 || numbers[2] == 0)
            continue;
        // Between 1970 and 2200: anything else is not a time in milliseconds.
        if (numbers[1] < 0 || numbers[1] > 7258118400000LL)
            return fail(FsrsHistoryText::tr("review_time %1 is not a time in milliseconds since 1970").arg(numbers[1]));
        rows.append({QString::number(numbers[0]), numbers[1], int(numbers[2]), int(numbers[3]),
                     std::max<qint64>(0, numbers[4])});
    }
    if (column.isEmpty()) {
        *error = FsrsHistoryText::tr("%1 is empty; a review log starts with the header %2")
                     .arg(path, QString::fromLatin1(expected.join(',')));
        return std::nullopt;
    }
    return rows;
}

} // namespace sdstudy::core
