import sys

from django.core.management.base import BaseCommand

from wagtail.models import Locale

from tqdm import tqdm

from search import backends, indexing
from search.documents import build
from search.models import SearchDocument


class Command(BaseCommand):
    help = (
        "Rebuild the search documents of every page: the database copy, and the "
        "Elasticsearch indexes when configured (into new indexes, then an atomic alias "
        "swap, so search keeps working meanwhile). Also repairs updates that failed."
    )

    def handle(self, *args, verbosity=1, **options):
        engine = backends.engine()
        show_progress = verbosity > 0 and sys.stdout.isatty()
        for locale in Locale.objects.order_by("language_code"):
            pages = indexing.searchable_pages(locale)
            documents = []
            for page in tqdm(
                pages.specific().iterator(chunk_size=200),
                total=pages.count(),
                desc=f"{locale.language_code}: documents",
                disable=not show_progress,
                file=sys.stdout,
            ):
                document = build(page)
                if document is not None:
                    documents.append(document)
            indexing.save_documents(documents)
            kept = {document.id for document in documents}
            stale = SearchDocument.objects.filter(locale=locale).exclude(page_id__in=kept)
            indexing.delete_documents(stale.values_list("page_id", flat=True))
            message = f"{locale.language_code}: {len(documents)} documents in the database"
            if engine is not None:
                name = engine.rebuild(locale.language_code, documents)
                message += f", Elasticsearch index {name}"
            if verbosity > 0:
                self.stdout.write(message)
