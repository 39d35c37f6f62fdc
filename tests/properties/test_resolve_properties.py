"""Properties of resolution that must hold for any anchor and any well-formed expression."""

from __future__ import annotations

import datetime as dt
import itertools

import pendulum
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import chronology
from chronology import ChronologyError, Granularity, Interval, Span
from chronology.grammar.lexicon import load_lexicon

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
UNITS = ("day", "week", "month", "year")
SEASONS = ("spring", "summer", "autumn", "winter")
PREFER = ("past", "future", "nearest")

anchors = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
counts = st.integers(min_value=1, max_value=200)
years = st.integers(min_value=1800, max_value=2100)
days = st.integers(min_value=1, max_value=28)
months = st.sampled_from(MONTHS)
units = st.sampled_from(UNITS)


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" + ("s" if n != 1 else "")


# -- a small grammar of templates ------------------------------------------------------------

expressions = st.one_of(
    st.builds(lambda n, u: f"{_plural(n, u)} ago", counts, units),
    st.builds(lambda n, u: f"about {_plural(n, u)} ago", counts, units),
    st.builds(lambda n, u: f"in {_plural(n, u)}", st.integers(1, 50), units),
    st.builds(lambda n, u: f"more than {_plural(n, u)} ago", counts, units),
    st.builds(lambda n, u: f"less than {_plural(n, u)} ago", counts, units),
    st.builds(lambda q, u: f"{q} {u}s ago", st.sampled_from(["a few", "several", "a couple of", "many"]), units),
    st.builds(lambda w, u: f"{w} {u}", st.sampled_from(["last", "this", "next"]), units),
    st.builds(lambda w, d: f"{w} {d}", st.sampled_from(["last", "this", "next", "on"]), st.sampled_from(WEEKDAYS)),
    st.builds(lambda m, d: f"{m} {d}", months, days),
    st.builds(lambda m, d, y: f"{m} {d}, {y}", months, days, years),
    st.builds(lambda m, a, b: f"{m} {a}-{a + b}", months, st.integers(1, 20), st.integers(1, 8)),
    st.builds(lambda m, a, b: f"{m} {a}, {a + b} and {a + b + 3}", months, st.integers(1, 15), st.integers(1, 8)),
    st.builds(lambda p, y: f"{p} {y}", st.sampled_from(["early", "mid-", "late", "circa", "before", "after",
                                                          "since", "until"]), years),
    st.builds(lambda p, m: f"{p} {m}", st.sampled_from(["early", "late", "mid-", "since", "in", "about"]), months),
    st.builds(lambda s, y: f"{s} {y}", st.sampled_from(SEASONS), years),
    st.builds(lambda o, y: f"the {o} quarter of {y}", st.sampled_from(["first", "second", "third", "fourth"]), years),
    st.builds(lambda a, b: f"from {a} to {a + b}", years, st.integers(1, 30)),
    st.builds(lambda d: f"the {d}0s", st.integers(180, 209)),
    st.builds(lambda p, u: f"{p} {u}", st.sampled_from(["the past", "the next", "the last"]),
              st.sampled_from(["three weeks", "two years", "few days", "six months"])),
    st.builds(lambda a, b, m: f"between {a} and {b} {m}", st.integers(1, 12), st.integers(1, 12),
              st.sampled_from(["a.m.", "p.m."])),
    st.builds(lambda a, b, d: f"from {a}:00 to {b}:30 on {d}", st.integers(0, 23), st.integers(0, 23),
              st.sampled_from(WEEKDAYS)),
    st.builds(lambda w, h: f"{w} {h} p.m.", st.sampled_from(["before", "after", "until", "since", "by"]),
              st.integers(1, 12)),
    st.builds(lambda n: f"{n} generations ago", st.integers(2, 5)),
    st.sampled_from(["today", "yesterday", "tomorrow", "now", "recently", "this morning", "last night",
                     "earlier this year", "later this month", "the end of the month", "this weekend",
                     "the day before yesterday", "approximately two years ago", "August of this year",
                     "the early hours of Friday", "shortly after midnight", "before dawn", "a generation ago",
                     "a quarter of a century ago"]),
)

uncertain_anchors = st.one_of(
    st.builds(lambda d: d.strftime("%Y-%m"), anchors),
    st.builds(lambda d: d.strftime("%Y"), anchors),
    st.builds(lambda d, n: Span.exact((d.isoformat(), (d + dt.timedelta(days=n)).isoformat())),
              anchors, st.integers(2, 40)),
)


def _day_interval(d: dt.date) -> Interval:
    return Interval(d.isoformat(), (d + dt.timedelta(days=1)).isoformat())


# -- properties --------------------------------------------------------------------------------

@given(expressions, anchors, st.sampled_from(PREFER))
def test_likely_lies_within_possible(text: str, anchor: dt.date, prefer: str) -> None:
    try:
        span = chronology.resolve(text, anchor=anchor, prefer=prefer)
    except ChronologyError as exc:
        # a generated date may leave years 1-9999 or be impossible in the anchor's year
        assume(False)
        raise AssertionError from exc  # pragma: no cover
    assert span.possible.contains(span.likely), (text, anchor, span)
    for part in span.parts:
        assert span.likely.contains(part)


@given(expressions, uncertain_anchors)
def test_likely_lies_within_possible_for_uncertain_anchors(text: str, anchor: object) -> None:
    try:
        span = chronology.resolve(text, anchor=anchor)
    except ChronologyError:
        assume(False)
        return
    assert span.possible.contains(span.likely), (text, anchor, span)


@given(st.integers(min_value=1, max_value=200), units, anchors)
def test_one_more_unit_ago_is_earlier(n: int, unit: str, anchor: dt.date) -> None:
    nearer = chronology.resolve(f"{_plural(n, unit)} ago", anchor=anchor)
    farther = chronology.resolve(f"{_plural(n + 1, unit)} ago", anchor=anchor)
    assert farther.likely.end <= nearer.likely.start


SHIFTS = {
    "last month": "months", "next month": "months", "this month": "months",
    "next year": "years", "last year": "years", "this year": "years",
    "this week": "weeks", "last week": "weeks", "next week": "weeks",
    "yesterday": "days", "tomorrow": "days", "today": "days",
}


