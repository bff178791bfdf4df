"""Aliases are names: pronouns and bare role nouns are never stored or shown as aliases."""

import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse

from attribution import extraction, services
from attribution.aliases import alias_is_name, names_only
from attribution.models import Attribution, Source


@pytest.mark.parametrize(
    "alias", ["She", "he", "They", "it", "The officials", "officials", "Officials", "the spokesman", "Spokeswoman",
              "the President", "Dr.", "his", ""],
)
def test_pronouns_and_bare_role_nouns_are_not_names(alias):
    assert not alias_is_name(alias)


@pytest.mark.parametrize(
    "alias", ["Veale", "Col. Thomas Veale", "the BBC", "White", "US President Barack Obama", "The Economist", "dpa",
              "AFP", "G7", "小泉"],
)
def test_names_titles_and_known_outlets_are_names(alias):
    assert alias_is_name(alias)


def test_names_only_keeps_the_names_in_their_order():
    assert names_only(["She", "Jafari", "the spokeswoman", "Amneh J."]) == ["Jafari", "Amneh J."]


def test_a_speaker_referred_to_as_she_is_stored_without_that_alias(db, reports):
    article = reports.article(outlet="Daily Example", text="Amneh Jafari spoke. She said it.")
    speaker = extraction.Speaker(name="Amneh Jafari", kind="person", aliases=("Jafari", "She", "the spokeswoman"))
    source = services.source_for_speaker(speaker=speaker, article=article)
    assert source.aliases == ["Jafari"]


def test_a_merged_sources_pronoun_and_role_names_do_not_become_aliases(db, editor):
    kept = Source.objects.create(kind="unnamed", name="Operation Inherent Resolve officials")
    merged = Source.objects.create(kind="unnamed", name="officials", aliases=["Officials"])
    services.source_merge(source=merged, into=kept, by=editor)
    kept.refresh_from_db()
    assert kept.aliases == []


def test_the_model_refuses_a_pronoun_as_alias_with_a_message(db):
    source = Source(kind="person", name="Yvette Cooper", aliases=["She", "Cooper"])
    with pytest.raises(ValidationError, match="Not a name: “She”"):
        source.full_clean()


def test_the_migration_cleans_stored_aliases(db):
    source = Source.objects.create(kind="person", name="Amneh Jafari", aliases=["Jafari", "She"])
    unnamed = Source.objects.create(kind="organization", name="SDF", aliases=["the officials"])
    migration = importlib.import_module("attribution.migrations.0005_alias_names")
    migration.aliases_to_names(apps, None)
    assert Source.objects.get(pk=source.pk).aliases == ["Jafari"]
    assert Source.objects.get(pk=unnamed.pk).aliases == []


def test_the_source_page_lists_names_only(client, reports):
    source = reports.source("Amneh Jafari", aliases=["Jafari"])
    claim = reports.claim()
    reports.report(outlet="Daily Example", quote="The clinic reopened", claim=claim, speaker=source)
    Source.objects.filter(pk=source.pk).update(aliases=["Jafari", "She"])  # as an old extraction stored it
    html = client.get(reverse("pages:source", args=[source.pk])).content.decode()
    assert "Also written as" in html and "Jafari" in html
    assert "She" not in html.split("Also written as", 1)[1].split("</dd>", 1)[0]
    assert Attribution.objects.filter(speaker=source).exists()
