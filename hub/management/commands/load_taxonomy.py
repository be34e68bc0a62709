from django.core.management.base import BaseCommand
from django.db import transaction

from hub.data.load import load_taxonomy


class Command(BaseCommand):
    help = (
        "Load the shared taxonomy: the UN regional groups, the 193 Member States, and the "
        "themes and UPR stages in English, French and Spanish. Idempotent; run it once when "
        "setting up a production site (load_demo_content runs it too)."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            load_taxonomy(self.stdout.write)