@given(st.sampled_from(sorted(SHIFTS)), anchors, st.integers(min_value=-120, max_value=120))
def test_shifting_the_anchor_shifts_the_result(text: str, anchor: dt.date, k: int) -> None:
    unit = SHIFTS[text]
    base = pendulum.date(anchor.year, anchor.month, anchor.day)
    moved = base.add(**{unit: k})
    assume(1901 <= moved.year <= 2098)
    a = chronology.resolve(text, anchor=base)
    b = chronology.resolve(text, anchor=moved)
    assert b.likely == a.likely.shift(**{unit: k})


@given(st.integers(min_value=1, max_value=60), anchors, st.integers(min_value=-400, max_value=400))
def test_days_ago_shift_with_the_anchor(n: int, anchor: dt.date, k: int) -> None:
    moved = anchor + dt.timedelta(days=k)
    a = chronology.resolve(f"{_plural(n, 'day')} ago", anchor=anchor)
    b = chronology.resolve(f"{_plural(n, 'day')} ago", anchor=moved)
    assert b.likely == a.likely.shift(dt.timedelta(days=k))


COVERED = ("last month", "yesterday", "two years ago", "Monday", "November 5", "next week", "three days ago",
           "this year", "about two weeks ago", "more than a year ago", "since March", "early last month",
           "the past three months", "in May", "last Friday", "tomorrow morning", "a few days ago",
           "the third quarter", "this winter", "December 20")


@given(st.sampled_from(COVERED), uncertain_anchors)
def test_uncertain_anchor_covers_its_first_and_last_day(text: str, anchor: object) -> None:
    whole = chronology.resolve(text, anchor=anchor)
    span = anchor if isinstance(anchor, Span) else chronology.Anchor.at(anchor)  # type: ignore[arg-type]
    first = span.likely.start.date()
    last = span.likely.end.subtract(days=1).date()
    for day in (first, last):
        one = chronology.resolve(text, anchor=day)
        assert whole.possible.contains(one.possible), (text, anchor, day, whole, one)
        assert whole.likely.contains(one.likely), (text, anchor, day, whole, one)


LISTED = st.sampled_from(list(WEEKDAYS) + ["yesterday", "tomorrow", "the day after next", "two hours ago",
                                             "in 30 hours", "3 p.m.", "last week"])


@given(LISTED, LISTED, st.sampled_from(["or", "and"]),
       st.one_of(uncertain_anchors, anchors), st.sampled_from(PREFER))
def test_a_list_without_parts_is_one_continuous_span(a: str, b: str, join: str, anchor: object,
                                                      prefer: str) -> None:
    """A list whose readings disagree across an uncertain anchor ('Monday or Tuesday' said in
    1999-11) is their hull, without parts: its parts mode is then the default, so it equals
    the Span built or read back from the same intervals (it kept 'one', from a list's parts)."""
    try:
        span = chronology.resolve(f"{a} {join} {b}", anchor=anchor, prefer=prefer)
    except ChronologyError:
        assume(False)
        return
    if not span.parts:
        assert span.parts_mode is chronology.PartsMode.ALL, span
        assert span == Span(span.likely, span.possible, span.granularity, span.approximate)


SUB_DAY = st.one_of(
    st.builds(lambda n: f"{_plural(n, 'hour')} ago", st.integers(1, 48)),
    st.builds(lambda n: f"{_plural(n, 'minute')} ago", st.integers(1, 180)),
    st.builds(lambda n: f"in {_plural(n, 'hour')}", st.integers(1, 48)),
    st.sampled_from(["3 p.m.", "this morning", "tonight", "at noon", "3 p.m. yesterday", "midnight"]),
)


@given(SUB_DAY, anchors, st.integers(0, 23), st.integers(0, 59))
def test_a_day_anchor_covers_every_hour_of_its_day(text: str, anchor: dt.date, hour: int, minute: int) -> None:
    """A publication date does not say when in the day the report was written: wording finer
    than a day, resolved against the date, covers its reading at any time of that day."""
    whole = chronology.resolve(text, anchor=anchor)
    at = chronology.resolve(text, anchor=dt.datetime(anchor.year, anchor.month, anchor.day, hour, minute))
    assert whole.possible.contains(at.possible), (text, anchor, hour, minute, whole, at)
    assert whole.likely.contains(at.likely), (text, anchor, hour, minute, whole, at)


PAST_FORMS = st.one_of(
    st.builds(lambda n, u: f"{_plural(n, u)} ago", counts, units),
    st.builds(lambda u: f"last {u}", st.sampled_from(UNITS + ("quarter", "decade", "century"))),
    st.builds(lambda w: f"last {w}", st.sampled_from(WEEKDAYS + MONTHS)),
    st.builds(lambda m: f"in {m}", months),
    st.builds(lambda m: m, st.sampled_from([m for m in MONTHS if m not in ("May", "March")])),
    st.sampled_from(WEEKDAYS),
    st.sampled_from(["yesterday", "the day before yesterday", "last weekend", "earlier this year"]),
)


@given(PAST_FORMS, anchors)
def test_prefer_past_never_starts_after_the_anchor(text: str, anchor: dt.date) -> None:
    span = chronology.resolve(text, anchor=anchor, prefer="past")
    assert span.likely.start <= _day_interval(anchor).start, (text, anchor, span)


WORDS = ("the", "a", "of", "and", "to", "from", "last", "next", "this", "ago", "about", "more", "than",
         "less", "early", "mid", "late", "-", ",", "'", "5", "31", "1999", "'97", "1990s", "19th", "century",
         "year", "years", "month", "week", "days", "November", "May", "Monday", "spring", "quarter",
         "half", "over", "under", "at", "least", "past", "every", "times", "p.m.", "3:30", "or",
         "between", "since", "until", "before", "after", "BC", "AD", "few", "several", "couple", "and a half")


@given(st.text(max_size=300), anchors)
def test_random_text_only_raises_chronology_errors(text: str, anchor: dt.date) -> None:
    try:
        chronology.resolve(text, anchor=anchor)
    except ChronologyError:
        pass


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join), anchors,
       st.sampled_from(PREFER))
def test_temporal_word_salad_only_raises_chronology_errors(text: str, anchor: dt.date, prefer: str) -> None:
    try:
        span = chronology.resolve(text, anchor=anchor, prefer=prefer)
    except ChronologyError:
        return
    assert span.possible.contains(span.likely)
    assert span.granularity in Granularity


