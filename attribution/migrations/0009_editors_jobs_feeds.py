from django.contrib.auth.management import create_permissions
from django.db import migrations

# Editors see what the task queue did (and retry failed jobs) and manage the feeds.
EDITOR_PERMISSIONS = ["view_ingestjob", "view_feed", "add_feed", "change_feed", "delete_feed"]


def editors_may_use_jobs_and_feeds(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs them now.
    app_config = apps.get_app_config("attribution")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="editors")
    permissions = Permission.objects.filter(content_type__app_label="attribution", codename__in=EDITOR_PERMISSIONS)
    assert permissions.count() == len(EDITOR_PERMISSIONS), "an editor permission is missing"
    group.permissions.add(*permissions)


def editors_may_not(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="editors"):
        group.permissions.remove(*Permission.objects.filter(codename__in=EDITOR_PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [("attribution", "0008_ingest_jobs_feeds_search")]

    operations = [migrations.RunPython(editors_may_use_jobs_and_feeds, editors_may_not)]
