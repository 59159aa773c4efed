#!/usr/bin/env bash
# Builds the .deb from the build directory, checks its control fields, unpacks it into a
# scratch root with dpkg -x, and runs the packaged console from there offscreen.
#   check-package.sh BUILD_DIR
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
build="$1"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
(cd "$build" && cpack -G DEB -B "$scratch/out" >/dev/null) || fail "cpack"
deb="$(ls "$scratch"/out/sync-console_*.deb)"
info="$(dpkg-deb -I "$deb")"
for field in "Package: sync-console" "Section: utils" "Maintainer: " "Description: " \
             "Depends: .*libqt6core6" "Depends: .*libqt6svg6" "Depends: .*libqt6keychain1" \
             "Depends: .*libqt6charts6"; do
  grep -qE "^ $field" <<<"$info" || fail "control field $field"
done
dpkg-deb -x "$deb" "$scratch/root"
root="$scratch/root"
id=io.github.syncconsole.SyncConsole
for f in usr/bin/sync-console usr/bin/sync-console-sim usr/bin/sync-consolectl \
         usr/lib/sync-console/libsyncconsole_charts.so \
         usr/share/man/man1/sync-consolectl.1 \
         usr/share/bash-completion/completions/sync-consolectl \
         usr/share/applications/$id.desktop \
         usr/share/metainfo/$id.metainfo.xml usr/share/icons/hicolor/scalable/apps/$id.svg \
         usr/share/man/man1/sync-console.1; do
  [ -e "$root/$f" ] || fail "$f is not in the package"
done
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
run_dashboard "$root/usr/bin/sync-console" || fail "the packaged console did not load its charts module"
run_console "$root/usr/bin/sync-console" || fail "the packaged console did not pause Sync"
echo "packaged, unpacked and run: 1 passed, 0 failed"
