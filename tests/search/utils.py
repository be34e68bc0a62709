"""A small trilingual hub to search, and the two backends to search it with."""

import os
import unittest
import uuid

from django.test import override_settings

from elasticsearch import Elasticsearch

from hub.data.load import load_taxonomy
from hub.factories import StandardPageFactory
from hub.models import Stage
from learning.factories import (
    GuideIndexPageFactory,
    ModuleIndexPageFactory,
    StageGuidePageFactory,
)
from search import backends
from strategies.factories import StrategyIndexPageFactory
from tests.learning.test_modules import module
from tests.strategies.utils import strategy
from tests.utils import locale, make_site, translate, translate_home

ELASTICSEARCH_TEST_URL = os.environ.get("ELASTICSEARCH_TEST_URL", "http://127.0.0.1:9200")


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_hub():
    """Modules, case studies, a stage guide and pages in English, French and Spanish."""
    load_taxonomy(lambda message: None)
    home = make_site()
    translate_home(home)
    site = {"home": home}
    modules = ModuleIndexPageFactory(parent=home)
    translate(modules, "fr", title="Modules de formation", slug="modules")
    translate(modules, "es", title="Módulos de formación", slug="modulos")
    library = StrategyIndexPageFactory(parent=home)
    translate(library, "fr", title="Bibliothèque de stratégies", slug="strategies")
    translate(library, "es", title="Biblioteca de estrategias", slug="estrategias")
    guides = GuideIndexPageFactory(parent=home)

    site["reprisals"] = module(
        modules,
        "Protection from reprisals",
        summary="How to assess the risks of engaging with the UN and react to reprisals.",
        themes=["human-rights-defenders"],
        stages=["follow-up"],
    )
    translate(
        site["reprisals"],
        "fr",
        title="Protection contre les représailles",
        summary="Évaluer les risques d’un engagement auprès de l’ONU et réagir aux représailles.",
        slug="represailles",
    )
    translate(
        site["reprisals"],
        "es",
        title="Protección frente a represalias",
        summary="Cómo evaluar los riesgos de colaborar con la ONU y reaccionar ante represalias.",
        slug="represalias",
    )
    site["smart"] = module(
        modules,
        "Writing SMART recommendations",
        summary="Recommendations that are specific, measurable and time-bound.",
        themes=["cooperation-un-mechanisms"],
        stages=["stakeholder-submissions"],
    )
    translate(
        site["smart"],
        "fr",
        title="Rédiger des recommandations SMART",
        summary="Des recommandations précises, mesurables et assorties d’un délai.",
        slug="recommandations-smart",
    )
    translate(
        site["smart"],
        "es",
        title="Redactar recomendaciones SMART",
        summary="Recomendaciones específicas, medibles y con plazos.",
        slug="recomendaciones-smart",
    )
    site["embassies"] = strategy(
        library,
        "Embassy briefings on arrests of journalists",
        summary="A press freedom group briefed recommending embassies every quarter.",
        organisation="Press Freedom Watch",
        countries=["KE"],
        themes=["freedom-of-expression"],
        stages=["implementation"],
    )
    translate(
        site["embassies"],
        "fr",
        title="Des réunions d’information avec les ambassades sur les arrestations de journalistes",
        summary="Un groupe de défense de la presse informait chaque trimestre les ambassades.",
        slug="ambassades-journalistes",
    )
    site["anonymous"] = strategy(
        library,
        "Documenting reprisals against land defenders",
        summary="Community groups documented threats against land defenders without naming them.",
        organisation="",
        is_anonymous=True,
        countries=["HN"],
        themes=["human-rights-defenders"],
        stages=["mid-term-reporting"],
    )
    site["profiling"] = strategy(
        library,
        "A civil society mid-term report on ethnic profiling",
        summary="A coalition tracked two supported recommendations on ethnic profiling.",
        organisation="Neighbourhood Rights Coalition",
        countries=["FR"],
        themes=["racial-discrimination"],
        stages=["mid-term-reporting"],
    )
    translate(
        site["profiling"],
        "fr",
        title="Un rapport à mi-parcours de la société civile sur le profilage ethnique",
        summary="Après l’examen, une coalition a suivi deux recommandations sur le profilage.",
        slug="rapport-profilage",
    )
    site["guide"] = publish(
        StageGuidePageFactory(
            parent=guides,
            title="Responses to recommendations: step by step",
            summary="What the State does with each recommendation before the plenary.",
            stage=Stage.vocabulary().get(slug="responses"),
        )
    )
    site["untranslated"] = publish(
        StandardPageFactory(parent=home, title="Plenary checklist", slug="plenary-checklist")
    )
    site["untranslated"].copy_for_translation(locale("es"), alias=True)
    site["plenaries"] = [
        publish(StandardPageFactory(parent=home, title=f"Plenary adoption note {n}", slug=f"p{n}"))
        for n in range(12)
    ]
    return site


def require_elasticsearch():
    """Fail in CI, skip elsewhere, when no Elasticsearch answers at the test URL."""
    try:
        # (The test distribution has no root endpoint, so no ping(): ask for health.)
        Elasticsearch(ELASTICSEARCH_TEST_URL, request_timeout=3).cluster.health()
        return
    except Exception as error:
        message = (
            f"No Elasticsearch at {ELASTICSEARCH_TEST_URL} ({error.__class__.__name__}); "
            "start one with `make elasticsearch`, or set ELASTICSEARCH_TEST_URL"
        )
    if os.environ.get("CI") == "true":
        raise AssertionError(message + ". CI needs it, so this is a failure, not a skip.")
    raise unittest.SkipTest(message)


def unique_prefix():
    return f"test-{uuid.uuid4().hex[:10]}-"


class ElasticsearchMixin:
    """Runs a TestCase with Elasticsearch configured, in indexes of its own."""

    backend_name = "elasticsearch"

    @classmethod
    def setUpClass(cls):
        require_elasticsearch()
        cls._es_settings = override_settings(
            ELASTICSEARCH_URL=ELASTICSEARCH_TEST_URL, ELASTICSEARCH_INDEX_PREFIX=unique_prefix()
        )
        cls._es_settings.enable()
        try:
            super().setUpClass()
        except Exception:
            cls._es_settings.disable()
            raise

    @classmethod
    def tearDownClass(cls):
        try:
            backends.engine().delete_all()
        finally:
            super().tearDownClass()
            cls._es_settings.disable()


class DatabaseMixin:
    backend_name = "database"

    @classmethod
    def setUpClass(cls):
        cls._db_settings = override_settings(ELASTICSEARCH_URL="")
        cls._db_settings.enable()
        super().setUpClass()

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls._db_settings.disable()
