"""The "curateur" group: exactly what curation needs, no user management, no deletion."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "curateur"
PERMISSIONS = [
    "view_article", "change_article",  # hide, publish, date, re-extract; never add or delete
    "view_quote", "change_quote",  # reject, confirm, reassign
    "view_speaker", "change_speaker", "add_speaker",  # merge, split, reassign to a new speaker
    "view_source",
]


def create_group(apps, schema_editor):
    # Permissions are normally created after the last migration; the group needs them now.
    config = apps.get_app_config("articles")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.set(Permission.objects.filter(content_type__app_label="articles", codename__in=PERMISSIONS))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0004_curation"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
