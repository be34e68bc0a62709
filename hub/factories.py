"""Factories for the hub's models, used by the tests and by load_demo_content."""

from wagtail.models import Locale

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from hub import models


def default_locale():
    return Locale.get_default()


class RegionFactory(DjangoModelFactory):
    slug = "african"
    name = "African States"

    class Meta:
        model = models.Region
        django_get_or_create = ["slug"]


class CountryFactory(DjangoModelFactory):
    code = "SN"
    alpha3 = "SEN"
    region = factory.SubFactory(RegionFactory)

    class Meta:
        model = models.Country
        django_get_or_create = ["code"]


class ThemeFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = models.Theme


class StageFactory(DjangoModelFactory):
    number = factory.Sequence(lambda n: n + 1)
    name = factory.Sequence(lambda n: f"Stage {n + 1}")
    slug = factory.Sequence(lambda n: f"stage-{n + 1}")
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = models.Stage


class FooterFactory(DjangoModelFactory):
    text = "<p>An open-source hub for civil society organisations.</p>"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = models.Footer


class HomePageFactory(wagtail_factories.PageFactory):
    title = "UPR Civil Society Hub"
    slug = "home"
    tagline = "Learn the UPR, act on its recommendations, share what works."
    intro = "<p>Training, guidance and strategies for civil society.</p>"

    class Meta:
        model = models.HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    summary = "A page of the hub."
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Civil society organisations and the UPR.</p>")]
    )

    class Meta:
        model = models.StandardPage
