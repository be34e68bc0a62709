"""A judged relevance set for the demo content, to compare search backends.

Each judgement is a query a reader might type (with plurals, missing accents,
elisions and typos) and the pages that must come back in the first five
results. ``manage.py measure_search_relevance`` and the test suite run it.
"""

from dataclasses import dataclass, field

from .backends import Query

TOP = 5

JUDGEMENTS = [
    # English
    ("en", "reprisals", ["/en/modules/protection-from-reprisals-and-digital-safety/"]),
    ("en", "digital safety", ["/en/modules/protection-from-reprisals-and-digital-safety/"]),
    (
        "en",
        "mid-term report",
        [
            "/en/guide/mid-term-reporting-step-by-step/",
            "/en/modules/monitoring-implementation-and-mid-term-reporting/",
        ],
    ),
    ("en", "SMART recommendation", ["/en/modules/making-smart-recommendations/"]),
    (
        "en",
        "embassy briefings journalists",
        ["/en/strategies/quarterly-embassy-briefings-arrests-journalists-cybercrime-law/"],
    ),
    ("en", "death penalty", ["/en/strategies/noted-recommendation-death-penalty-court-media/"]),
    ("en", "plenary adoption", ["/en/guide/plenary-adoption-step-by-step/"]),
    (
        "en",
        "implementaion between reviews",
        ["/en/guide/implementation-between-reviews-step-by-step/"],
    ),
    ("en", "stakeholder submissions", ["/en/modules/writing-a-stakeholder-submission/"]),
    (
        "en",
        "national human rights institution",
        ["/en/strategies/long-supported-recommendation-national-human-rights-institution/"],
    ),
    (
        "en",
        "disability scorecard",
        ["/en/strategies/nepal-disability-rights-accessible-mid-term-scorecard/"],
    ),
    ("en", "state responses", ["/en/guide/responses-to-recommendations-step-by-step/"]),
    # French
    (
        "fr",
        "représailles",
        ["/fr/modules/protection-contre-les-represailles-et-securite-numerique/"],
    ),
    (
        "fr",
        "represailles",
        ["/fr/modules/protection-contre-les-represailles-et-securite-numerique/"],
    ),
    ("fr", "rapports à mi-parcours", ["/fr/guide/rapport-a-mi-parcours-etape-par-etape/"]),
    ("fr", "l'adoption en plénière", ["/fr/guide/adoption-en-seance-pleniere-etape-par-etape/"]),
    ("fr", "recommandation SMART", ["/fr/modules/formuler-des-recommandations-smart/"]),
    (
        "fr",
        "peine de mort",
        ["/fr/strategies/recommandation-peine-de-mort-pris-note-justice-medias/"],
    ),
    ("fr", "ambasades", ["/fr/modules/plaidoyer-pre-sessions-et-ambassades/"]),
    (
        "fr",
        "arrestations de journalistes",
        ["/fr/strategies/notes-trimestrielles-ambassades-arrestations-journalistes/"],
    ),
    (
        "fr",
        "securite numerique",
        ["/fr/modules/protection-contre-les-represailles-et-securite-numerique/"],
    ),
    (
        "fr",
        "mise en oeuvre gouvernement",
        ["/fr/modules/travailler-avec-le-gouvernement-sur-la-mise-en-oeuvre/"],
    ),
    (
        "fr",
        "enfants talibés",
        ["/fr/strategies/senegal-enfants-talibes-mendicite-forcee-suivi-mi-parcours/"],
    ),
    # Spanish
    ("es", "represalias", ["/es/modulos/proteccion-frente-a-represalias-y-seguridad-digital/"]),
    ("es", "recomendacion SMART", ["/es/modulos/formular-recomendaciones-smart/"]),
    ("es", "recomendasiones smart", ["/es/modulos/formular-recomendaciones-smart/"]),
    ("es", "informe de mitad de periodo", ["/es/guia/informe-de-mitad-de-periodo-paso-a-paso/"]),
    (
        "es",
        "pena de muerte",
        ["/es/estrategias/recomendacion-pena-de-muerte-se-tomo-nota-tribunales-medios/"],
    ),
    ("es", "embajadas", ["/es/modulos/incidencia-en-pre-sesiones-y-embajadas/"]),
    ("es", "aprobacion en el pleno", ["/es/guia/aprobacion-en-la-sesion-plenaria-paso-a-paso/"]),
    (
        "es",
        "detenciones de periodistas",
        ["/es/estrategias/notas-trimestrales-embajadas-detenciones-periodistas-ciberdelitos/"],
    ),
    (
        "es",
        "discapacidad",
        ["/es/estrategias/nepal-discapacidad-semaforo-accesible-mitad-de-periodo/"],
    ),
    (
        "es",
        "trabajo del hogar",
        ["/es/estrategias/recomendacion-apoyada-ley-trabajo-del-hogar-parlamento/"],
    ),
    (
        "es",
        "implementacion gobierno",
        ["/es/modulos/trabajar-con-el-gobierno-en-la-implementacion/"],
    ),
]


@dataclass
class Measure:
    passed: dict = field(default_factory=dict)  # language -> queries whose pages were all found
    total: dict = field(default_factory=dict)
    misses: list = field(default_factory=list)  # (language, query, missing URLs, URLs found)

    @property
    def score(self):
        return sum(self.passed.values()) / sum(self.total.values())

    def rows(self):
        for language in sorted(self.total):
            yield language, self.passed.get(language, 0), self.total[language]


def measure(backend, judgements=JUDGEMENTS):
    """How many judged queries find all their pages in the top five with ``backend``."""
    result = Measure()
    for language, text, expected in judgements:
        found = [
            hit.url for hit in backend.search(Query(text=text, language=language, limit=TOP)).hits
        ]
        missing = [url for url in expected if url not in found]
        result.total[language] = result.total.get(language, 0) + 1
        if missing:
            result.misses.append((language, text, missing, found))
        else:
            result.passed[language] = result.passed.get(language, 0) + 1
    return result
