from django.core.management.base import BaseCommand
from django.db import transaction

from hub.demo import site
from learning.demo import load as learning
from strategies.demo import load as strategies


class Command(BaseCommand):
    help = (
        "Load the demo content (taxonomy, pages, menu, footer, training modules, guides, "
        "courses, strategy library) in English, French and Spanish. Idempotent: what "
        "exists is left as it is."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            site.load(self.stdout.write)
            learning.load(self.stdout.write)
            strategies.load(self.stdout.write)
            learning.load_guides(self.stdout.write)
            learning.load_courses(self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
