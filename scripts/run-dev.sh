#!/usr/bin/env bash
# `make run`: every process of the Procfile on one machine, in one terminal:
#   web        the ASGI server on HOST:PORT (HTTP and WebSocket)
#   worker     the background tasks (queued e-mails: reminders, "er is een plek", cancellations)
#   scheduler  the daily jobs (certificate reminders, retention, digests) at DAILY_JOBS_HOUR
#   media      the Janus media server for voice, when Janus is installed
# It prints which processes run and where mail goes. Ctrl-C (or any process ending) stops all.
# usage: scripts/run-dev.sh BIN_DIR HOST PORT
# env: MEDIA_SERVER_URL (unset: ws://HOST:8188 when Janus is installed; set empty: no voice),
#      MEDIA_CONFIG_DIR (default .media/janus), SITE_URL (default http://HOST:PORT),
#      EMAIL_HOST (unset: mail is printed in this terminal by the worker),
#      STOP_SECONDS (default 10: after Ctrl-C, how long processes get before they are killed)
set -uo pipefail
BIN="$1"; HOST="$2"; PORT="$3"
pids=()
STOP_SECONDS="${STOP_SECONDS:-10}"  # how long the processes get to stop before they are killed
signal_all() { for pid in "${pids[@]}"; do kill "-$1" "$pid" 2>/dev/null || true; done; }
stop() {
  # Ask every process to stop (TERM), wait at most STOP_SECONDS, then KILL what is left. A second
  # Ctrl-C (or TERM) while stopping kills them at once, so nothing is left running.
  trap - EXIT
  trap 'signal_all KILL' INT TERM
  signal_all TERM
  local tenths=$((STOP_SECONDS * 10)) alive pid
  while [ "$tenths" -gt 0 ]; do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.1
    tenths=$((tenths - 1))
  done
  signal_all KILL
  wait 2>/dev/null || true
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

LOCAL_HOST="$HOST"; [ "$HOST" = "0.0.0.0" ] && LOCAL_HOST="127.0.0.1"
export SITE_URL="${SITE_URL:-http://$LOCAL_HOST:$PORT}"
export PYTHONUNBUFFERED=1

if command -v janus >/dev/null 2>&1 && { [ -z "${MEDIA_SERVER_URL+set}" ] || [ -n "$MEDIA_SERVER_URL" ]; }; then
  export MEDIA_SERVER_URL="${MEDIA_SERVER_URL:-ws://$LOCAL_HOST:8188}"
  CONF="${MEDIA_CONFIG_DIR:-.media/janus}"
  WS_IP="$HOST"; [ "$HOST" = "0.0.0.0" ] && WS_IP=""
  "$BIN/python" manage.py media_config "$CONF" --ws-ip "$WS_IP" >/dev/null || exit 1
  janus -F "$CONF" -o -N -L "$(dirname "$CONF")/janus.log" &
  pids+=("$!")
  media="media      Janus at $MEDIA_SERVER_URL (log: $(dirname "$CONF")/janus.log)"
else
  unset MEDIA_SERVER_URL
  media="media      off (Janus is not installed, or MEDIA_SERVER_URL is empty); the room runs without voice"
fi

"$BIN/python" manage.py db_worker --backend background --no-reload &
pids+=("$!")
"$BIN/python" manage.py scheduler &
pids+=("$!")
"$BIN/uvicorn" jobgroup_platform.asgi:application --host "$HOST" --port "$PORT" --ws-per-message-deflate false --ws-max-size 65536 --lifespan off &
pids+=("$!")

if [ -n "${EMAIL_HOST:-}" ]; then
  mail="sent over SMTP through $EMAIL_HOST"
else
  mail="printed in this terminal by the worker (console backend; set EMAIL_HOST for SMTP)"
fi
cat <<INFO
Running (Ctrl-C stops all):
  web        $SITE_URL (admin: $SITE_URL/admin/)
  worker     background tasks: queued e-mails and reminders
  scheduler  daily jobs (certificate reminders, retention, digests) at ${DAILY_JOBS_HOUR:-6}:00
  $media
Mail: $mail.
INFO
wait -n "${pids[@]}"
