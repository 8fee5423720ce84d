"""The pages of courses: each room (sub-package) lists its own; the URL names stay flat."""

from courses.groups import urls as groups_urls
from courses.impact import urls as impact_urls
from courses.network import urls as network_urls
from courses.privacy import urls as privacy_urls
from courses.signups import urls as signups_urls
from courses.trainings import urls as trainings_urls
from courses.trajectories import urls as trajectories_urls
from courses.volunteers import urls as volunteers_urls
from courses.workbook import urls as workbook_urls

urlpatterns = [
    *workbook_urls.urlpatterns,
    *groups_urls.urlpatterns,
    *privacy_urls.urlpatterns,
    *volunteers_urls.urlpatterns,
    *trajectories_urls.urlpatterns,
    *network_urls.urlpatterns,
    *trainings_urls.urlpatterns,
    *signups_urls.urlpatterns,
    *impact_urls.urlpatterns,
]
