"""Editors keep the glossary (the "Woordenlijst" snippet): add, change and delete its words."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    # The model's permissions are normally made after all migrations ran: make them now.
    app_config = apps.get_app_config("content")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="content",
            codename__in=["add_glossaryterm", "change_glossaryterm", "delete_glossaryterm"],
        )
    )


class Migration(migrations.Migration):
    dependencies = [("content", "0010_glossary_terms"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
