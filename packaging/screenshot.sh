#!/usr/bin/env bash
# Makes the README's screenshots from the real app: a fresh database, a question
# with its diagram, under Xvfb; once in English with light colours
# (docs/screenshot.png) and once in German with dark ones (docs/screenshot-de-dark.png);
# then the import assistant on a bank written here, light and dark
# (docs/import-assistant.png, docs/import-assistant-dark.png); then Progress with an
# interview two weeks ahead (docs/readiness.png, docs/readiness-dark.png) and the
# retention chart (docs/retention.png, docs/retention-dark.png).
# `packaging/dev.sh screenshot` builds the app and runs this with SDSTUDY_APP set.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app=${SDSTUDY_APP:?"run through packaging/dev.sh screenshot, which builds the app first"}
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null; wait "${pid:-0}" 2>/dev/null; kill "${xvfb:-0}" 2>/dev/null; rm -rf "$work"' EXIT
export DISPLAY=:97 QT_QPA_PLATFORM=xcb
Xvfb :97 -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
mkdir -p "$repo/docs"

# start_app LANGUAGE THEME PROFILE: the app on a new profile with those preferences,
# placed at the screen's corner and focused once its window is there.
start_app() {
    local language=$1 theme=$2
    export HOME="$work/$3"
    mkdir -p "$HOME/.config/sdstudy"
    printf '[appearance]\nlanguage=%s\ntheme=%s\n' "$language" "$theme" >"$HOME/.config/sdstudy/sdstudy.conf"
    "$app" --db "$HOME/study.sqlite" &
    pid=$!
    # The first start imports the bank; then the window is there to be placed and focused.
    for _ in $(seq 20); do xdotool search --onlyvisible --name "System Design Study" >/dev/null 2>&1 && break; sleep 0.5; done
    sleep 2
    local window
    window=$(xdotool search --onlyvisible --name "System Design Study" | head -1)
    xdotool windowmove "$window" 0 0 windowsize "$window" 1440 900 || true
    sleep 1
    xdotool windowfocus --sync "$window" || true
}

# picture FILE: the screen as it is, then the app closed.
picture() {
    sleep 2
    import -window root "$repo/docs/$1"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "wrote docs/$1"
}

# shoot FILE LANGUAGE THEME: one search, one picture.
shoot() {
    start_app "$2" "$3" "$2-$3"
    xdotool key ctrl+f
    xdotool type --delay 30 "url shortener"
    xdotool key Return
    picture "$1"
}

# shoot_import FILE THEME: File > Import Bank on a bank of question pairs under topics.
shoot_import() {
    cat >"$work/interview-pairs.md" <<'BANK'
# Interview pairs

Questions I collected while preparing.

## Databases

**Q:** What is a covering index?
**A:** An index that holds every column a query reads, so the table is never visited.

- fewer reads
- larger index

**Q:** What is MVCC?
**A:** Each write makes a new **version** of the row; readers see the version of their snapshot.

**Q:** What is write amplification?
**A:**

## Messaging

**Q:** What is a dead letter queue?
**A:** Where messages that failed too often wait for a person or a fix.

**Q:** Why are consumer offsets committed after processing?
**A:** So a crash between the two replays the message instead of losing it.
BANK
    start_app en "$2" "import-$2"
    xdotool key ctrl+o
    sleep 2
    xdotool type --delay 20 "$work/interview-pairs.md"
    xdotool key Return
    picture "$1"
}

# shoot_readiness FILE THEME: an interview two weeks ahead (Study > Interview Dates >
# Add proposes that), then Progress, which opens with how ready you will be.
shoot_readiness() {
    start_app en "$2" "readiness-$2"
    xdotool key alt+s d
    sleep 2
    xdotool key alt+a
    sleep 1
    xdotool key Return
    sleep 2
    # The toolbar's Progress: the window may not have the keyboard back without a
    # window manager.
    xdotool mousemove 545 38 click 1
    sleep 3
    picture "$1"
}

# shoot_retention FILE THEME: Preferences > Study > Help Me Choose.
shoot_retention() {
    start_app en "$2" "retention-$2"
    xdotool key ctrl+comma
    sleep 1
    xdotool key alt+s
    sleep 0.5
    xdotool key alt+e
    sleep 20 # the simulation of a year at 26 retentions
    picture "$1"
}

shoot screenshot.png en light
shoot screenshot-de-dark.png de dark
shoot_import import-assistant.png light
shoot_import import-assistant-dark.png dark
shoot_readiness readiness.png light
shoot_readiness readiness-dark.png dark
shoot_retention retention.png light
shoot_retention retention-dark.png dark
