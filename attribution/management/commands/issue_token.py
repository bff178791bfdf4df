from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from rest_framework.authtoken.models import Token

from attribution import selectors


class Command(BaseCommand):
    help = (
        "Print the REST API token of a user (created if the user has none). "
        "Send it as `Authorization: Token <token>`."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--renew", action="store_true", help="Replace the user's token with a new one.")

    def handle(self, *args, username, renew, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}. Create one with `manage.py createsuperuser` or in admin.")
        if not user.is_active:
            raise CommandError(f"The user {username!r} is inactive: a token would not authenticate.")
        if renew:
            Token.objects.filter(user=user).delete()
        token, _ = Token.objects.get_or_create(user=user)
        self.stdout.write(token.key)
        if not selectors.user_is_editor(user):
            self.stderr.write(
                f"Note: {username} is not in the editors group, so the token may only read what readers see."
            )
