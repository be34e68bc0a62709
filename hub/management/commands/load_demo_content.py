from django.core.management.base import BaseCommand

from hub.demo import site


class Command(BaseCommand):
    help = (
        "Load the demo content (taxonomy, pages, menu, footer) in English, French and "
        "Spanish. Idempotent: what already exists is left as it is."
    )

    def handle(self, *args, **options):
        site.load(self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
