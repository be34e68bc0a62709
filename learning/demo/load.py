"""Demo content for learning: modules, stage guides and courses in three languages."""

import datetime

from wagtail.models import Locale

from hub.models import Stage, Theme
from hub.site_setup import SOURCE, TRANSLATIONS, items, locales, stream
from hub.translation import translate
from learning.demo import courses, guides_a, guides_b, modules_a, modules_b
from learning.factories import CoursePageFactory, ModulePageFactory, StageGuidePageFactory
from learning.models import (
    CourseIndexPage,
    CoursePage,
    GuideIndexPage,
    ModuleIndexPage,
    ModulePage,
    StageGuidePage,
)
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


def _course_texts(course, code, modules):
    data, key = course[code], course["key"]
    agenda = []
    for item in course["agenda"]:
        if item["type"] == "module":
            agenda.append(
                (
                    "session",
                    {
                        "module": modules[item["module"]].pk,
                        "duration_minutes": item["duration_minutes"],
                        "starts_new_day": item["starts_new_day"],
                        "notes": item["notes"][code],
                    },
                )
            )
        else:
            agenda.append(
                (
                    "pause",
                    {"title": item["title"][code], "duration_minutes": item["duration_minutes"]},
                )
            )
    return {
        "title": data["title"],
        "slug": data["slug"],
        "summary": data["summary"],
        "audience": data["audience"],
        "objectives": stream(f"{key}-objectives", [("objective", o) for o in data["objectives"]]),
        "facilitator_notes": data["facilitator_notes"],
        "agenda": stream(f"{key}-agenda", agenda),
    }


def load_courses(log):
    by_code = locales()
    index = CourseIndexPage.objects.get(locale=Locale.get_default())
    if CoursePage.objects.child_of(index).exists():
        log("Courses: already loaded, left as they are.")
        return
    slugs = {m["key"]: m[SOURCE]["slug"] for m in MODULES}
    modules = {
        key: ModulePage.objects.get(locale=by_code[SOURCE], slug=slug)
        for key, slug in slugs.items()
    }
    for course in courses.COURSES:
        hours, minutes = (int(part) for part in course["start_time"].split(":"))
        page = CoursePageFactory(
            parent=index,
            start_time=datetime.time(hours, minutes),
            **_course_texts(course, SOURCE, modules),
        )
        page.save_revision().publish()
        for code in TRANSLATIONS:
            translate(page, _course_texts(course, code, modules), by_code[code])
    log(f"Courses: {len(courses.COURSES)} courses built from the modules, in 3 languages.")