@given(st.integers(min_value=1000, max_value=2999), st.integers(min_value=1, max_value=53))
def test_iso_week_numbers_match_the_calendar(year: int, week: int) -> None:
    """"week N of Y" (a year as the grammar reads one: 1000-2999) is the Monday-to-Sunday week
    the calendar numbers (Y, N); a week number the year does not have is a ResolutionError."""
    weeks_in_year = pendulum.date(year, 12, 28).isocalendar()[1]
    if week > weeks_in_year:
        try:
            chronology.resolve(f"week {week} of {year}", anchor="1999-11-09")
        except chronology.ResolutionError:
            return
        raise AssertionError(f"week {week} of {year} should not exist")
    span = chronology.resolve(f"week {week} of {year}", anchor="1999-11-09")
    start = span.likely.start
    assert start.isocalendar()[:3] == (year, week, 1)
    assert span.likely.end == start.add(days=7)
    assert span.timex.value == f"{year:04d}-W{week:02d}"


@given(st.integers(min_value=1583, max_value=2999), anchors)  # four-digit years the grammar reads
def test_easter_is_a_spring_sunday_and_good_friday_two_days_before(year: int, anchor: dt.date) -> None:
    """Easter Sunday (from dateutil) falls on a Sunday between March 22 and April 25 of its year,
    as pendulum's calendar sees it, whatever the anchor; Good Friday is the Friday before."""
    easter = chronology.resolve(f"Easter {year}", anchor=anchor)
    start = easter.likely.start
    assert easter.granularity is Granularity.DAY
    assert start.day_of_week == pendulum.SUNDAY
    assert pendulum.date(year, 3, 22) <= start.date() <= pendulum.date(year, 4, 25)
    friday = chronology.resolve(f"Good Friday {year}", anchor=anchor).likely
    assert friday.start == start.subtract(days=2)
    assert friday.start.day_of_week == pendulum.FRIDAY


WEEK_FORMS = ("this week", "last week", "next week", "a week ago", "three weeks ago", "in two weeks",
              "the week before last", "the week after next", "about two weeks ago")


@given(st.sampled_from(WEEK_FORMS), anchors, st.sampled_from(tuple(pendulum.WeekDay)))
def test_a_week_value_names_the_iso_week_holding_most_of_it(text: str, anchor: dt.date,
                                                           week_start: pendulum.WeekDay) -> None:
    """TIMEX3 weeks are ISO weeks (Monday to Sunday). A week that starts on another day
    (``week_start``) is named by the ISO week that holds at least four of its seven days:
    "this week" from Sunday 1999-11-07 to Saturday 1999-11-13 is 1999-W45, not 1999-W44."""
    options = chronology.ResolveOptions(week_start=week_start)
    span = chronology.resolve(text, anchor=anchor, options=options)
    value = span.timex.value
    assert value[5] == "W"
    year, week = int(value[:4]), int(value[6:8])
    named = pendulum.date(year, 1, 4).start_of("week").add(weeks=week - 1)  # Monday of ISO week 1, + weeks
    day, inside = span.likely.start.date(), 0
    while day < span.likely.end.date():
        inside += named <= day < named.add(days=7)
        day = day.add(days=1)
    assert inside >= 4, (value, span.likely)


@given(st.sampled_from(("less than", "at most", "under")), st.integers(1, 90),
       st.sampled_from(("second", "minute", "hour", "day", "week")),
       st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2099, 12, 31)), st.booleans())
def test_less_than_n_ago_ends_with_the_anchor(hedge: str, n: int, unit: str, anchor: dt.datetime,
                                              as_date: bool) -> None:
    """"less than an hour ago" runs from an hour before the anchor up to the anchor: it ends
    with the anchor's minute (second, for seconds), or with its day when the anchor is a date
    or the unit a day or longer, never a whole unit after it (15:30 gave 14:30-16:30)."""
    moment = pendulum.instance(anchor.replace(microsecond=0), tz="UTC")
    day_end = moment.start_of("day").add(days=1)
    span = chronology.resolve(f"{hedge} {_plural(n, unit)} ago", anchor=anchor.date() if as_date else moment)
    if as_date or unit in ("day", "week"):
        limit = day_end
    else:
        limit = moment.start_of("second" if unit == "second" else "minute").add(
            seconds=1 if unit == "second" else 60)
    assert span.possible.end <= limit, (span, moment)
    assert span.likely.start < moment if not as_date else span.likely.start < day_end


@given(st.integers(min_value=11, max_value=19), st.sampled_from(("", "early ", "mid-", "late ")), anchors)
def test_a_hundreds_year_is_its_century_with_or_without_the(hundreds: int, part: str, anchor: dt.date) -> None:
    """"1800s", "the 1800s", "late 1800s" and "the late 1800s" all speak of the century
    1800-1899: with or without "the", the reading lies inside it and covers a third of it at
    least (before, "the late 1800s" was 1807-1809, the end of the decade 1800-1809)."""
    century = Interval(f"{hundreds:02d}00-01-01", f"{hundreds + 1:02d}00-01-01")
    bare = chronology.resolve(f"{part}{hundreds}00s", anchor=anchor)
    the = chronology.resolve(f"the {part}{hundreds}00s", anchor=anchor)
    assert bare == the
    assert century.contains(the.possible)
    assert the.likely.duration.in_days() >= 365 * 33


@given(st.sampled_from(("the month", "the year", "next month", "last year", "the week", "next year", "1998",
                        "March 2000", "the quarter")), anchors)
def test_before_the_end_of_is_by_the_end_of(what: str, anchor: dt.date) -> None:
    """"before the end of X" is any time until X is out, as "by the end of X": it ends where X
    ends (before, "before the end of the month" was the one day before the month's last sixth)."""
    before = chronology.resolve(f"before the end of {what}", anchor=anchor)
    by = chronology.resolve(f"by the end of {what}", anchor=anchor)
    assert before == by
    assert before.likely.end == chronology.resolve(what, anchor=anchor).likely.end


@given(st.sampled_from((0, 1, 2, 3, 4, 5, 21, 22, 23)), st.sampled_from(("tonight", "last night")
       + tuple(f"{d} night" for d in WEEKDAYS)), anchors)
