#!/usr/bin/env bash
# The runbook as a script, end to end through the built program on its built-in simulator:
# terminate, --wait 0, enable again from the snapshot, the preview before and the tally after.
#   runbook.sh SYNC_CONSOLECTL
set -euo pipefail
ctl="$1"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM MONGODB_ATLAS_PUBLIC_API_KEY \
      MONGODB_ATLAS_PRIVATE_API_KEY
fail() { echo "FAIL: $*" >&2; exit 1; }

# Not a terminal and no --yes: nothing happens, status 2.
set +e
"$ctl" runbook terminate-and-reenable --wait 0 >"$home/out" 2>"$home/err"
code=$?
set -e
[ "$code" -eq 2 ] || fail "without --yes: exit $code, expected 2"
grep -q -- "--yes" "$home/err" || fail "without --yes, the error does not say --yes"

"$ctl" runbook terminate-and-reenable --wait 0 --yes --lang en >"$home/out" 2>"$home/err" \
  || fail "the runbook ended with $? ($(cat "$home/err"))"
for step in "1. Before: " "2. Sync is terminated" "3. Enabling Sync again" "4. After: "; do
  grep -q "^$step" "$home/out" || fail "no \"$step\" in: $(cat "$home/out")"
done
grep -q "^Sync: *enabled" "$home/out" || fail "Sync is not enabled at the end"

"$ctl" runbook terminate-and-reenable --wait 0 --yes --json >"$home/json"
python3 - "$home/json" <<'PY' || fail "the runbook's JSON"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["ok"] is True and d["exitCode"] == 0, d
assert d["waitSeconds"] == 0, d
assert "willReset" in d["preview"], d
assert isinstance(d["tally"], dict), d
assert d["status"]["state"] == "enabled", d
PY

# In German, as the console speaks it.
"$ctl" runbook terminate-and-reenable --wait 0 --yes --lang de >"$home/de"
grep -q "^1. Vorher: " "$home/de" || fail "the German runbook: $(cat "$home/de")"
echo "runbook terminate-and-reenable: 4 passed, 0 failed"
