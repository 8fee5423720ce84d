"""Secrets in addresses never reach the logs: the tokens of guest links, login links, group
invitations, password links and login cards are replaced by "…" in every log line (Django's
"Not Found: /gast/<token>/" warnings and uvicorn's access log alike). Settings attach
`RedactSecrets` to the console handler and to uvicorn's access logger (docs/security.md)."""

import logging
import re

SECRET_PATHS = re.compile(
    r"(/(?:gast|inloggen-met-link|uitnodiging|inloggen/kaart|wachtwoord-nieuw)/)"
    r"(?!klaar/)[^\s?\"'#]+?(/?)(?=[\s?\"'#]|$)"
)


def redact(text: str) -> str:
    return SECRET_PATHS.sub(r"\1…\2", text)


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {
                k: redact(v) if isinstance(v, str) else v for k, v in record.args.items()
            }
        return True
