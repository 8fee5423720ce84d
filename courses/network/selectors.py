"""What other rooms may read of the network room (the rooms talk through services, selectors,
access and models: pyproject.toml, import-linter)."""

from courses.network.guests import GUEST_LIVE_GRACE, guest_window

__all__ = ["GUEST_LIVE_GRACE", "guest_window"]
