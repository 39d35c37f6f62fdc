"""Tense around a deadline word: the clause's verb, not "by"/"until", places an undated time.

For any publication date and any month, season, weekday or holiday without a year, the same
sentence told in the past ("The roads closed by March") and in the future ("The roads will
close by March") gives a past time that has begun by the publication date, a future one that
has not ended before it, and never a past time later than the future one.
"""

from __future__ import annotations

import datetime as dt
import warnings

from hypothesis import given, settings
from hypothesis import strategies as st

import chronology
from chronology import Mention

WHEN = st.sampled_from([
    "March", "August", "December", "spring", "winter", "Friday", "Monday",
])
#: (past, future) wordings of one clause, the time at {} (sentence start, end, after a comma)
SENTENCES = st.sampled_from([
    ("The roads closed by {}.", "The roads will close by {}."),
    ("By {} the roads had closed.", "By {} the roads will close."),
    ("By {}, the roads closed.", "By {}, the roads will close."),
    ("The pass did not reopen until {}.", "The pass will not reopen until {}."),
    ("The crews left before {}.", "The crews will leave before {}."),
    ("The levy rose no later than {}.", "The levy will rise no later than {}."),
    ("Talks stalled, but by {} the envoys had left.", "Talks stalled, but by {} the envoys will leave."),
])
PUBLISHED = st.dates(min_value=dt.date(1899, 1, 1), max_value=dt.date(2101, 12, 31))


def _time(text: str, published: dt.date) -> Mention:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", chronology.PublicationDateWarning)
        mentions = [m for m in chronology.extract(text, published=published) if m.span is not None]
    assert len(mentions) == 1, (text, mentions)
    return mentions[-1]


def _past_then_future(pair: tuple[str, str], when: str, published: dt.date) -> tuple[Mention, Mention]:
    """The mentions of the past and the future wording of ``pair``; the past one has begun by
    the publication date, the future one is not over before it."""
    past = _time(pair[0].format(when), published)
    future = _time(pair[1].format(when), published)
    assert past.span is not None and future.span is not None
    day = dt.datetime.combine(published, dt.time(), tzinfo=dt.UTC)
    day_after = day + dt.timedelta(days=1)
    assert past.span.likely.start < day_after, (past.text, past.timex.value)
    assert future.span.likely.end > day, (future.text, future.timex.value)
    return past, future


@settings(max_examples=150, deadline=None)
@given(WHEN, SENTENCES, PUBLISHED)
def test_the_verb_places_a_deadline(when: str, pair: tuple[str, str], published: dt.date) -> None:
    """Past wording: begun by the publication date; future: not over before it; past <= future."""
    past, future = _past_then_future(pair, when, published)
    assert past.span.likely.start <= future.span.likely.start


#: (past, future) wordings with a day of the month right after the verb ({} is "Dec. 25" etc.)
DAY_SENTENCES = st.sampled_from([
    ("Ferry services halted {}.", "Ferry services will halt {}."),
    ("The border post reopened on {}.", "The border post reopens on {}."),
    ("The vote was on {}.", "The vote is due {}."),
])
DAYS = st.sampled_from(["Jan. 2", "Feb. 29", "March 31", "Nov. 30", "Dec. 25", "Dec. 31", "Christmas"])


@settings(max_examples=150, deadline=None)
@given(DAYS, DAY_SENTENCES, PUBLISHED)
def test_a_past_verb_keeps_a_day_of_the_month_behind(when: str, pair: tuple[str, str], published: dt.date) -> None:
    """A past verb right before a day of the month: never after the publication date (the
    override toward a day within a month ahead yields); the future wording: not before it."""
    _past_then_future(pair, when, published)
