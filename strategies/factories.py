import wagtail_factories

from strategies import models


class StrategyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Strategy library"
    slug = "strategies"
    summary = "Advocacy strategies shared by CSOs."
    intro = "<p>Case studies of UPR advocacy.</p>"

    class Meta:
        model = models.StrategyIndexPage
