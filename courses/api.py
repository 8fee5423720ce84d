"""The API router of courses, added to the project's API (jobgroup_platform.api). The answer
endpoints and "my meetings" live with the workbook (courses.workbook.api), a meeting's register
with the groups (courses.groups.api)."""

from ninja import Router

from courses.groups.api import router as groups_router
from courses.workbook.api import router as workbook_router

router = Router()
router.add_router("/", workbook_router)
router.add_router("/", groups_router)

__all__ = ["router"]
