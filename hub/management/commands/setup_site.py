from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from hub.site_setup import configure_site, create_site_pages


class Command(BaseCommand):
    help = (
        "First run of a new hub: give the site its public address and create the home, "
        "section, About and privacy pages, menu and footer in English, French and Spanish. "
        "Idempotent: pages that exist are left as they are; the address is updated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--url",
            default=settings.SITE_URL,
            help="The site's public address, e.g. https://hub.example.org (default: SITE_URL).",
        )

    def handle(self, *args, url, **options):
        if not url:
            raise CommandError(
                "Give the site's address: --url https://hub.example.org or SITE_URL."
            )
        with transaction.atomic():
            try:
                site = configure_site(url)
            except ValidationError as error:
                raise CommandError(error.messages[0]) from error
            create_site_pages(self.stdout.write)
        self.stdout.write(self.style.SUCCESS(f"The hub answers at {site.root_url}/"))
