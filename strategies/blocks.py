from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from hub.blocks import DocumentBlock, LinkBlock
from hub.models.taxonomy import country_choices

RESPONSES = (("supported", _("Supported")), ("noted", _("Noted")))
ACTION_CATEGORIES = (
    (1, _("1 – Minimal action")),
    (2, _("2 – Continuing action")),
    (3, _("3 – Considering action")),
    (4, _("4 – General action")),
    (5, _("5 – Specific action")),
)


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.RichTextBlock(label=_("What was done"), features=["bold", "italic", "ul", "ol"])

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "blocks/step_block.html"


class RecommendationBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Recommendation"))
    recommending_state = blocks.ChoiceBlock(label=_("Recommending State"), choices=country_choices)
    response = blocks.ChoiceBlock(label=_("Response of the State under review"), choices=RESPONSES)
    action_category = blocks.ChoiceBlock(
        label=_("Action category"), choices=ACTION_CATEGORIES, required=False
    )
    database_url = blocks.URLBlock(
        label=_("Link to the recommendation in a public database"), required=False
    )

    class Meta:
        icon = "openquote"
        label = _("Recommendation")
        template = "blocks/recommendation_block.html"


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()


class RecommendationsBlock(blocks.StreamBlock):
    recommendation = RecommendationBlock()


class ResourcesBlock(blocks.StreamBlock):
    document = DocumentBlock()
    link = LinkBlock()