def test_a_clock_in_a_named_night_lies_in_that_night(hour: int, night: str, anchor: dt.date) -> None:
    """"2 a.m. tonight" is in tonight (the small hours of the next day), "1 a.m. last night" in
    last night, "11 p.m. Saturday night" in Saturday night: a clock time said with a night
    lies inside that night's span (before, the small hours were put on the night's first day,
    a day early, and "5 a.m. tonight" became 5 p.m.)."""
    clock = f"{(hour + 11) % 12 + 1} {'a.m.' if hour < 12 else 'p.m.'}"
    span = chronology.resolve(f"{clock} {night}", anchor=anchor)
    whole = chronology.resolve(night, anchor=anchor)
    assert whole.possible.contains(span.likely), (clock, night, span, whole)


@given(years, st.integers(min_value=1, max_value=12), anchors)
def test_a_range_ends_with_its_end(year: int, month: int, anchor: dt.date) -> None:
    """"1989 through August" runs from January to August 1989: a range ends where its end
    ends, also when that end lies inside its start (which gave the whole year, dropping the
    end word: TimeBank's "this year through August")."""
    span = chronology.resolve(f"{year} through {MONTHS[month - 1]}", anchor=anchor)
    assert span.likely.start == pendulum.datetime(year, 1, 1)
    assert span.likely.end == pendulum.datetime(year, month, 1).add(months=1)


@given(st.integers(min_value=1, max_value=31), anchors)
def test_prefer_nearest_picks_the_closest_day_of_the_month(n: int, anchor: dt.date) -> None:
    """"the 31st" with prefer="nearest" is the nearest day numbered 31 in whole days, the same
    measure on both sides (it was measured from the anchor's midnight, so a past day counted a
    day nearer: on May 1 "the 31st" was March 31, 31 days back, not May 31, 30 ahead)."""
    span = chronology.resolve(f"the {n}{'st' if n in (1, 21, 31) else 'nd' if n in (2, 22) else 'rd' if n in (3, 23) else 'th'}",
                              anchor=anchor, prefer="nearest")
    chosen = span.likely.start.date()
    assert chosen.day == n
    first = pendulum.date(anchor.year, anchor.month, 1)
    best = None
    for k in range(-2, 3):
        month = first.add(months=k)
        try:
            day = pendulum.date(month.year, month.month, n)
        except ValueError:
            continue
        if best is None or abs((day - anchor).days) < abs((best - anchor).days):
            best = day
    assert best is not None
    assert abs((chosen - anchor).days) == abs((best - anchor).days), (chosen, best)


@given(st.sampled_from(("since", "until", "by")), st.sampled_from(WEEKDAYS + ("yesterday", "tomorrow")),
       st.sampled_from(("morning", "afternoon", "evening", "night")), anchors)
def test_a_bounded_part_of_a_day_keeps_its_bound(word: str, day: str, part: str, anchor: dt.date) -> None:
    """"until Friday night", "since Monday morning": the bound applies to the part of the day,
    which is its edge (before, the part hung off the bound and gave, for "until Friday night",
    the night of the bound's first day, three days before Friday)."""
    whole = chronology.resolve(f"{day} {part}", anchor=anchor)
    span = chronology.resolve(f"{word} {day} {part}", anchor=anchor)
    assert span.timex.mod is not None
    if word == "since":
        assert span.likely.start == whole.likely.start
    else:
        assert span.likely.end == whole.likely.end


@given(st.sampled_from(("earlier", "later")), st.sampled_from(("week", "month", "year")), anchors)
def test_earlier_and_later_this_unit_stay_on_their_side_of_the_anchor_day(word: str, unit: str,
                                                                          anchor: dt.date) -> None:
    """"earlier this year" ends with the anchor day and "later this year" starts with it, inside
    the year, also on the year's first or last day (where they were the whole year: "later this
    year" said on December 31 reached back to January)."""
    whole = chronology.resolve(f"this {unit}", anchor=anchor).likely
    span = chronology.resolve(f"{word} this {unit}", anchor=anchor).likely
    today = _day_interval(anchor)
    assert whole.contains(span)
    if word == "earlier":
        assert span.end <= today.end
    else:
        assert span.start >= today.start


def _twelve(hour: int) -> str:
    return f"{hour % 12 or 12} {'a.m.' if hour < 12 else 'p.m.'}"


@given(st.integers(0, 23), st.integers(1, 23), st.sampled_from(WEEKDAYS), anchors)
def test_a_clock_range_runs_from_its_first_time_to_its_last(start: int, length: int, day: str,
                                                            anchor: dt.date) -> None:
    """"from 9 a.m. to 5 p.m. on Monday" is [09:00, 17:00) of that Monday; an end at or before
    the start is on the next day ("from 10 p.m. to 2 a.m."): the range always lasts its hours."""
    end = (start + length) % 24
    span = chronology.resolve(f"from {_twelve(start)} to {_twelve(end)} on {day}", anchor=anchor)
    monday = chronology.resolve(day, anchor=anchor).likely.start
    first = pendulum.instance(monday).add(hours=start)
    assert span.likely == Interval(first, first.add(hours=length))
    assert span.possible == span.likely


@given(st.integers(1, 12), st.integers(1, 11), st.sampled_from(("a.m.", "p.m.")), anchors)
def test_one_meridiem_serves_both_ends(first: int, length: int, meridiem: str, anchor: dt.date) -> None:
    """"between 2 and 4 p.m." is "between 2 p.m. and 4 p.m.", and "from 11 to 1 p.m." starts at
    11 a.m.: whatever the hours, the range is the ``length`` hours that end at the second time."""
    last = (first + length - 1) % 12 + 1
    span = chronology.resolve(f"between {first} and {last} {meridiem}", anchor=anchor)
    end_hour = last % 12 + (12 if meridiem == "p.m." else 0)
    end = pendulum.datetime(anchor.year, anchor.month, anchor.day, end_hour, tz="UTC")
    assert span.likely == Interval(end.subtract(hours=length), end) or (
        # the first time is the evening before only when the hours wrap past midnight ("10 to 2 a.m.")
        span.likely == Interval(end.subtract(hours=length).add(days=1), end.add(days=1)))


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(("before", "after")), anchors)
def test_before_and_after_a_clock_time_touch_it(hour: int, minute: int, word: str, anchor: dt.date) -> None:
    """What lies before or after a clock time ends or starts at that instant, an hour likely."""
    at = pendulum.datetime(anchor.year, anchor.month, anchor.day, hour, minute, tz="UTC")
    span = chronology.resolve(f"{word} {hour:02d}:{minute:02d}", anchor=anchor)
    if word == "before":
        assert span.likely == Interval(at.subtract(hours=1), at)
        assert span.possible.end == at and span.possible.start < span.likely.start
    else:
        assert span.likely == Interval(at, at.add(hours=1))
        assert span.possible.start == at and span.possible.end > span.likely.end


