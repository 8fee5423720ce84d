#!/usr/bin/env bash
# `make run`: the web process, and the Janus media server beside it when Janus is installed.
# One command; Ctrl-C (or either process ending) stops both.
# usage: scripts/run-dev.sh BIN_DIR HOST PORT
# env: MEDIA_SERVER_URL (unset: ws://HOST:8188 when Janus is installed; set empty: no voice),
#      MEDIA_CONFIG_DIR (default .media/janus)
set -uo pipefail
BIN="$1"; HOST="$2"; PORT="$3"
pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

if command -v janus >/dev/null 2>&1 && { [ -z "${MEDIA_SERVER_URL+set}" ] || [ -n "$MEDIA_SERVER_URL" ]; }; then
  WS_HOST="$HOST"; [ "$HOST" = "0.0.0.0" ] && WS_HOST="127.0.0.1"
  export MEDIA_SERVER_URL="${MEDIA_SERVER_URL:-ws://$WS_HOST:8188}"
  CONF="${MEDIA_CONFIG_DIR:-.media/janus}"
  WS_IP="$HOST"; [ "$HOST" = "0.0.0.0" ] && WS_IP=""
  "$BIN/python" manage.py media_config "$CONF" --ws-ip "$WS_IP" >/dev/null || exit 1
  janus -F "$CONF" -o -N -L "$(dirname "$CONF")/janus.log" &
  pids+=("$!")
  echo "Voice: Janus at $MEDIA_SERVER_URL (log: $(dirname "$CONF")/janus.log)"
else
  unset MEDIA_SERVER_URL
  echo "Voice: off (Janus is not installed, or MEDIA_SERVER_URL is empty); the room runs without it."
fi

"$BIN/uvicorn" jobgroup_platform.asgi:application --host "$HOST" --port "$PORT" --ws-per-message-deflate false --ws-max-size 65536 --lifespan off &
pids+=("$!")
wait -n "${pids[@]}"
