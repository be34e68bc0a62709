from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "upr-hub-admin"  # noqa: S105 - a development-only account, refused when DEBUG is off


class Command(BaseCommand):
    help = "Create a development admin account if there is none, and print its login."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/")

    def handle(self, *args, url, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin is for development only (DEBUG is off).")
        User = get_user_model()
        if not User.objects.filter(is_superuser=True).exists():
            User.objects.create_superuser(USERNAME, "admin@localhost", PASSWORD)
            self.stdout.write(f"Created the development admin account '{USERNAME}'.")
        if User.objects.filter(username=USERNAME, is_superuser=True).exists():
            self.stdout.write(
                self.style.SUCCESS(f"Admin: {url}  user: {USERNAME}  password: {PASSWORD}")
            )
        else:
            self.stdout.write(f"Admin: {url} (sign in with your existing superuser account)")
