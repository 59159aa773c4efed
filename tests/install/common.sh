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
