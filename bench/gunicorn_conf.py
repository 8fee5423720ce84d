"""gunicorn settings for `bench/pages.py --server gunicorn` (and a `pages` process, if used).

gunicorn writes a response's headers and body with separate send() calls and leaves Nagle's
algorithm on, so on Linux each response waits ~40 ms for the client's delayed ACK. Sockets
accepted from a listener with TCP_NODELAY have it too.
"""

import socket


def when_ready(server):
    for listener in server.LISTENERS:
        if listener.sock.family in (socket.AF_INET, socket.AF_INET6):
            listener.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
