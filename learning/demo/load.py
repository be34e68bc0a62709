"""Demo content for learning: eight training modules in English, French and Spanish."""

from wagtail.models import Locale

from hub.demo.site import SOURCE, TRANSLATIONS, items, locales, stream
from hub.demo.translation import translate
from hub.models import Stage, Theme
from learning.demo import guides_a, guides_b, modules_a, modules_b
from learning.factories import ModulePageFactory, StageGuidePageFactory
from learning.models import GuideIndexPage, ModuleIndexPage, ModulePage, StageGuidePage
from strategies.demo.load import CASES
from strategies.models import StrategyPage

MODULES = modules_a.MODULES + modules_b.MODULES
GUIDES = guides_a.GUIDES + guides_b.GUIDES


def _block(key, kind, value):
    """One body block's value, with stable ids for every list item."""
    if kind == "glossary":
        return {"terms": items(f"{key}-terms", value)}
    if kind == "key_points":
        return {"title": value["title"], "points": items(f"{key}-points", value["points"])}
    if kind == "steps":
        return {"title": value["title"], "steps": items(f"{key}-steps", value["steps"])}
    if kind == "quiz":
        questions = [
            {"question": q["question"], "choices": items(f"{key}-q{n}", q["choices"])}
            for n, q in enumerate(value["questions"])
        ]
        return {"title": value["title"], "questions": items(f"{key}-questions", questions)}
    return value


def _texts(module, code):
    data, key = module[code], module["key"]
    return {
        "title": data["title"],
        "slug": data["slug"],
        "summary": data["summary"],
        "audience": data["audience"],
        "objectives": stream(f"{key}-objectives", [("objective", o) for o in data["objectives"]]),
        "body": stream(
            f"{key}-body",
            [
                (kind, _block(f"{key}-body-{n}", kind, value))
                for n, (kind, value) in enumerate(data["body"])
            ],
        ),
    }


def load(log):
    by_code = locales()
    index = ModuleIndexPage.objects.get(locale=Locale.get_default())
    if ModulePage.objects.descendant_of(index).exists():
        log("Modules: already loaded, left as they are.")
        return
    for module in MODULES:
        page = ModulePageFactory(
            parent=index,
            level=module["level"],
            duration_minutes=module["duration_minutes"],
            themes=list(Theme.vocabulary().filter(slug__in=module["themes"])),
            stages=list(Stage.vocabulary().filter(slug__in=module["stages"])),
            **_texts(module, SOURCE),
        )
        for code in TRANSLATIONS:
            translate(page, _texts(module, code), by_code[code])
    log(f"Modules: {len(MODULES)} training modules in 3 languages.")


def _guide_texts(guide, code):
    data, stage = guide[code], guide["stage"]
    steps = [
        (
            "step",
            {
                "title": step["title"],
                "what": step["what"],
                "when": step["when"],
                "who": step["who"],
                "checklist": items(f"guide-{stage}-{n}-checklist", step["checklist"]),
                "documents": [],
            },
        )
        for n, step in enumerate(data["steps"])
    ]
    return {
        "title": data["title"],
        "slug": data["slug"],
        "summary": data["summary"],
        "intro": data["intro"],
        "steps": stream(f"guide-{stage}-steps", steps),
    }


def load_guides(log):
    by_code = locales()
    index = GuideIndexPage.objects.get(locale=Locale.get_default())
    if StageGuidePage.objects.child_of(index).exists():
        log("Stage guides: already loaded, left as they are.")
        return
    for guide in GUIDES:
        page = StageGuidePageFactory(
            parent=index,
            stage=Stage.vocabulary().get(slug=guide["stage"]),
            **_guide_texts(guide, SOURCE),
        )
        page.related_modules = list(
            ModulePage.objects.filter(
                locale=by_code[SOURCE],
                slug__in=[m[SOURCE]["slug"] for m in MODULES if m["key"] in guide["modules"]],
            )
        )
        page.related_strategies = list(
            StrategyPage.objects.filter(
                locale=by_code[SOURCE],
                slug__in=[c[SOURCE]["slug"] for c in CASES if c["key"] in guide["cases"]],
            )
        )
        page.save_revision().publish()
        for code in TRANSLATIONS:
            translate(page, _guide_texts(guide, code), by_code[code])
    log(f"Stage guides: {len(GUIDES)} later stages, step by step, in 3 languages.")
