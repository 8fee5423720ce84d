"""Write the Janus configuration made from the environment: `python manage.py media_config DEST`
(the Procfile's `media` line and `make run` then start `janus -F DEST`)."""

from pathlib import Path

from django.core.management.base import BaseCommand

from live_sessions.janus_config import janus_config_write


class Command(BaseCommand):
    help = "Write Janus' configuration (jcfg files) for the media server into DEST."

    def add_arguments(self, parser):
        parser.add_argument("dest", type=Path)
        parser.add_argument(
            "--server", type=int, default=0, help="Which of MEDIA_SERVER_URL (0 = the first)."
        )
        parser.add_argument(
            "--ws-ip", default="", help="Listen for browsers on this address only (default: all)."
        )

    def handle(self, *args, dest, server, ws_ip, **options):
        for path in janus_config_write(dest=dest, index=server, ws_ip=ws_ip):
            self.stdout.write(str(path))