@given(st.integers(1, 24), st.sampled_from(MONTHS), years, anchors)
def test_a_stretch_to_a_month_ends_with_it_and_lasts_its_months(n: int, month: str, year: int,
                                                                anchor: dt.date) -> None:
    """"the 12 months to June 1999" ends when June 1999 ends and starts ``n`` calendar months
    earlier (pendulum's month arithmetic), whatever the anchor."""
    span = chronology.resolve(f"the {n} months to {month} {year}", anchor=anchor)
    end = pendulum.datetime(year, MONTHS.index(month) + 1, 1, tz="UTC").add(months=1)
    assert span.likely == Interval(end.subtract(months=n), end)
    assert span.timex.value == f"P{n}M"


@given(st.integers(6, 11), st.integers(1, 5), st.sampled_from(["America/New_York", "Europe/London", "UTC"]),
       st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_a_clock_range_across_midnight_ends_at_the_next_days_clock(start: int, end: int, zone: str,
                                                                    day: dt.date) -> None:
    """"from 10 p.m. to 2 a.m." ends when the next day's clocks show 2 a.m., also on a night
    daylight saving shortens or lengthens (pendulum moves a skipped time forward)."""
    anchor = pendulum.datetime(day.year, day.month, day.day, 12, tz=zone)
    span = chronology.resolve(f"from {start} p.m. to {end} a.m.", anchor=anchor)
    nxt = anchor.add(days=1)
    assert span.likely.start == pendulum.datetime(day.year, day.month, day.day, start + 12, tz=zone)
    assert span.likely.end == pendulum.datetime(nxt.year, nxt.month, nxt.day, end, tz=zone)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@given(st.integers(11, 29), st.integers(1, 5), st.sampled_from(["and", "or"]), anchors)
def test_a_list_of_centuries_holds_each_century(a: int, gap: int, word: str, anchor: dt.date) -> None:
    """"the 18th and 19th centuries": the stretch from the first century's start to the last's
    end; adjacent centuries under "and" are one stretch, otherwise each century is a part
    (from the 11th: a list in the first millennium has no containing TIMEX3 value)."""
    b = min(a + gap, 30)
    span = chronology.resolve(f"the {_ordinal(a)} {word} {_ordinal(b)} centuries", anchor=anchor)
    first = pendulum.datetime((a - 1) * 100, 1, 1, tz="UTC")
    last = pendulum.datetime((b - 1) * 100, 1, 1, tz="UTC")
    assert span.likely == Interval(first, last.add(years=100)) == span.possible
    if b == a + 1 and word == "and":
        assert span.parts is None or len(span.parts) == 0
    else:
        assert span.parts is not None and Interval(last, last.add(years=100)) in span.parts


ORDINALS = ("first", "second", "third", "fourth")
LONG_UNITS = ("the decade", "the century", "the millennium", "the {d}0s", "the {c}th century", "this century")


@given(st.sampled_from(LONG_UNITS), st.sampled_from(((2, "half"), (4, "quarter"))), st.integers(180, 209),
       anchors)
def test_numbered_halves_and_quarters_of_a_long_unit_tile_it(whole: str, parts: tuple[int, str], d: int,
                                                             anchor: dt.date) -> None:
    """"the first half of the century" … "the fourth quarter of the 1990s": the unit's own
    slices (never halves of its first year), equal, in order, tiling it, each likely inside
    its possible and the possible inside the unit."""
    count, noun = parts
    name = whole.format(d=d, c=d // 10)
    unit = chronology.resolve(name, anchor=anchor).likely
    slices = [chronology.resolve(f"the {ORDINALS[i]} {noun} of {name}", anchor=anchor) for i in range(count)]
    assert slices[0].likely.start == unit.start and slices[-1].likely.end == unit.end
    for a, b in itertools.pairwise(slices):
        assert a.likely.end == b.likely.start
    lengths = {round((s.likely.end.timestamp() - s.likely.start.timestamp()) / 86400 / 30) for s in slices}
    assert max(lengths) - min(lengths) <= 1  # equal to the month, as calendars allow
    for s in slices:
        assert s.possible.contains(s.likely) and unit.contains(s.possible)


TENTHS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
CENTURIES = ("the century", "this century", "the {c}th century", "the {c}00s", "the {n}th century")


@given(st.sampled_from(CENTURIES), st.integers(11, 19), st.integers(4, 30), anchors)
def test_the_numbered_decades_of_a_century_tile_it(whole: str, c: int, n: int, anchor: dt.date) -> None:
    """"the first decade of the century" … "the tenth": the century's own named decades
    (1900-1909 first), each exactly one, in order, tiling it; "the last" is the tenth."""
    name = whole.format(c=c, n=n)
    century = chronology.resolve(name, anchor=anchor).likely
    decades = [chronology.resolve(f"the {w} decade of {name}", anchor=anchor) for w in TENTHS]
    assert decades[0].likely.start == century.start and decades[-1].likely.end == century.end
    for a, b in itertools.pairwise(decades):
        assert a.likely.end == b.likely.start
    for d in decades:
        assert d.likely == d.possible and d.granularity == "decade" and d.timex is not None
        assert d.timex.value == f"{d.likely.start.year // 10:03d}"
    assert chronology.resolve(f"the last decade of {name}", anchor=anchor).likely == decades[-1].likely


EDGE_WORDS = (("first", 1), ("opening", 1), ("early", 1), ("last", -1), ("final", -1), ("closing", -1))
EDGE_OF = (("days", "November"), ("days", "the week"), ("weeks", "the year"), ("months", "{y}"),
           ("years", "the century"), ("years", "the {d}0s"), ("months", "next year"), ("days", "February {y}"))


@given(st.sampled_from(EDGE_WORDS), st.sampled_from(EDGE_OF), years, st.integers(180, 209), anchors)
def test_the_last_few_units_of_a_time_lie_at_its_edge(word: tuple[str, int], pair: tuple[str, str], y: int,
                                                      d: int, anchor: dt.date) -> None:
    """"the last days of October", "the opening weeks of the year": inside the time, at the
    edge named, likely inside possible, and a part of it, never all of it."""
    (w, side), (units, base) = word, pair
    name = base.format(y=y, d=d)
    whole = chronology.resolve(name, anchor=anchor).likely
    span = chronology.resolve(f"the {w} {units} of {name}", anchor=anchor)
    assert whole.contains(span.possible) and span.possible.contains(span.likely) and span.likely != whole
    assert (span.likely.start == whole.start) if side > 0 else (span.likely.end == whole.end)


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2100, 12, 31)), anchors)
def test_the_weekend_of_a_day_is_the_saturday_and_sunday_it_belongs_to(day: dt.date, anchor: dt.date) -> None:
    """"the weekend of <day>": a Friday, Saturday or Sunday names its own week's Saturday and
    Sunday, a Monday the ones before it; likely is those two days, possible also holds the day.
    A Tuesday to Thursday names none and is refused."""
    text = f"the weekend of {MONTHS[day.month - 1]} {day.day}, {day.year}"
    d = pendulum.datetime(day.year, day.month, day.day, tz="UTC")
    if d.day_of_week in (pendulum.TUESDAY, pendulum.WEDNESDAY, pendulum.THURSDAY):
        with pytest.raises(chronology.ResolutionError):
            chronology.resolve(text, anchor=anchor)
        return
    span = chronology.resolve(text, anchor=anchor)
    saturday = span.likely.start
    assert saturday.day_of_week == pendulum.SATURDAY and span.likely.end == saturday.add(days=2)
    assert span.possible == span.likely.hull(Interval(d, d.add(days=1)))
    assert span.possible.end - span.possible.start <= dt.timedelta(days=3)
    iy, iw, _ = saturday.isocalendar()
    assert span.timex.value == f"{iy:04d}-W{iw:02d}-WE"


