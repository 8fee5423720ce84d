#!/usr/bin/env bash
# Make sure the Janus media server (Debian packages janus and libjs-janus-gateway) is installed
# for `make run`'s voice and the media tests. Installs it with apt-get when it is missing and we
# may (root, or passwordless sudo); otherwise says how, and `make run` runs without voice.
# The package also enables a system service with Debian's own configuration (no secrets, fixed
# ports): it is stopped and disabled, the platform starts Janus with its own (`media_config`).
set -u
JS=/usr/share/javascript/janus-gateway/janus.js
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO="none"; fi
fi
if command -v janus >/dev/null 2>&1 && [ -f "$JS" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Janus is missing and this machine has no apt-get: install Janus 1.x to have voice in the room; the media tests fail until then." >&2
  exit 0
fi
if [ "$SUDO" = none ]; then
  echo "Janus is missing. Install it with: sudo apt-get install janus libjs-janus-gateway  (until then the room has no voice)." >&2
  exit 0
fi
echo "Installing Janus with apt-get (once)..."
export DEBIAN_FRONTEND=noninteractive
if $SUDO apt-get update -qq && $SUDO apt-get install -y -qq janus libjs-janus-gateway >/dev/null; then
  if command -v systemctl >/dev/null 2>&1; then
    $SUDO systemctl disable --now janus >/dev/null 2>&1 || true
  fi
else
  echo "Installing Janus failed; install it with: sudo apt-get install janus libjs-janus-gateway" >&2
fi
exit 0
