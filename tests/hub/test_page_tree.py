from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from hub.models import HomePage, SectionPage, StandardPage
from learning.models import CourseIndexPage, GuideIndexPage, ModuleIndexPage
from strategies.models import StrategyIndexPage

SECTIONS = {ModuleIndexPage, CourseIndexPage, GuideIndexPage, StrategyIndexPage}


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_children(self):
        self.assertAllowedSubpageTypes(HomePage, {StandardPage, *SECTIONS})

    def test_standard_page_parents_and_children(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_sections_live_under_the_home_page(self):
        for model in SECTIONS:
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {HomePage})

    def test_section_base_is_not_creatable(self):
        self.assertFalse(SectionPage.is_creatable)
        self.assertCanNotCreateAt(HomePage, SectionPage)

    def test_one_section_of_each_kind_per_home_page(self):
        for model in SECTIONS:
            with self.subTest(model=model.__name__):
                self.assertEqual(model.max_count_per_parent, 1)
