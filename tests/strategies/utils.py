from hub.data.load import load_taxonomy
from hub.models import Country, Stage, Theme
from strategies.factories import StrategyIndexPageFactory, StrategyPageFactory
from strategies.models import Tactic
from tests.utils import make_site, translate, translate_home


def build_library():
    """An English and French library with a loaded taxonomy; returns (index_en, index_fr)."""
    load_taxonomy(lambda message: None)
    home = make_site()
    translate_home(home)
    index = StrategyIndexPageFactory(parent=home)
    index_fr = translate(index, "fr", title="Bibliothèque de stratégies", slug="strategies")
    return index, index_fr


def strategy(index, title, *, countries=(), themes=(), stages=(), tactics=(), cycle=3, **kwargs):
    return StrategyPageFactory(
        parent=index,
        title=title,
        cycle=cycle,
        countries=list(Country.objects.filter(code__in=countries)),
        themes=list(Theme.vocabulary().filter(slug__in=themes)),
        stages=list(Stage.vocabulary().filter(slug__in=stages)),
        tactics=list(Tactic.objects.filter(slug__in=tactics)),
        **kwargs,
    )
