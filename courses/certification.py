"""Alias kept for migration 0004, which refers to `courses.certification.new_verification_code`.
Certificates live with the volunteers (`courses.volunteers`)."""

from courses.volunteers.models import new_verification_code

__all__ = ["new_verification_code"]
