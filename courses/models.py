"""Every model of the courses app, re-exported: Django finds an app's models through
`courses.models`, and migrations and other apps refer to them as `courses.<Model>`. Each room
(sub-package) defines its own models in its `models.py`; the app label is "courses" because those
modules live inside the courses package (models with an explicit `Meta.app_label` say so too)."""

from courses.groups.models import (
    MAX_PARTICIPANTS,
    Attendance,
    AttendanceRecord,
    Cohort,
    CohortMembership,
    Invitation,
    LeaderMessage,
    Meeting,
    VacancyPost,
)
from courses.impact.models import SelfAssessment
from courses.network.models import (
    GuestInvite,
    IntervisionCircle,
    IntervisionMembership,
    NetworkMembership,
    Workshop,
    WorkshopSeries,
    WorkshopSignup,
)
from courses.privacy.models import ErasureRequest
from courses.signups.models import SignUp
from courses.trainings.models import TrainingRating
from courses.trajectories.models import Intake, LadderMeasurement, Referral, Trajectory
from courses.volunteers.models import (
    BuddyContact,
    BuddyMatch,
    BuddyShare,
    Certificate,
    ConductCertificate,
    Shadowing,
)
from courses.workbook.models import Answer, Feedback, _upload_path

__all__ = [
    "MAX_PARTICIPANTS",
    "Answer",
    "Attendance",
    "AttendanceRecord",
    "BuddyContact",
    "BuddyMatch",
    "BuddyShare",
    "Certificate",
    "Cohort",
    "CohortMembership",
    "ConductCertificate",
    "ErasureRequest",
    "Feedback",
    "GuestInvite",
    "Intake",
    "IntervisionCircle",
    "IntervisionMembership",
    "Invitation",
    "LadderMeasurement",
    "LeaderMessage",
    "Meeting",
    "NetworkMembership",
    "Referral",
    "SelfAssessment",
    "Shadowing",
    "SignUp",
    "TrainingRating",
    "VacancyPost",
    "Trajectory",
    "Workshop",
    "WorkshopSeries",
    "WorkshopSignup",
    "_upload_path",  # migration 0001 refers to courses.models._upload_path
]
