"""Times of day: clock times ("3:30", "3 p.m.", "noon", "six o'clock", "0600 GMT"), parts of
the day ("this morning", "the next night", "late afternoon") and a clock on a day ("3 p.m.
yesterday", "6 o'clock this evening")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chronology.expression import (
    Approx,
    Bound,
    Clock,
    Cyclic,
    Duration,
    Enumeration,
    Expr,
    Offset,
    Part,
    Quantity,
    Range,
    Recurrence,
    Ref,
    Relative,
)
from chronology.grammar.builders._common import G
from chronology.grammar.context import that_is_a_conjunction
from chronology.grammar.matcher import Slots


def _people(s: Slots) -> bool:
    """Whether the zone word is a people's name before a noun ("1500 Zulu warriors"), not a
    zone ("1500 Zulu", "0600 Zulu on Tuesday": a word that may follow a time is no noun)."""
    if "z" not in s or s.token("z").text not in s.lexicon.word_set("zone_people") or s.end >= len(s.tokens):
        return False
    after = s.tokens[s.end]
    return after.kind == "word" and after.text not in s.lexicon.word_set("after_zone_people") \
        and after.text not in s.lexicon.word_set("weekday")


def clock(s: Slots) -> Clock | None:
    """"3:30", "3 p.m.", "10:15 a.m. EST", "15:00Z", "noon"."""
    if _people(s):
        return None
    if "c" in s:
        h, m, _ = s["c"]
    else:
        h, m = s["h"], 0
    ampm = s.get("ap")
    if ampm is not None:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm == "pm" else 0)
    elif "c" not in s:
        return None  # a bare number is not a time
    return Clock(None, h, m, None, s.get("z"))


def clock_word(s: Slots) -> Clock | None:
    """"noon", "midday", "midnight", "noon EST", "midnight GMT" — midnight is the end of its day
    (hour 24, TimeML's ``T24:00``): "the offer expires at midnight Friday" runs through Friday."""
    if _people(s):
        return None
    return Clock(None, 24 if s["word"] == "midnight" else 12, 0, zone=s.get("z"))


def clock_in_zone(s: Slots) -> Expr | None:
    """"noon Eastern time", "3 p.m. Moscow time", "9 a.m. Central European Time", "from 2 to 4
    p.m. Pacific time": a clock time (or a range of two) read on the clocks of a named zone
    (``zone`` its IANA name, from the lexicon). A time already in a zone, or with no hour
    ("this morning Moscow time"), takes none."""
    return _in_zone(s["c"], s["z"])


def _in_zone(c: Expr, zone: str) -> Expr | None:
    if isinstance(c, Range) and isinstance(c.start, Clock) and isinstance(c.end, Clock):
        start, end = _zoned(c.start, zone), _zoned(c.end, zone)
        return Range(start, end) if start is not None and end is not None else None
    return _zoned(c, zone)


def clock_in_place(s: Slots) -> Expr | None:
    """"10 a.m. Hong Kong time", "9 p.m. New York time", "noon Tel Aviv time": as
    :func:`clock_in_zone` for a place of two words (lexicon ``[zone_place]``: the first word's
    table gives the IANA name for each second word it goes with; another pair, "New Angeles",
    takes none)."""
    zone = s["z"].get(s.token("e").text)
    return _in_zone(s["c"], zone) if isinstance(zone, str) else None


def _zoned(c: Expr, zone: str) -> Clock | None:
    if not isinstance(c, Clock) or c.hour is None or c.zone is not None:
        return None
    return Clock(c.base, c.hour, c.minute, c.part, zone)


def oclock(s: Slots) -> Clock | None:
    """"six o'clock", "6 o'clock p.m.": a whole hour of the 12-hour clock (read as a.m. unless
    a.m./p.m. or a part of the day says otherwise: "6 o'clock this evening" is 18:00)."""
    h = s["h"]
    if not isinstance(h, int) or not 1 <= h <= 12 or _people(s):
        return None
    ampm = s.get("ap")
    if ampm is not None:
        h = h % 12 + (12 if ampm == "pm" else 0)
    return Clock(None, h, 0, zone=s.get("z"))


def military_clock(s: Slots) -> Clock | None:
    """"0600 GMT", "1500Z", "1500 Zulu", "1800 hours": a 24-hour clock time written as four
    digits (Z, Zulu: UTC). After a word that makes it a length ("for 1800 hours") it is none."""
    if s.start > 0 and s.tokens[s.start - 1].text in s.lexicon.word_set("length_intro") or _people(s):
        return None
    h, m, _ = s["c"]
    return Clock(None, h, m, zone=s.get("z"))


#: four digits from this number on are no year a news log would name, so "2215:" is a time
LOG_CLOCK_FROM = 2100


def log_clock(s: Slots) -> Clock | None:
    """"2215: a car was set alight", "0630: officers arrived": a police or military log's entry
    time, four digits and a colon opening a sentence or line. Only when the digits cannot be
    a year ("0630" with its leading zero, "2215" from :data:`LOG_CLOCK_FROM` on): "1998: a year
    of change" stays a year. The match is the number; the colon only marks it."""
    if s.start > 0 and not (s.tokens[s.start - 1].kind == "punct" and s.tokens[s.start - 1].text in ".;:!?"):
        return None  # an entry opens its sentence
    tok = s.tokens[s.start]
    if not (tok.text.startswith("0") or int(tok.text) >= LOG_CLOCK_FROM):
        return None
    h, m, _ = s["c"]
    return Clock(None, h, m)


def day_part(s: Slots) -> Expr | None:
    """"this morning", "yesterday afternoon", "Monday night", "last night", "tomorrow evening"."""
    base = s.get("base")
    if base is None:
        rel = s.get("rel", 0)
        base = Relative(G.DAY, -1 if rel < 0 and s["part"] == "NI" else rel)
        if rel not in (0, -1) or (rel == -1 and s["part"] != "NI"):
            return None
    if isinstance(base, (Duration, Ref, Recurrence, Bound, Approx, Range, Enumeration)):
        return None  # "until Friday night" bounds the night; it is no night of a bound's first day
    if isinstance(base, Part) and base.part in ("START", "MID", "END"):
        return None  # "early Tuesday morning" is the early part of the morning (part_of_time)
    word = s.token("part").text
    if word in _CLOCK_WORDS and "base" in s:  # "Saturday midnight" is "midnight Saturday": T24:00
        return Clock(base, 24 if word == "midnight" else 12, 0)
    if word.endswith("s"):  # "Tuesday nights", "Sunday mornings": every week
        if isinstance(base, Cyclic) and base.unit is G.DAY and base.which is None and not base.narrative:
            return Recurrence(G.WEEK, 1, Clock(base, part=s["part"]))
        return None  # "yesterday mornings" is no time
    return Clock(base, part=s["part"])


#: the words the clock rule reads as times of the clock (its literals in rules.toml)
_CLOCK_WORDS = frozenset({"noon", "midday", "midnight"})


def dawn_or_dusk(s: Slots) -> Expr | None:
    """"at dawn", "at dusk": the dawn or dusk of the story's day (of the anchor's when no
    story is told). Other parts are habits after a bare "at" ("patrols run at night")."""
    if s["part"] not in ("DN", "DU"):
        return None
    if s.start > 0:
        before = s.tokens[s.start - 1].text
        if before not in s.lexicon.word_set("day_part_intro") and before not in ("before", "after", "from"):
            return None  # "Dawn Smith", "the dawn of a new era"
    elif s.end < len(s.tokens):
        return None  # the text opens with it but goes on ("Dawn broke …"): a name or a noun
    return Clock(None, part=s["part"])


def early_hours(s: Slots) -> Expr | None:
    """"the early hours of Friday", "in the small hours": after midnight and before dawn (part
    ``EH``, which TimeML writes as night, TNI). Without a day it is the story's day (the
    anchor's when no story is told); "the early hours of the campaign" is none."""
    base = s.get("base")
    if base is None:
        if s.end < len(s.tokens) and s.tokens[s.end].text == "of":
            return None
    elif isinstance(base, (Duration, Ref, Recurrence, Bound, Approx, Range, Enumeration, Part, Clock)):
        return None
    return Clock(base, part="EH")


def narrative_day_part(s: Slots) -> Expr | None:
    """"the next morning", "the previous night", "the night before", "that night", "the same
    afternoon": a part of the day before, after or of the story's focus."""
    if s.token("part").text.endswith("s"):
        return None  # "the following evenings" are several
    if "dir" in s:
        offset = -1 if s["dir"] == "before" else 1
    elif "rel" in s:
        if s.token("rel").text not in s.lexicon.word_set("narrative_relative"):
            return None  # "the last night of the talks"
        offset = s["rel"]
    else:
        words = s.words()
        if words[0] == "the" and words[1] != "same" and (
                s.start == 0 or s.tokens[s.start - 1].text not in s.lexicon.word_set("day_part_intro")):
            return None  # "the morning" alone is a time after "in", "during" … ("the morning news" is none)
        if words[0] == "that" and that_is_a_conjunction(s):
            return None
        offset = 0
    return Clock(Relative(G.DAY, offset, narrative=True), part=s["part"])


def part_of_day_part(s: Slots) -> Expr | None:
    """"mid-afternoon yesterday", "late afternoon", "early morning": a part of a part of the day
    (of the anchor's day when no day is named)."""
    if s.token("p").text not in s.lexicon.word_set("day_part_part") or s.token("part").text.endswith("s"):
        return None  # "early mornings" recur
    base = s.get("base")
    if isinstance(base, (Duration, Ref, Recurrence, Bound, Range, Enumeration, Part, Clock)):
        return None
    mod, fraction = s["p"]
    return Part(Clock(base, part=s["part"]), mod, fraction)


def part_of_time(s: Slots) -> Expr | None:
    """"late last night", "early Tuesday morning": a part of a named part of the day."""
    x = s["x"]
    if s.token("p").text not in s.lexicon.word_set("day_part_part") or not (
            isinstance(x, Clock) and x.part is not None and x.hour is None):
        return None
    mod, fraction = s["p"]
    return Part(x, mod, fraction)


def clock_on(s: Slots) -> Expr | None:
    """"3 p.m. yesterday", "yesterday at 3 p.m.", "Monday morning at 10"."""
    c: Clock = s["c"]
    base = s["base"]
    if isinstance(c, Range) and isinstance(c.start, Clock) and isinstance(c.end, Clock) \
            and c.start.base is None and c.end.base is None and c.start.hour is not None:
        # "from 9 a.m. to 5 p.m. on Monday", "Monday between 2 and 4 p.m.": both ends on the day
        if isinstance(base, (Duration, Ref, Recurrence, Clock, Bound, Approx, Range, Enumeration)):
            return None
        a, b = c.start, c.end
        return Range(Clock(base, a.hour, a.minute, a.part, a.zone), Clock(base, b.hour, b.minute, b.part, b.zone))
    if not isinstance(c, Clock) or c.base is not None or isinstance(
            base, (Duration, Ref, Recurrence, Clock, Bound, Approx, Range, Enumeration)):
        return None
    return Clock(base, c.hour, c.minute, c.part, c.zone)


def clock_range(s: Slots) -> Expr | None:
    """"from 9 a.m. to 5 p.m.", "between 2 a.m. and 4 a.m.", "10:30-11:45", and with one
    a.m./p.m. for both ends: "between 2 and 4 p.m.", "9 to 11:30 a.m.", "from 11 to 1 p.m."
    (11 a.m.: the first end is the earlier one), "from 10 to 2 a.m." (10 p.m. the night
    before). A range that crosses midnight ends on the next day (see the resolver)."""
    words = s.words()
    if ("between" in words) != ("and" in words):
        return None  # "from 2 and 4 p.m." / "between 2 to 4 p.m."
    if "ap" in s:
        ends = []
        for slot in ("a", "b"):
            v = s[slot]
            h, m = (v, 0) if isinstance(v, int) else (v[0], v[1])
            if not 1 <= h <= 12:
                return None
            ends.append((h % 12 + (12 if s["ap"] == "pm" else 0), m))
        (ah, am), (bh, bm) = ends
        if (ah, am) >= (bh, bm):
            ah = (ah - 12) % 24  # "11 to 1 p.m.": 11 a.m.; "10 to 2 a.m.": 10 p.m.
        return Range(Clock(None, ah, am, zone=s.get("z")), Clock(None, bh, bm, zone=s.get("z")))
    a, b = s["a"], s["b"]
    if not (isinstance(a, Clock) and isinstance(b, Clock)) or a.hour is None or b.hour is None:
        return None  # parts of the day ("morning to evening") are no clock range
    a_start, a_end = s.extent("a")
    b_start, b_end = s.extent("b")
    if a_end - a_start == 1 and any("ampm" in s.lexicon.classes_of(t.text) for t in s.tokens[b_start:b_end]):
        return None  # "between 10:30 and 11 p.m.": the a.m./p.m. is both ends' (clock-range-meridiem)
    if a.zone is None and b.zone is not None:  # "from 07:00 to 19:00 EST": both in EST
        a = Clock(a.base, a.hour, a.minute, a.part, b.zone)
    if a.base is None and b.base is not None:  # "9 a.m. to 5 p.m. Monday": both on Monday
        a = Clock(b.base, a.hour, a.minute, a.part, a.zone)
    elif a.base is not None and b.base is None:
        b = Clock(a.base, b.hour, b.minute, b.part, b.zone)
    return Range(a, b)  # "from 9 p.m. Monday to 5 a.m. Tuesday" keeps its two days


#: parts of the day that move a 12-hour clock hour below 12 into the afternoon: hours from
#: which (up to 11) the part means p.m. ("6 o'clock this evening", "nine o'clock tonight")
_PM_FROM = {"AF": 1, "EV": 1, "NI": 5}
#: the hour a night ends (its likely end, as tables.DAY_PARTS has it): earlier hours of a named
#: night are on the next day
_NIGHT_ENDS = 6


def clock_in_day_part(s: Slots) -> Expr | None:
    """"6 o'clock this evening" (18:00), "7 o'clock tomorrow morning", "3 p.m. this afternoon",
    "six o'clock in the evening": a clock hour placed in a part of a day, which says a.m./p.m."""
    c = s["c"]
    if not isinstance(c, Clock) or c.base is not None or c.hour is None or c.hour == 24:
        return None
    if "part" in s:
        part, base = s["part"], None
    else:
        p = s["p"]
        if not isinstance(p, Clock) or p.hour is not None or p.part is None:
            return None
        part, base = p.part, p.base
    hour = c.hour
    pm_from = _PM_FROM.get(part)
    said = s.lexicon.word_set("ampm").intersection(s.words())  # "5 a.m. tonight" stays a.m.
    if pm_from is not None and pm_from <= hour < 12 and not said:
        hour += 12
    elif part == "MO" and hour >= 12:
        return None  # "3 p.m. this morning"
    elif part == "NI" and hour < _NIGHT_ENDS and base is not None:
        # "2 a.m. tonight", "1 a.m. last night": the small hours after the night's midnight
        # lie on the day after the night's evening
        base = Offset(Quantity.exact(1), G.DAY, 1, base=base)
    return Clock(base, hour, c.minute, zone=c.zone)


BUILDERS: tuple[Callable[[Slots], Any], ...] = (
    clock, clock_word, clock_in_zone, clock_in_place, oclock, military_clock, log_clock, day_part, dawn_or_dusk, early_hours, narrative_day_part, part_of_day_part,
    part_of_time, clock_on, clock_in_day_part, clock_range,
)
