"""Alias kept for migration 0001, which refers to `courses.storage.private_storage_callable`.
The storage itself lives with the workbook (`courses.workbook.storage`)."""

from courses.workbook.storage import private_storage, private_storage_callable

__all__ = ["private_storage", "private_storage_callable"]
