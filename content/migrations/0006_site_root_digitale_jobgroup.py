"""The site's root page is "Digitale JobGroup", not Wagtail's English welcome page."""

from django.db import migrations

TITLE = "Digitale JobGroup"
WAGTAIL_WELCOME = "Welcome to your new Wagtail site!"


def rename(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Page.objects.filter(depth=2, title=WAGTAIL_WELCOME).update(title=TITLE, draft_title=TITLE)
    Site.objects.filter(is_default_site=True, site_name__in=["", None]).update(site_name=TITLE)


class Migration(migrations.Migration):
    dependencies = [("content", "0005_languagecheckpage"), ("wagtailcore", "0098_apitoken")]
    operations = [migrations.RunPython(rename, migrations.RunPython.noop)]