@given(st.sampled_from(["century", "millennium", "decade", "year"]), st.sampled_from(PREFER), anchors)
def test_the_turn_of_a_unit_straddles_one_of_its_boundaries(unit: str, prefer: str, anchor: dt.date) -> None:
    """"the turn of the century": likely and possible are centred on a boundary of the unit
    (a New Year, a year ending in 0 or 00 or 000), likely inside possible, and the boundary is
    the one before or after the anchor's own unit starts or ends."""
    span = chronology.resolve(f"the turn of the {unit}", anchor=anchor, prefer=prefer)
    g = Granularity(unit)
    at = pendulum.datetime(anchor.year, anchor.month, anchor.day, tz="UTC")
    boundaries = {g.floor(at), g.add(g.floor(at), 1)}
    assert span.possible.start < span.likely.start and span.likely.end < span.possible.end
    middle = [b for b in boundaries if span.likely.start < b < span.likely.end]
    assert len(middle) == 1 and span.possible.start < middle[0] < span.possible.end


@given(st.integers(1800, 2100), st.sampled_from(["season", "fiscal year", "school year", "academic year"]), anchors)
def test_a_year_across_two_lies_in_those_two(first: int, kind: str, anchor: dt.date) -> None:
    """"the 1998-99 season": likely inside possible, both inside the two calendar years; its
    TIMEX3 is the second year, APPROX."""
    span = chronology.resolve(f"the {first}-{(first + 1) % 100:02d} {kind}", anchor=anchor)
    two = Interval(pendulum.datetime(first, 1, 1, tz="UTC"), pendulum.datetime(first + 2, 1, 1, tz="UTC"))
    assert two.contains(span.possible) and span.possible.contains(span.likely)
    assert span.likely.start.year == first and span.likely.end.year == first + 1
    assert (span.timex.value, span.timex.mod.value if span.timex.mod else None) == (str(first + 1), "APPROX")


@given(st.sampled_from(["day", "week", "month", "quarter", "year", "weekend"]), anchors)
def test_the_unit_after_next_and_before_last_lie_one_unit_beyond_next_and_last(unit: str,
                                                                             anchor: dt.date) -> None:
    """"the week after next" is the week after "next week", and "the weekend before last" the
    weekend before "last weekend", whatever the anchor (across years, in leap years): the same
    length, touching (a weekend a week apart) with nothing between them."""
    step = {"weekend": pendulum.duration(weeks=1)}
    for beyond, near in (("after next", "next"), ("before last", "last")):
        far = chronology.resolve(f"the {unit} {beyond}", anchor=anchor).likely
        if unit == "day":
            near_text = "tomorrow" if near == "next" else "yesterday"
        else:
            near_text = f"{near} {unit}"
        close = chronology.resolve(near_text, anchor=anchor).likely
        if unit == "weekend":
            shift = step["weekend"] if near == "next" else -step["weekend"]
            assert (far.start, far.end) == (close.start + shift, close.end + shift), (beyond, anchor)
        elif near == "next":
            assert far.start == close.end, (beyond, anchor)
        else:
            assert far.end == close.start, (beyond, anchor)


@given(st.sampled_from(WEEKDAYS), anchors)
def test_british_weekday_wording_reads_as_its_usual_form(day: str, anchor: dt.date) -> None:
    """"Tuesday next" is "next Tuesday", "Tuesday last" is "last Tuesday", "a week on Friday"
    is "Friday week" and "a fortnight on Friday" a week after it; "this day next week" is seven
    days after the anchor's day."""
    def likely(text: str) -> Interval:
        return chronology.resolve(text, anchor=anchor).likely

    assert likely(f"{day} next") == likely(f"next {day}")
    assert likely(f"{day} last") == likely(f"last {day}")
    week = likely(f"{day} week")
    assert likely(f"a week on {day}") == week
    fortnight = likely(f"a fortnight on {day}")
    assert (fortnight.start, fortnight.end) == (week.start.add(days=7), week.end.add(days=7))
    assert likely("this day next week").start == pendulum.datetime(anchor.year, anchor.month, anchor.day).add(days=7)


@given(st.integers(1800, 2100), st.integers(1, 30), st.sampled_from(["the years", "the period"]),
       st.sampled_from(["{a}-{b}", "{a} to {b}", "between {a} and {b}", "from {a} to {b}"]), anchors)
def test_the_years_of_a_range_are_the_range(a: int, length: int, name: str, form: str, anchor: dt.date) -> None:
    """"the years 1995-98", "the period between 1995 and 1998": "the years" and "the period"
    only name the range; the span and its value are the range's own."""
    bare = form.format(a=a, b=a + length)
    named = chronology.resolve(f"{name} {bare}", anchor=anchor)
    plain = chronology.resolve(bare, anchor=anchor)
    assert (named.likely, named.possible, named.timex) == (plain.likely, plain.possible, plain.timex)


