#!/usr/bin/env bash
# Makes the README's screenshot from the real app: a fresh database, a question
# with its diagram, under Xvfb. Run inside the build environment:
#   packaging/dev.sh shell packaging/screenshot.sh
# (SDSTUDY_APP=path/to/sdstudy picks another build.)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app=${SDSTUDY_APP:-"$repo/build/root-RelWithDebInfo/app/sdstudy"}
[ -x "$app" ] || app="$repo/build/root-Debug/app/sdstudy"
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null; wait "${pid:-0}" 2>/dev/null; kill "${xvfb:-0}" 2>/dev/null; rm -rf "$work"' EXIT
export DISPLAY=:97 HOME="$work" QT_QPA_PLATFORM=xcb
Xvfb :97 -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
"$app" --db "$work/study.sqlite" &
pid=$!
# The first start imports the bank; then the window is there to be placed and focused.
for _ in $(seq 20); do xdotool search --onlyvisible --name "System Design Study" >/dev/null 2>&1 && break; sleep 0.5; done
sleep 2
window=$(xdotool search --onlyvisible --name "System Design Study" | head -1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1440 900 || true
sleep 1
xdotool windowfocus --sync "$window" || true
xdotool key ctrl+f
xdotool type --delay 30 "url shortener"
xdotool key Return
sleep 2
mkdir -p "$repo/docs"
import -window root "$repo/docs/screenshot.png"
echo "wrote docs/screenshot.png"
