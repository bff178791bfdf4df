from django.conf import settings


def reading(request):
    """What every reader page says about what it shows: whether unreviewed attributions are among it."""
    return {"readers_see_unreviewed": settings.READERS_SEE_UNREVIEWED}