@given(st.integers(0, 3), st.integers(1, 3), st.integers(1800, 2100), st.sampled_from(["and", "or"]), anchors)
def test_a_list_of_seasons_of_a_year_holds_each_season(first: int, gap: int, year: int, word: str,
                                                       anchor: dt.date) -> None:
    """"the summer and autumn of 1998", "spring or winter 1998": likely runs from the first
    season's start to the second's end; adjacent seasons named with "and" are one stretch,
    others keep each season as a part. Listed out of order, they are refused."""
    order = ("winter", "spring", "summer", "autumn")
    assume(first + gap <= 3)
    a, b = order[first], order[first + gap]
    one = chronology.resolve(f"{a} {year}", anchor=anchor).likely
    two = chronology.resolve(f"{b} {year}", anchor=anchor).likely
    span = chronology.resolve(f"the {a} {word} {b} of {year}", anchor=anchor)
    assert (span.likely.start, span.likely.end) == (one.start, two.end)
    if word == "and" and gap == 1:
        assert not span.parts
    else:
        assert list(span.parts) == [one, two]
    with pytest.raises(ChronologyError):
        chronology.resolve(f"the {b} {word} {a} of {year}", anchor=anchor)


@given(st.sampled_from(["the dead of winter", "the depths of winter", "midwinter", "the height of summer",
                        "high summer", "midsummer"]), anchors)
def test_the_middle_of_a_season_is_mid_season(text: str, anchor: dt.date) -> None:
    """"the dead of winter", "high summer", "midsummer" are the middle of the season, as
    "mid-winter" ("mid-summer") is, and lie inside that season."""
    season = "winter" if "winter" in text else "summer"
    span = chronology.resolve(text, anchor=anchor)
    mid = chronology.resolve(f"mid-{season}", anchor=anchor)
    whole = chronology.resolve(f"the {season}", anchor=anchor).likely
    assert (span.likely, span.possible, span.timex) == (mid.likely, mid.possible, mid.timex)
    assert whole.start <= span.possible.start and span.possible.end <= whole.end


@given(st.sampled_from(["day", "week", "month", "year"]), st.sampled_from([("other", 2), ("second", 2), ("third", 3),
                                                                            ("fourth", 4)]), anchors)
def test_every_other_unit_is_a_set_one_unit_in_n(unit: str, nth: tuple[str, int], anchor: dt.date) -> None:
    """"every other week", "every third year" are sets with no place in time, as "every two
    weeks" ("every three years") is, with the same TIMEX3."""
    word, n = nth
    with pytest.raises(chronology.NoPlaceInTime) as other:
        chronology.resolve(f"every {word} {unit}", anchor=anchor)
    with pytest.raises(chronology.NoPlaceInTime) as plain:
        chronology.resolve(f"every {n} {unit}s", anchor=anchor)
    assert str(other.value) == str(plain.value)


@given(st.sampled_from(["first", "second", "third", "fourth", "last"]),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]), anchors)
def test_the_nth_weekday_of_every_month_is_a_set_of_that_weekday(nth: str, weekday: str, anchor: dt.date) -> None:
    """"every second Tuesday of the month" and "the second Tuesday of every month" are the same
    set, with no place in time, whose TIMEX3 is every Tuesday's (the set holding it): never
    "every second" (PT1S)."""
    with pytest.raises(chronology.NoPlaceInTime) as every:
        chronology.resolve(f"every {nth} {weekday} of the month", anchor=anchor)
    with pytest.raises(chronology.NoPlaceInTime) as the:
        chronology.resolve(f"the {nth} {weekday} of every month", anchor=anchor)
    with pytest.raises(chronology.NoPlaceInTime) as plain:
        chronology.resolve(f"every {weekday}", anchor=anchor)
    assert str(every.value) == str(the.value) == str(plain.value)


@given(st.sampled_from([20, 30, 40, 50, 60, 70, 80, 90]), anchors, st.sampled_from(["'", ""]))
def test_a_two_digit_decade_is_the_latest_of_its_name_begun_by_the_anchor(tens: int, anchor: dt.date,
                                                                          mark: str) -> None:
    """"the '40s" said in 2026 is the 1940s, never the 2040s: the latest decade of that name
    that has begun by the anchor (its own decade included); prefer="future" takes the first
    one not yet over."""
    current = anchor.year - anchor.year % 10
    past = chronology.resolve(f"the {mark}{tens}s", anchor=anchor).likely.start.year
    assert past % 100 == tens and current - 100 < past <= current
    future = chronology.resolve(f"the {mark}{tens}s", anchor=anchor, prefer="future").likely.start.year
    assert future % 100 == tens and current <= future < current + 100


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)), st.integers(0, 6), anchors)
def test_a_weekday_beside_a_full_date_is_its_own_or_refused(day: dt.date, weekday: int, anchor: dt.date) -> None:
    """"Tuesday, November 9, 1999" is that day when it is a Tuesday, and refused, never another
    day, when it is not (the date's weekday per pendulum, whatever the anchor)."""
    text = f"{WEEKDAYS[weekday]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"
    if pendulum.date(day.year, day.month, day.day).day_of_week == weekday:
        assert chronology.resolve(text, anchor=anchor).likely == Span.of(day.isoformat()).likely
    else:
        with pytest.raises(chronology.ResolutionError, match=f"is an? .*, not an? {WEEKDAYS[weekday]}"):
            chronology.resolve(text, anchor=anchor)


@given(st.integers(0, 23), st.integers(0, 59), anchors)
def test_a_zulu_time_is_that_utc_time(hour: int, minute: int, anchor: dt.date) -> None:
    """"1500Z", "15:00Z" and "1500 Zulu" are 15:00 UTC on the anchor's day, as "15:00 UTC" is."""
    start = pendulum.datetime(anchor.year, anchor.month, anchor.day, hour, minute)
    want = Interval(start, start.add(minutes=1))
    for text in (f"{hour:02d}{minute:02d}Z", f"{hour:02d}:{minute:02d}Z", f"{hour:02d}{minute:02d} Zulu",
                 f"{hour:02d}:{minute:02d} UTC"):
        assert chronology.resolve(text, anchor=anchor).likely == want, text


