"""Dates that follow from a State's Working Group review, as UPR-FACTS documents them.

Every date is an estimate: the reader is told so, and that OHCHR's calendar is
authoritative. Nothing about the reader or the date they enter is stored.
"""

import calendar
import datetime
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

EARLIEST, LATEST = datetime.date(2008, 1, 1), datetime.date(2100, 12, 31)


def add_months(day, months):
    """The same day ``months`` later (or earlier), clamped to the end of shorter months."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


@dataclass
class Milestone:
    label: str
    start: datetime.date
    end: datetime.date | None
    source: str
    is_deadline: bool = False


def milestones(review):
    next_review = add_months(review, 54)
    plenary_start, plenary_end = add_months(review, 3), add_months(review, 4)
    return [
        Milestone(
            _("Recommendations published in the draft Working Group report"),
            review + datetime.timedelta(days=2),
            None,
            _("OHCHR: about 48 hours after the interactive dialogue"),
        ),
        Milestone(
            _("The State's responses (addendum) are due"),
            plenary_start,
            None,
            _("OHCHR: responses in an addendum before the plenary session"),
            is_deadline=True,
        ),
        Milestone(
            _("Adoption of the outcome at the Human Rights Council plenary"),
            plenary_start,
            plenary_end,
            _("OHCHR and UPR Info: about 3 to 4 months after the review"),
        ),
        Milestone(
            _("Mid-term reports by the State and by stakeholders"),
            add_months(review, 24),
            add_months(review, 30),
            _("OHCHR and UPR Info: about 2 to 2.5 years after the review"),
        ),
        Milestone(
            _("Stakeholder submissions for the next review are due"),
            add_months(next_review, -8),
            add_months(next_review, -6),
            _("OHCHR technical guidelines: about 6 to 8 months before the review"),
            is_deadline=True,
        ),
        Milestone(
            _("The next review in the Working Group"),
            next_review,
            None,
            _("HRC resolution 16/21: a cycle lasts about 4.5 years"),
        ),
    ]


class ReviewDate:
    """The GET parameter ``review``: a date, or a message explaining what is wrong."""

    def __init__(self, params):
        self.raw = params.get("review", "").strip()[:20]
        self.value, self.error = None, None
        if not self.raw:
            return
        try:
            value = datetime.date.fromisoformat(self.raw)
        except ValueError:
            self.error = _("Enter the date of the review as a full date, for example 2024-01-22.")
            return
        if not EARLIEST <= value <= LATEST:
            self.error = _(
                "Enter a date between 2008, when the first reviews took place, and 2100."
            )
            return
        self.value = value

    @property
    def milestones(self):
        return milestones(self.value) if self.value else []
