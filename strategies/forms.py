from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from hub.models import Country, Region, Stage, Theme
from hub.models.taxonomy import country_choices, strxfrm_key
from strategies.documents import inspect_document
from strategies.models import CYCLES, Tactic

LONG_TEXT = 5000


def localized_choices(model):
    """Vocabulary terms as (slug, name in the reader's language), in display order."""
    from wagtail.models import Locale

    names = dict(model.objects.filter(locale=Locale.get_active()).values_list("slug", "name"))
    return [(term.slug, names.get(term.slug, term.name)) for term in model.vocabulary()]


class SubmissionForm(forms.Form):
    """The public "share your strategy" form; every field has a size limit."""

    ANONYMOUS, NAMED = "anonymous", "named"

    title = forms.CharField(label=_("Title of your strategy"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences: what you did and what changed."),
    )
    identity = forms.ChoiceField(
        label=_("How should we present your organisation?"),
        choices=[
            (
                ANONYMOUS,
                _("Keep us anonymous: our name is never published or stored with the case"),
            ),
            (NAMED, _("Name our organisation")),
        ],
        widget=forms.RadioSelect,
        initial=ANONYMOUS,
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        help_text=_("Only if you chose to name your organisation."),
    )
    countries = forms.MultipleChoiceField(
        label=_("Country or countries"),
        choices=country_choices,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("Up to five."),
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes"), widget=forms.CheckboxSelectMultiple, required=False
    )
    stages = forms.MultipleChoiceField(
        label=_("UPR stages"), widget=forms.CheckboxSelectMultiple, required=False
    )
    tactics = forms.MultipleChoiceField(
        label=_("Tactics"), widget=forms.CheckboxSelectMultiple, required=False
    )
    cycle = forms.TypedChoiceField(
        label=_("UPR cycle"),
        choices=[("", _("Not sure"))] + [(str(n), label) for n, label in CYCLES],
        coerce=int,
        empty_value=None,
        required=False,
    )
    context = forms.CharField(
        label=_("Context"),
        max_length=LONG_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    what_was_done = forms.CharField(
        label=_("What you did, step by step"),
        max_length=LONG_TEXT,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    outcomes = forms.CharField(
        label=_("Outcomes"),
        max_length=LONG_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    lessons = forms.CharField(
        label=_("Why it worked, and what was hard"),
        max_length=LONG_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    risks = forms.CharField(
        label=_("Risks, including reprisals, and how you reduced them"),
        max_length=LONG_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    replication = forms.CharField(
        label=_("Advice for others who want to do the same"),
        max_length=LONG_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    document = forms.FileField(
        label=_("A document (optional)"),
        required=False,
        help_text=_(
            "PDF, Word (.docx) or OpenDocument (.odt), up to 5 MB. Only moderators see it."
        ),
    )
    contact_name = forms.CharField(label=_("Your name (optional)"), max_length=100, required=False)
    contact_email = forms.EmailField(
        label=_("E-mail address (optional)"), max_length=254, required=False
    )
    safety = forms.BooleanField(
        label=_(
            "I have removed names and details that could put anyone at risk, and my "
            "organisation agrees to share this strategy."
        )
    )
    # Left empty by people; bots fill it in. Hidden from view and from assistive technology.
    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].choices = localized_choices(Theme)
        self.fields["stages"].choices = localized_choices(Stage)
        self.fields["tactics"].choices = sorted(
            ((t.slug, t.label) for t in Tactic.vocabulary()), key=lambda c: strxfrm_key(c[1])
        )

    def typed_values(self):
        """What the reader typed and ticked, as initial values (files cannot be kept)."""
        values = {}
        for name, field in self.fields.items():
            if name in ("document", "website"):
                continue
            if isinstance(field, forms.MultipleChoiceField):
                values[name] = self.data.getlist(name)
            else:
                values[name] = self.data.get(name, "")
        values["safety"] = bool(values["safety"])
        return values

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def clean_countries(self):
        countries = self.cleaned_data["countries"]
        if len(countries) > 5:
            raise ValidationError(_("Choose at most five countries."), code="too_many")
        return countries

    def clean_document(self):
        """Keep the document only if its content is a safe PDF, .docx or .odt.

        The stored name comes from the detected kind, never from the sender's file name
        (which may identify them or lie about the type).
        """
        upload = self.cleaned_data.get("document")
        if upload:
            kind = inspect_document(upload)
            upload.name = f"strategy-submission.{kind.extension}"
            upload.content_type = kind.content_type
        return upload

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("identity") == self.NAMED and not cleaned.get("organisation", "").strip():
            self.add_error(
                "organisation", _("Enter your organisation's name, or choose to stay anonymous.")
            )
        if cleaned.get("identity") == self.ANONYMOUS:
            cleaned["organisation"] = ""
        return cleaned

    def vocabulary(self):
        """The chosen taxonomy terms as model instances, for the new page."""
        data = self.cleaned_data
        return {
            "countries": list(Country.objects.filter(code__in=data["countries"])),
            "themes": list(Theme.vocabulary().filter(slug__in=data["themes"])),
            "stages": list(Stage.vocabulary().filter(slug__in=data["stages"])),
            "tactics": list(Tactic.objects.filter(slug__in=data["tactics"])),
            "regions": list(
                Region.objects.filter(countries__code__in=data["countries"]).distinct()
            ),
        }
