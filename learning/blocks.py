from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from hub.blocks import DocumentBlock

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph_block.html"


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    points = blocks.ListBlock(blocks.CharBlock(label=_("Point")), label=_("Points"))

    class Meta:
        icon = "warning"
        label = _("Key points")
        template = "blocks/key_points_block.html"


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=120)
    definition = blocks.TextBlock(label=_("Definition"))


class GlossaryBlock(blocks.StructBlock):
    terms = blocks.ListBlock(GlossaryTermBlock(), label=_("Terms"))

    class Meta:
        icon = "help"
        label = _("Glossary")
        template = "blocks/glossary_block.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.TextBlock(label=_("Explanation"))


class StepListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Step list")
        template = "blocks/step_list_block.html"


class ExerciseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    instructions = blocks.RichTextBlock(label=_("Instructions"), features=TEXT_FEATURES)
    duration_minutes = blocks.IntegerBlock(label=_("Duration (minutes)"), min_value=1)
    materials = blocks.TextBlock(label=_("Materials"), required=False)

    class Meta:
        icon = "group"
        label = _("Exercise or activity")
        template = "blocks/exercise_block.html"


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct answer"), required=False)
    feedback = blocks.TextBlock(label=_("Feedback"))


class QuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"))
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Answers"), min_num=2)


class QuizBlock(blocks.StructBlock):
    """A self-check quiz answered with a plain GET form: nothing is stored."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "tick-inverse"
        label = _("Self-check quiz")


class VideoBlock(blocks.StructBlock):
    """A video on another site: nothing loads from it until the reader follows the link."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Address of the video"))
    provider = blocks.CharBlock(label=_("Site that hosts it"), max_length=80)
    duration_minutes = blocks.IntegerBlock(label=_("Duration (minutes)"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("Transcript or summary"), features=["bold", "italic", "ul", "ol"]
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"


class ModuleBodyBlock(blocks.StreamBlock):
    text = TextBlock()
    key_points = KeyPointsBlock()
    glossary = GlossaryBlock()
    steps = StepListBlock()
    exercise = ExerciseBlock()
    quiz = QuizBlock()
    document = DocumentBlock()
    video = VideoBlock()


class ObjectivesBlock(blocks.StreamBlock):
    objective = blocks.CharBlock(label=_("Learning objective"), max_length=300)


ACTORS = (
    ("csos", _("Civil society organisations")),
    ("government", _("Government")),
    ("nhri", _("National human rights institution")),
    ("embassies", _("Embassies of recommending States")),
    ("parliament", _("Parliament")),
    ("ohchr", _("OHCHR")),
)


class GuideStepBlock(blocks.StructBlock):
    """One step of a stage guide: what to do and why, when, who, and a checklist."""

    title = blocks.CharBlock(label=_("Step"), max_length=200)
    what = blocks.RichTextBlock(
        label=_("What to do and why"), features=["bold", "italic", "ul", "ol", "link"]
    )
    when = blocks.CharBlock(label=_("When (relative to the review)"), max_length=200)
    who = blocks.MultipleChoiceBlock(label=_("Who is involved"), choices=ACTORS, required=False)
    checklist = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Checklist"))
    documents = blocks.ListBlock(DocumentBlock(), label=_("Templates and documents"), default=[])

    class Meta:
        icon = "list-ol"
        label = _("Step")


class GuideStepsBlock(blocks.StreamBlock):
    step = GuideStepBlock()


class SessionBlock(blocks.StructBlock):
    """A module in a course's agenda, with the trainer's notes and its time."""

    module = blocks.PageChooserBlock(label=_("Module"), page_type="learning.ModulePage")
    duration_minutes = blocks.IntegerBlock(label=_("Duration (minutes)"), min_value=5)
    starts_new_day = blocks.BooleanBlock(label=_("Starts a new day"), required=False)
    notes = blocks.TextBlock(label=_("Session notes for the trainer"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Module session")


class BreakBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=80)
    duration_minutes = blocks.IntegerBlock(label=_("Duration (minutes)"), min_value=5)

    class Meta:
        icon = "time"
        label = _("Break")


class AgendaBlock(blocks.StreamBlock):
    session = SessionBlock()
    pause = BreakBlock()
