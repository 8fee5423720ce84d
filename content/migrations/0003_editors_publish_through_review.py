"""Editors may publish, but only through the review of a second editor (see wagtail_hooks):
the approving editor's permission is what publishes the page when the workflow ends."""

from django.db import migrations


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    publish, _ = Permission.objects.get_or_create(
        content_type=page_type, codename="publish_page", defaults={"name": "Can publish any page"}
    )
    root = Page.objects.filter(depth=1).first()
    editors = Group.objects.filter(name="Editors").first()
    if root and editors:
        GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=publish)


class Migration(migrations.Migration):
    dependencies = [("content", "0002_editorial_workflow")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
