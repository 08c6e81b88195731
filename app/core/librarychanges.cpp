#include "core/librarychanges.h"

namespace sdstudy::core {

void LibraryChanges::emitChanged(Kind kind, const QStringList &ids)
{
    switch (kind) {
    case Kind::Bookmarks:
        Q_EMIT bookmarksChanged(ids);
        break;
    case Kind::Notes:
        Q_EMIT notesChanged(ids);
        break;
    case Kind::Reviews:
        Q_EMIT reviewsChanged(ids);
        break;
    case Kind::Banks:
        Q_EMIT banksChanged(ids);
        break;
    case Kind::Sketches:
        Q_EMIT sketchesChanged(ids);
        break;
    case Kind::Concepts:
        Q_EMIT conceptsChanged(ids);
        break;
    }
}

} // namespace sdstudy::core
