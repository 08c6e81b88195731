#!/usr/bin/env bash
# Makes the README's screenshot from the real app: a fresh database, a question
# with its diagram, under Xvfb. Run inside the build environment:
#   packaging/dev.sh shell packaging/screenshot.sh
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app="$repo/build/root-RelWithDebInfo/app/sdstudy"
[ -x "$app" ] || app="$repo/build/root-Debug/app/sdstudy"
work=$(mktemp -d)
trap 'kill "${xvfb:-0}" "${pid:-0}" 2>/dev/null; rm -rf "$work"' EXIT
export DISPLAY=:97 HOME="$work" QT_QPA_PLATFORM=xcb
Xvfb :97 -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
"$app" --db "$work/study.sqlite" &
pid=$!
sleep 4
xdotool search --name "System Design Study" windowfocus --sync windowmove 0 0 windowsize 1440 900
sleep 1
xdotool key ctrl+f
xdotool type --delay 30 "url shortener"
xdotool key Return
sleep 2
mkdir -p "$repo/docs"
import -window root "$repo/docs/screenshot.png"
echo "wrote docs/screenshot.png"
