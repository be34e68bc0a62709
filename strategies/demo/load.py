"""Demo content for the strategy library: 15 illustrative case studies in three languages,
two curated sets, and two submissions waiting in the moderation queue."""

from django.http import QueryDict
from django.utils import translation

from wagtail.models import Locale

from hub.demo.site import feature_on_home
from hub.models import Country, Region, Stage, Theme
from hub.site_setup import SOURCE, TRANSLATIONS, locales, stream
from hub.translation import translate
from strategies.demo import cases_a, cases_b
from strategies.factories import StrategyPageFactory, StrategySetPageFactory
from strategies.forms import SubmissionForm
from strategies.models import StrategyIndexPage, StrategyPage, StrategySetItem, Tactic
from strategies.submissions import create_submission

CASES = cases_a.CASES + cases_b.CASES


def _texts(case, code):
    """The translatable fields of a case in one language, StreamFields with stable ids."""
    data = case[code]
    key = case["key"]
    return {
        "title": data["title"],
        "slug": data["slug"],
        "summary": data["summary"],
        "actors": data["actors"],
        "context": data["context"],
        "steps": stream(
            f"{key}-steps",
            [("step", {"title": title, "text": text}) for title, text in data["steps"]],
        ),
        "outcomes": data["outcomes"],
        "why_it_worked": data["why_it_worked"],
        "challenges": data["challenges"],
        "risks": data["risks"],
        "replication": data["replication"],
        "recommendations": stream(
            f"{key}-recommendations",
            [
                (
                    "recommendation",
                    {
                        "text": rec["text"][code],
                        "recommending_state": rec["recommending_state"],
                        "response": rec["response"],
                        "action_category": str(rec["action_category"]),
                        "database_url": "",
                    },
                )
                for rec in case["recommendations"]
            ],
        ),
    }


def load_case(index, case, by_code):
    page = StrategyPageFactory(
        parent=index,
        organisation=case["organisation"] or "",
        is_anonymous=case["organisation"] is None,
        is_illustrative=True,
        cycle=case["cycle"],
        countries=list(Country.objects.filter(code__in=case["countries"])),
        stages=list(Stage.vocabulary().filter(slug__in=case["stages"])),
        themes=list(Theme.vocabulary().filter(slug__in=case["themes"])),
        tactics=list(Tactic.objects.filter(slug__in=case["tactics"])),
        regions=list(Region.objects.filter(slug__in=case["regions"])),
        **_texts(case, SOURCE),
    )
    for code in TRANSLATIONS:
        translate(page, _texts(case, code), by_code[code])
    return page


def load_set(index, data, pages, by_code):
    set_page = StrategySetPageFactory(parent=index, **data[SOURCE])
    for order, key in enumerate(data["cases"]):
        StrategySetItem.objects.create(set_page=set_page, strategy=pages[key], sort_order=order)
    set_page.save_revision().publish()
    for code in TRANSLATIONS:
        translate(set_page, data[code], by_code[code])


def load_pending(index, submission, by_code):
    locale = by_code[submission["language"]]
    localized_index = index.get_translation(locale)
    fields = {
        "title": submission["title"],
        "summary": submission["summary"],
        "identity": SubmissionForm.ANONYMOUS if submission["anonymous"] else SubmissionForm.NAMED,
        "organisation": submission["organisation"],
        "cycle": str(submission["cycle"]),
        "context": submission["context"],
        "what_was_done": submission["what_was_done"],
        "outcomes": submission["outcomes"],
        "lessons": submission["lessons"],
        "risks": submission["risks"],
        "replication": submission["replication"],
        "contact_name": submission["contact_name"],
        "contact_email": submission["contact_email"],
        "safety": "on",
    }
    data = QueryDict(mutable=True)
    data.update(fields)
    for name in ("countries", "themes", "stages", "tactics"):
        data.setlist(name, submission[name])
    with translation.override(submission["language"]):
        form = SubmissionForm(data)
        if not form.is_valid():
            raise ValueError(f"Demo submission is invalid: {form.errors.as_json()}")
        create_submission(localized_index, form)


def load(log):
    by_code = locales()
    index = StrategyIndexPage.objects.get(locale=Locale.get_default())
    if StrategyPage.objects.descendant_of(index).exists():
        log("Strategies: already loaded, left as they are.")
        return
    pages = {case["key"]: load_case(index, case, by_code) for case in CASES}
    for data in cases_b.SETS:
        load_set(index, data, pages, by_code)
    feature_on_home([pages[CASES[0]["key"]], pages[cases_b.CASES[0]["key"]]])
    for submission in cases_b.PENDING_SUBMISSIONS:
        load_pending(index, submission, by_code)
    log(
        f"Strategies: {len(pages)} case studies and {len(cases_b.SETS)} sets in 3 languages, "
        f"{len(cases_b.PENDING_SUBMISSIONS)} submissions awaiting moderation."
    )
