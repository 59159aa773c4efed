# Shared by the install checks: fail with a reason, and run an installed console offscreen
# through the pause procedure in a home of its own.
fail() {
  echo "FAIL: $*"
  exit 1
}

run_console() {
  local home
  home="$(mktemp -d)"
  XDG_CONFIG_HOME="$home" XDG_DATA_HOME="$home" QT_QPA_PLATFORM=offscreen \
    "$1" --scenario partition --autoplay pause --autoplay-delay 0 --exit-when-done 2>/dev/null
  local status=$?
  rm -rf "$home"
  return $status
}

# The 2023 Dashboard's charts are drawn by the charts module, which the console loads from
# <libdir>/sync-console beside its bin/: it says so on stderr when it cannot.
run_dashboard() {
  local home out status
  home="$(mktemp -d)"
  out="$(XDG_CONFIG_HOME="$home" XDG_DATA_HOME="$home" QT_QPA_PLATFORM=offscreen \
    "$1" --ui 2023 --exit-when-done 2>&1)"
  status=$?
  rm -rf "$home"
  [ $status -eq 0 ] && ! grep -q "charts module" <<<"$out"
}
