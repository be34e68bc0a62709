from django.core.management.base import BaseCommand

from search import backends
from search.relevance import JUDGEMENTS, TOP, measure


class Command(BaseCommand):
    help = (
        f"Run the judged relevance set ({len(JUDGEMENTS)} queries over the demo content) "
        f"against the database backend and, when configured, Elasticsearch: how many "
        f"queries find all their expected pages in the top {TOP}."
    )

    def handle(self, *args, **options):
        candidates = [backends.database(), backends.engine()]
        for backend in filter(None, candidates):
            result = measure(backend)
            self.stdout.write(f"{backend.name}: {result.score:.0%} of {len(JUDGEMENTS)} queries")
            for language, passed, total in result.rows():
                self.stdout.write(f"  {language}: {passed}/{total}")
            for language, text, missing, _found in result.misses:
                self.stdout.write(f"  missed [{language}] {text!r}: {', '.join(missing)}")
