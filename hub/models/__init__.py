from hub.models.navigation import Footer, MainMenu, MainMenuItem
from hub.models.pages import (
    BasePage,
    HomePage,
    HomePageFeaturedItem,
    SectionPage,
    StandardPage,
    StandardPageRegion,
    StandardPageTheme,
    in_locale,
)
from hub.models.taxonomy import REGIONS, Country, Region, Stage, Theme, localized

__all__ = [
    "REGIONS",
    "BasePage",
    "Country",
    "Footer",
    "HomePage",
    "HomePageFeaturedItem",
    "MainMenu",
    "MainMenuItem",
    "Region",
    "SectionPage",
    "Stage",
    "StandardPage",
    "StandardPageRegion",
    "StandardPageTheme",
    "Theme",
    "in_locale",
    "localized",
]
