"""Every page change goes draft → review by a second editor → publish."""

from django.db import migrations

WORKFLOW_NAME = "Redactie: beoordeling door een tweede redacteur"
TASK_NAME = "Tweede redacteur keurt goed"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Task = apps.get_model("content", "SecondEditorReviewTask")

    task_type, _ = ContentType.objects.get_or_create(app_label="content", model="secondeditorreviewtask")
    task = Task.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = Task.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.set(Group.objects.filter(name__in=["Editors", "Moderators"]))
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
