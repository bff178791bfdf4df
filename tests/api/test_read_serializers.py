"""Output serializers build their fields from the model once per class (ReadModelSerializer):
every instance still gets fields of its own, bound to it."""

from attribution.api import serializers as s


def test_each_serializer_instance_binds_fields_of_its_own():
    first, second = s.AttributionSerializer(), s.AttributionSerializer()
    assert list(first.fields) == list(second.fields) == s.AttributionSerializer.Meta.fields
    for name in ("id", "speaker", "article"):
        assert first.fields[name] is not second.fields[name]
        assert (first.fields[name].parent, second.fields[name].parent) == (first, second)
    nested = first.fields["article"].fields["publications"].child.fields["outlet"]
    assert nested.root is first


def test_a_subclass_builds_its_own_fields():
    assert "diff_from_first" in s.AppearanceSerializer().fields
    assert "diff_from_first" not in s.AttributionSerializer().fields
