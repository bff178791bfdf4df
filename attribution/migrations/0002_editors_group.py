from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = {
    "attribution": ["view_attribution", "change_attribution", "review_attribution"],
    "source": ["view_source", "change_source"],
    "claim": ["view_claim", "change_claim"],
    "article": ["view_article", "add_article"],
    "outlet": ["view_outlet", "add_outlet", "change_outlet"],
    "relayhop": ["view_relayhop"],
}


def create_editors_group(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs them now.
    app_config = apps.get_app_config("attribution")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="editors")
    codenames = [codename for codenames in EDITOR_PERMISSIONS.values() for codename in codenames]
    permissions = Permission.objects.filter(content_type__app_label="attribution", codename__in=codenames)
    assert permissions.count() == len(codenames), "an editor permission is missing"
    group.permissions.set(permissions)


def delete_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("attribution", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors_group, delete_editors_group)]
