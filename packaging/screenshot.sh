#!/usr/bin/env bash
# Makes the README's screenshots from the real app: a fresh database, a question
# with its diagram, under Xvfb; once in English with light colours
# (docs/screenshot.png) and once in German with dark ones (docs/screenshot-de-dark.png).
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

# shoot FILE LANGUAGE THEME: a new profile with those preferences, one search, one picture.
shoot() {
    local file=$1 language=$2 theme=$3
    export HOME="$work/$language-$theme"
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
    xdotool key ctrl+f
    xdotool type --delay 30 "url shortener"
    xdotool key Return
    sleep 2
    import -window root "$repo/docs/$file"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "wrote docs/$file"
}

shoot screenshot.png en light
shoot screenshot-de-dark.png de dark
