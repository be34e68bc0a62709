"""Publish translations through wagtail-localize, as a translator would.

Used by the taxonomy loader (themes and stages ship in three languages) and by the demo
content. The loader builds the source-language object and an unsaved "twin" that holds the
same structure with the translated texts. The twin's segments are paired with the
source's (same paths, same order) and imported as a PO file, so every translation
is a managed wagtail-localize translation that translators can keep up to date.
"""

import copy

from wagtail.models import DraftStateMixin
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def _strings(instance):
    return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


def paired_strings(source, twin):
    source_strings, twin_strings = _strings(source), _strings(twin)
    source_paths = [s.path for s in source_strings]
    twin_paths = [s.path for s in twin_strings]
    if source_paths != twin_paths:
        raise ValueError(
            f"The translation of {source!r} does not have the source's structure: "
            f"{source_paths} != {twin_paths}"
        )
    return {
        (s.path, s.string.data): t.string.data
        for s, t in zip(source_strings, twin_strings, strict=True)
    }


def publish_translation(source, twin, locale):
    """Translate ``source`` into ``locale`` with the texts of ``twin``; return the target."""
    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    translation, _created = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale, defaults={"enabled": True}
    )
    strings = paired_strings(source, twin)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = strings[(entry.msgctxt, entry.msgid)]
    translation.import_po(po)
    # For pages, wagtail-localize publishes on transaction commit, from an instance it
    # saved earlier; inside a transaction that stale copy overwrites the page tree's
    # child counts. Saving a draft and publishing it at once avoids that.
    is_draftable = isinstance(source, DraftStateMixin)
    translation.save_target(publish=not is_draftable)
    target = translation.get_target_instance()
    if is_draftable:
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target


def translate(source, fields, locale):
    """Publish a translation of ``source`` into ``locale`` whose texts are ``fields``."""
    twin = copy.copy(source)
    for name, value in fields.items():
        setattr(twin, name, value)
    return publish_translation(source, twin, locale)
