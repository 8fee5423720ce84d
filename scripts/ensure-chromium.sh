#!/usr/bin/env bash
# Make sure Debian's Chromium is at /usr/bin/chromium for the browser tests.
# Installs it with apt-get when it is missing and we may (root, or passwordless sudo).
set -u
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing and this machine has no apt-get: install Chromium so that /usr/bin/chromium exists; the browser tests fail until then." >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "Chromium is missing. Install it with: sudo apt-get install chromium  (the browser tests fail until then)." >&2
    exit 0
  fi
fi
echo "Installing Chromium with apt-get (once)..."
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null || \
  echo "Installing Chromium failed; install it with: sudo apt-get install chromium" >&2
exit 0
