"""Aliases are names: drop pronouns ("She") and bare role nouns ("the officials") that
earlier extractions stored as sources' aliases. Only the current rows change; their history
keeps what was stored then."""

from django.db import migrations, models

import attribution.models


def aliases_to_names(apps, schema_editor):
    # The rule as it stands when the migration runs (attribution.aliases, pure Python).
    from attribution.aliases import names_only

    Source = apps.get_model("attribution", "Source")
    changed = []
    for source in Source.objects.exclude(aliases=[]).only("pk", "aliases").iterator(chunk_size=500):
        kept = names_only(source.aliases)
        if kept != source.aliases:
            source.aliases = kept
            changed.append(source)
    Source.objects.bulk_update(changed, ["aliases"], batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ("attribution", "0004_review_guards"),
    ]

    operations = [
        migrations.AlterField(
            model_name="historicalsource",
            name="aliases",
            field=models.JSONField(
                blank=True, default=list, help_text='["Veale", "Col. Thomas Veale"]',
                validators=[attribution.models.validate_alias_names],
            ),
        ),
        migrations.AlterField(
            model_name="source",
            name="aliases",
            field=models.JSONField(
                blank=True, default=list, help_text='["Veale", "Col. Thomas Veale"]',
                validators=[attribution.models.validate_alias_names],
            ),
        ),
        migrations.RunPython(aliases_to_names, migrations.RunPython.noop),
    ]
