"""What the voice tests need and how they set up their network namespace and Janus."""

import contextlib
import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

INSIDE = "JOBGROUP_MEDIA_NETNS"  # set for the run under `unshare -n`
ADDRESS = "10.77.0.1"
JANUS_API = "http://127.0.0.1:8088/janus"
JANUS_WS = "ws://127.0.0.1:8188"
# Chromium: fake microphone (a steady beep) and camera, no permission prompt, real host
# candidates instead of mDNS names, sound without a click first.
FAKE_MEDIA_ARGS = [
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
    "--disable-features=WebRtcHideLocalIpsWithMdns",
    "--autoplay-policy=no-user-gesture-required",
    "--no-sandbox",
]


def missing_prerequisites() -> list[str]:
    """What this machine lacks to run the voice tests (empty: all there)."""
    missing = []
    if shutil.which("janus") is None:
        missing.append("janus (apt-get install janus libjs-janus-gateway)")
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        missing.append("unshare and ip (util-linux, iproute2)")
    elif os.geteuid() != 0:
        missing.append("root, for `unshare -n`")
    return missing


def media_env(secret: str) -> dict:
    """The settings the web process and `media_config` read, pointing at the Janus in here."""
    return {
        "MEDIA_SERVER_URL": JANUS_WS,
        "MEDIA_ADMIN_URL": JANUS_API,
        "MEDIA_SECRET": secret,
        "MEDIA_ICE_ENFORCE": "va",
        "MEDIA_VIDEO": "1",
        "MEDIA_TOKEN_SECONDS": "600",
    }


def netns_up() -> None:
    """Inside a fresh namespace: loopback, and a veth pair with an address ICE may use."""
    if os.environ.get(INSIDE) != "1":
        raise RuntimeError("netns_up() only runs in the namespace test_media_janus.py makes")
    for command in (
        "ip link set lo up",
        "ip link add va type veth peer name vb",
        f"ip addr add {ADDRESS}/24 dev va",
        "ip link set va up",
        "ip link set vb up",
    ):
        subprocess.run(command.split(), check=True)


def _post(url: str, body: dict) -> dict:
    request = urllib.request.Request(  # noqa: S310 (loopback inside the namespace)
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=2) as response:  # noqa: S310
        return json.loads(response.read())


@contextlib.contextmanager
def janus_server(conf_dir: Path, log_path: Path):
    """Janus with the project's configuration (`manage.py media_config`), until the block ends."""
    with log_path.open("w") as log:
        process = subprocess.Popen(
            ["janus", "-F", str(conf_dir), "-o", "-N"], stdout=log, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                _post(JANUS_API, {"janus": "ping", "transaction": "ping"})
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        "Janus did not start:\n" + log_path.read_text(errors="replace")[-3000:]
                    ) from None
                time.sleep(0.2)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
