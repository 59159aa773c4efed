# Sourced by the tests that drive the real console on a bare X server (tests/ui/*.sh,
# tests/a11y/*.sh): a scratch home, Xvfb on a free display (1920×1080, no TCP), DISPLAY and
# the home's XDG folders exported, and everything taken down on exit. A script that starts
# more processes defines a function stop_own_processes, which runs first.
# shellcheck shell=bash
scratch="$(mktemp -d)"
xvfb_pid=""
xvfb_cleanup() {
  if declare -F stop_own_processes >/dev/null; then stop_own_processes || true; fi
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap xvfb_cleanup EXIT
# One Xvfb starts at a time on this machine: ctest runs these tests side by side, and two
# servers looking for a free display at once cost one of them its display (tst_atspi's console
# could not connect to the :0 its Xvfb had reported, in CI). The lock is held until the server
# has written its display, and Xvfb does not inherit it.
exec 8>"${TMPDIR:-/tmp}/sync-console-xvfb.lock"
flock -w 60 8 || { echo "FAIL: another Xvfb held the start-up lock for a minute" >&2; exit 1; }
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$scratch/display" 8>&- 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$scratch/display" ] && break; sleep 0.1; done
exec 8>&-
[ -s "$scratch/display" ] || { echo "FAIL: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(cat "$scratch/display")"
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/.config" XDG_DATA_HOME="$scratch/.local/share"
