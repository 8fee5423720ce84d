"""The API router of courses, added to the project's API (jobgroup_platform.api). The answer
endpoints and "my meetings" live with the workbook (courses.workbook.api)."""

from courses.workbook.api import router

__all__ = ["router"]
