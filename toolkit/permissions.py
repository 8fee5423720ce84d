"""The domain's permission error. Access checks (each app's `access.py`) raise it instead of
`Http404`; it is turned into an answer in one place each: a 404 page (the project's middleware),
a JSON error (the API's exception handler) and a close code (the room's consumer)."""


class NotPermitted(Exception):
    """The person may not see or do this, or it does not exist for them (we do not say which)."""

    def __init__(self, message: str = "", *, code: str = "not_found"):
        super().__init__(message or code)
        self.code = code
