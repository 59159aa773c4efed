#!/usr/bin/env bash
# Installs the build into a scratch prefix, validates the desktop entry and the AppStream
# metadata, checks the layout, and runs the installed console offscreen through a pause.
#   check-install.sh BUILD_DIR
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
build="$1"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
id=io.github.syncconsole.SyncConsole
for f in bin/sync-console bin/sync-console-sim bin/sync-consolectl \
         lib/sync-console/libsyncconsole_charts.so \
         share/man/man1/sync-consolectl.1 share/bash-completion/completions/sync-consolectl \
         share/zsh/vendor-completions/_sync-consolectl \
         share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg \
         share/icons/hicolor/symbolic/apps/$id-symbolic.svg \
         share/man/man1/sync-console.1 share/man/man1/sync-console-sim.1; do
  [ -e "$prefix/$f" ] || fail "$f is not installed"
done
desktop-file-validate "$prefix/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/$id.metainfo.xml" \
  || fail "appstreamcli validate"
grep -q "^Icon=$id$" "$prefix/share/applications/$id.desktop" || fail "the entry names no icon"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$prefix/bin/sync-console" --help \
  | grep -q -- "--autoplay" || fail "the installed console's --help"
run_dashboard "$prefix/bin/sync-console" || fail "the installed console did not load its charts module"
run_console "$prefix/bin/sync-console" || fail "the installed console did not pause Sync"
# The command line's completion offers its commands.
words="$(bash -c "source '$prefix/share/bash-completion/completions/sync-consolectl'
  COMP_WORDS=(sync-consolectl pa); COMP_CWORD=1; _sync_consolectl; echo \"\${COMPREPLY[*]}\"")"
[ "$words" = "pause" ] || fail "bash completion of \"sync-consolectl pa\" gave \"$words\""
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM XDG_CONFIG_HOME="$prefix/config" \
  "$prefix/bin/sync-consolectl" status >/dev/null || fail "the installed sync-consolectl status"
echo "installed, validated and run: 1 passed, 0 failed"
