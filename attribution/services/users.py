"""Accounts: the demo's admin, who is also an editor."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

EDITORS_GROUP = "editors"


def user_admin_ensure(*, username, password=None):
    """A superuser who is also an editor. Returns (user, password): a new account gets `password`
    or a random one; an existing account keeps its password unless one is given."""
    user, created = get_user_model().objects.get_or_create(username=username)
    user.is_staff = user.is_superuser = True
    if created or password:
        password = password or secrets.token_urlsafe(9)
        user.set_password(password)
    user.save()
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user, password
