#!/usr/bin/env bash
# The Sync page's buttons found by role and name through the real accessibility bus: Xvfb, a
# private D-Bus session (which starts the AT-SPI bus), the console on the partition scenario,
# and pyatspi reading its tree. tests/a11y/atspi-sync-page.sh path/to/sync-console [SCRIPT
# [CONSOLE ARGUMENTS...]]: another pyatspi script of this folder and the console's arguments
# (atspi_device_sync.py --scenario flexible --ui 2023 reads the 2023 Device Sync page).
# Needs xvfb, dbus, at-spi2-core and python3-pyatspi (scripts/deps a11y); ctest label "atspi".
set -euo pipefail
console="$1"
script="${2:-atspi_sync_page.py}"
shift $(($# < 2 ? $# : 2))
[ $# -gt 0 ] || set -- --scenario partition
# Left out (ctest: skipped, exit 77) where the bus cannot be had.
for tool in Xvfb dbus-run-session /usr/libexec/at-spi-bus-launcher; do
  command -v "$tool" >/dev/null || { echo "skipped: no $tool"; exit 77; }
done
/usr/bin/python3 -c "import pyatspi" 2>/dev/null || { echo "skipped: no python3-pyatspi"; exit 77; }
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=../common/xvfb-session.sh
source "$here/../common/xvfb-session.sh"
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
export NO_AT_BRIDGE=0
dbus-run-session -- bash -c '
  console="$1" here="$2" scratch="$3" script="$4"
  shift 4
  "$console" "$@" >"$scratch/console.log" 2>&1 &
  console_pid=$!
  status=0
  /usr/bin/python3 "$here/$script" || status=$?
  kill "$console_pid" 2>/dev/null || true
  wait "$console_pid" 2>/dev/null || true
  # What the console said, when it was not found: a crash, a sanitizer report.
  [ "$status" = 0 ] || tail -n 120 "$scratch/console.log" >&2
  exit $status
' _ "$console" "$here" "$scratch" "$script" "$@"
