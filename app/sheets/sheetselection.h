#pragma once

#include "core/questionsummary.h"
#include "core/sketch.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::sheets {

// One question as a sheet shows it.
struct SheetItem
{
    core::QuestionSummary question;
    QString answerMarkdown;
    QString note;                         // the person's note, empty if none
    QList<QImage> diagrams;               // pictures of its diagrams, when the sheet shows them
    QImage sketch;                        // the person's whiteboard sketch, when the sheet shows it
    QList<core::QuestionSummary> related; // other concepts worth a look (diagrams::relatedLinks)
};

// Which questions a sheet holds: topics, bookmarks (or one flag), the results
// of a search, or the questions missed in the last study session. Each concept appears once, by its first phrasing, in
// tree order.
struct SheetRequest
{
    QStringList topics; // topic or subtopic names, or parts of them ("caching")
    bool bookmarked = false;
    QString flag;             // a flag key or name
    QString search;           // a search as typed in the window, filters included
    bool misses = false;      // answered Again in the last study session
    bool withRelated = false; // fill SheetItem::related (a sheet with answers shows them)
    // Draws the diagrams of a question (given all its phrasings' ids); set to
    // print them. Charts need widgets, so the program that has them provides it.
    std::function<QList<QImage>(const QStringList &phrasingIds)> diagramImages;
    // Draws the person's sketch of a question; set to print sketches with the notes.
    std::function<QImage(const core::Sketch &sketch)> sketchImage;

    // Fills *items, or returns false with *error naming what was not understood.
    bool collect(core::StudyLibrary &library, QList<SheetItem> *items, QString *error) const;
    // A title for the sheet: the topics it holds, the flag, or the search.
    QString describe(const QList<SheetItem> &items = {}) const;
};

} // namespace sdstudy::sheets