@given(anchors, st.integers(1, 12), st.sampled_from(("a.m.", "p.m.")),
       st.sampled_from((("Eastern time", "America/New_York"), ("ET", "America/New_York"),
                        ("Moscow time", "Europe/Moscow"), ("Central European Time", "Europe/Brussels"),
                        ("London time", "Europe/London"), ("Pacific time", "America/Los_Angeles"),
                        ("Hong Kong time", "Asia/Hong_Kong"), ("New York time", "America/New_York"),
                        ("Tel Aviv time", "Asia/Jerusalem"), ("Buenos Aires time", "America/Argentina/Buenos_Aires"))))
def test_a_clock_in_a_named_zone_is_that_zones_wall_clock(anchor: dt.date, hour: int, ampm: str,
                                                          zone: tuple[str, str]) -> None:
    """"3 p.m. Eastern time" is 3 p.m. on New York's clocks on the anchor's date, daylight
    saving and all (pendulum's reading of the zone on that day)."""
    words, name = zone
    h24 = hour % 12 + (12 if ampm == "p.m." else 0)
    span = chronology.resolve(f"{hour} {ampm} {words}", anchor=anchor)
    assert span.likely.start == pendulum.datetime(anchor.year, anchor.month, anchor.day, h24, tz=name)


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)), anchors, st.booleans())
def test_numeric_dates_resolve_as_the_date_in_words(day: dt.date, anchor: dt.date, day_first: bool) -> None:
    """"5.11.1999", "05.11.1999", "1999/11/05", "1999/11/5" and "19991105" are November 5, 1999
    for every valid date, whatever day_first says (dots are day first, year-first slashes
    year, month, day)."""
    words = chronology.resolve(f"{MONTHS[day.month - 1]} {day.day}, {day.year}", anchor=anchor)
    for text in (f"{day.day}.{day.month}.{day.year}", day.strftime("%d.%m.%Y"), day.strftime("%Y/%m/%d"),
                 f"{day.year}/{day.month}/{day.day}", day.strftime("%Y%m%d")):
        span = chronology.resolve(text, anchor=anchor, day_first=day_first)
        assert (span.likely, span.timex) == (words.likely, words.timex), text


#: every holiday the lexicon places on the nth weekday of a month, by one of its names, with
#: its lexicon class and word (a new such holiday must be added here: see the test below)
NTH_WEEKDAY_HOLIDAYS = {
    "Thanksgiving": ("holiday", "thanksgiving"), "Thanksgiving Day": ("holiday_day", "thanksgiving"),
    "Memorial Day": ("holiday_day", "memorial"), "Labor Day": ("holiday_day", "labor"),
    "MLK Day": ("holiday_day", "mlk"), "Martin Luther King Day": ("holiday_king", "king"),
    "President's Day": ("holiday_day", "president"), "Presidents' Day": ("holiday_day", "presidents"),
    "Washington's Birthday": ("holiday_birthday", "washington"), "Columbus Day": ("holiday_day", "columbus"),
    "Mother's Day": ("holiday_day", "mother"), "Mothers' Day": ("holiday_day", "mothers"),
    "Father's Day": ("holiday_day", "father"), "Fathers' Day": ("holiday_day", "fathers"),
    "Election Day": ("holiday_day", "election"), "Victoria Day": ("holiday_day", "victoria"),
    "Remembrance Sunday": ("holiday_weekday", "remembrance"),
}


def _nth_weekday_rule(cls: str, word: str) -> tuple[list[int], int]:
    value = load_lexicon("en").value(cls, word)
    if isinstance(value, dict):
        return value["rule"], value.get("since", 1)
    return value, 1


def test_every_nth_weekday_holiday_of_the_lexicon_is_checked() -> None:
    lex = load_lexicon("en")
    found = {(cls, word) for cls in lex.class_names if cls.startswith("holiday")
             for word, value in lex.words(cls).items()
             if len(value.get("rule", ()) if isinstance(value, dict) else value) in (3, 4)}
    assert found == set(NTH_WEEKDAY_HOLIDAYS.values())


@given(st.sampled_from(sorted(NTH_WEEKDAY_HOLIDAYS)), st.integers(min_value=1900, max_value=2100), anchors)
def test_an_nth_weekday_holiday_lands_on_its_weekday_in_its_week_of_its_month(name: str, year: int,
                                                                            anchor: dt.date) -> None:
    """"Thanksgiving 1900" … "Election Day 2100": the holiday falls on its weekday, in its
    month, in the week of the month its rule names (the nth seven days from its first day,
    the last seven for the last); a year before the rule was kept is refused."""
    rule, since = _nth_weekday_rule(*NTH_WEEKDAY_HOLIDAYS[name])
    month, nth, weekday = rule[:3]
    first = rule[3] if len(rule) == 4 else 1
    if year < since:
        with pytest.raises(ChronologyError):
            chronology.resolve(f"{name} {year}", anchor=anchor)
        return
    start = chronology.resolve(f"{name} {year}", anchor=anchor).likely.start
    assert (start.year, start.month, start.day_of_week) == (year, month, weekday)
    if nth == -1:
        assert start.add(weeks=1).month != month
    else:
        assert first + 7 * (nth - 1) <= start.day < first + 7 * nth


ORTHODOX_EASTER = {1999: (4, 11), 2000: (4, 30), 2001: (4, 15), 2024: (5, 5), 2025: (4, 20)}


@pytest.mark.parametrize("year", sorted(ORTHODOX_EASTER))
def test_orthodox_easter_matches_the_published_dates(year: int) -> None:
    """Orthodox Easter from dateutil's Julian computation, against published dates (2025 the
    same Sunday as Western Easter)."""
    start = chronology.resolve(f"Orthodox Easter {year}", anchor="1999-11-09").likely.start
    assert (start.month, start.day) == ORTHODOX_EASTER[year]
    assert start.day_of_week == pendulum.SUNDAY


@given(st.integers(min_value=1000, max_value=2999), anchors)
def test_mid_year_with_a_year_is_the_middle_of_that_year(year: int, anchor: dt.date) -> None:
    """"mid-year 1998", "midyear 1998", "the 1998 mid-year" and "the 1998 midyear" are
    "mid-1998" (the middle third of the year) for the years 1000-2999 and any anchor."""
    want = chronology.resolve(f"the middle of {year}", anchor=anchor)
    for text in (f"mid-year {year}", f"midyear {year}", f"the {year} mid-year", f"the {year} midyear"):
        got = chronology.resolve(text, anchor=anchor)
        assert (got.likely, got.possible, got.timex) == (want.likely, want.possible, want.timex), text
