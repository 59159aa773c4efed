#!/usr/bin/env bash
# The frameless start-up briefing takes the keyboard when it opens on a bare X server (Xvfb, no
# window manager to activate it): the console on the oplog-rollover scenario in the 2023 UI,
# the briefing gets the X input focus, Return (sent as a user types it, to whatever has the
# focus) closes it without a click, and the main window has the focus again. Before
# ConsoleDialog activated its frameless dialogs, Return did nothing until the briefing was
# clicked; before it gave the focus back, nothing had it once the briefing closed.
# tests/ui/xvfb-briefing-focus.sh path/to/sync-console; needs xvfb and xdotool (skipped, exit
# 77, without them); ctest label "xvfb".
set -euo pipefail
console="$1"
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "skipped: no $tool"; exit 77; }
done
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=../common/xvfb-session.sh
source "$here/../common/xvfb-session.sh"
console_pid=""
stop_own_processes() { [ -z "$console_pid" ] || kill "$console_pid" 2>/dev/null; }
export QT_QPA_PLATFORM=xcb
"$console" --scenario oplog-rollover --ui 2023 --lang en >"$scratch/console.log" 2>&1 &
console_pid=$!
fail() {
  echo "FAIL: $1" >&2
  tail -n 60 "$scratch/console.log" >&2
  exit 1
}
# Polls a condition (a command) for up to 20 s.
within() {
  for _ in $(seq 200); do "$@" && return 0; sleep 0.1; done
  return 1
}
briefingShown() { xdotool search --onlyvisible --name '^Scenario Briefing$' >/dev/null 2>&1; }
within briefingShown || fail "the scenario briefing never showed"
briefing=$(xdotool search --onlyvisible --name '^Scenario Briefing$' | head -n 1)
hasFocus() { [ "$(xdotool getwindowfocus 2>/dev/null)" = "$briefing" ]; }
within hasFocus \
  || fail "the briefing has no keyboard focus (focus: $(xdotool getwindowfocus getwindowname 2>&1))"
xdotool key Return
briefingGone() { ! briefingShown; }
within briefingGone || fail "Return did not close the briefing"
# The window the briefing stood over takes the keyboard back: before, nothing had it, and
# the window's shortcuts did nothing until it was clicked.
windowHasFocus() { xdotool getwindowfocus getwindowname 2>/dev/null | grep -q ' Sync Console$'; }
within windowHasFocus \
  || fail "the main window did not get the focus back (focus: $(xdotool getwindowfocus getwindowname 2>&1))"
echo "PASS: the briefing took the focus, Return closed it, and the window has the focus again"
