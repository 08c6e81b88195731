#pragma once

namespace sdstudy::core {

// What merging one item from another computer (a progress file) did to the
// person's own copy. The newer version wins, by the time each was last changed.
enum class MergeOutcome {
    Added,     // new here
    Updated,   // the incoming one was newer and replaced ours
    Deleted,   // the file says it was deleted after our last change
    Unchanged, // the same, or ours is newer
    Failed,    // the database refused; *error says why
};

} // namespace sdstudy::core
