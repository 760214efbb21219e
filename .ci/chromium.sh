#!/usr/bin/env bash
# Headless Chromium for the HTML report render test (tests/reports/html-chromium.test.ts): Debian's
# `chromium` package at /usr/bin/chromium, driven by playwright-core (which never downloads a browser), plus a
# CJK font (Debian's fonts-wqy-zenhei) so the Chinese category labels in the test's screenshot are legible.
#
#   .ci/chromium.sh
#
# Idempotent: what is already installed is only reported. Missing packages are installed with apt-get (root,
# non-interactive). Prints what it did; exits non-zero, saying why, when Chromium cannot be installed or does
# not run. Called by .ci/run before `npm test`.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

say() { printf 'chromium.sh: %s\n' "$*" >&2; }
fail() {
  printf 'chromium.sh: ERROR: %s\n' "$*" >&2
  printf 'chromium.sh: the HTML report render test needs it; see DEVELOPERS.md\n' >&2
  exit 1
}

has_cjk_font() { command -v fc-list >/dev/null 2>&1 && [[ -n "$(fc-list :lang=zh family 2>/dev/null)" ]]; }

missing=()
[[ -x "$CHROMIUM" ]] || missing+=(chromium)
has_cjk_font || missing+=(fonts-wqy-zenhei)

if ((${#missing[@]} > 0)); then
  command -v apt-get >/dev/null 2>&1 || fail "missing ${missing[*]} and apt-get is not available to install it"
  [[ "$(id -u)" == 0 ]] || fail "missing ${missing[*]}; installing Debian packages needs root (sudo apt-get install ${missing[*]})"
  export DEBIAN_FRONTEND=noninteractive
  log="$(mktemp "${TMPDIR:-/tmp}/pimap-chromium-apt.XXXXXX")"
  say "installing Debian packages: ${missing[*]} (apt log: $log)"
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    fail "apt-get install ${missing[*]} failed (full log: $log)"
  fi
  rm -f "$log"
  say "installed ${missing[*]}"
fi

[[ -x "$CHROMIUM" ]] || fail "$CHROMIUM does not exist after installing Debian's chromium package"
version="$("$CHROMIUM" --headless --no-sandbox --version 2>/dev/null | head -n 1)" ||
  fail "$CHROMIUM is installed but does not run"
if ((${#missing[@]} == 0)); then
  say "already installed: $version; CJK font: $(fc-list :lang=zh family | head -n 1)"
else
  say "ready: $version"
fi
