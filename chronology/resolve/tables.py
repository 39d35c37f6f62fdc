"""Language-independent resolution tables, kept as data apart from the resolver.

Word lists belong to a language (``chronology/lang/<code>/lexicon.toml``); what a TimeML code
or a calendar cycle *means* is the same in every language and lives here.

>>> DAY_PARTS["MO"]
((6, 12), (4, 12))
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from chronology.model.granularity import Granularity
from chronology.model.timex import TimexMod

G = Granularity

#: parts of the day by TimeML code: ((likely start hour, end hour), (possible start, end));
#: hours past 24 reach into the next day ("tonight" runs to the small hours)
DAY_PARTS: Mapping[str, tuple[tuple[int, int], tuple[int, int]]] = MappingProxyType({
    "MO": ((6, 12), (4, 12)),     # morning
    "MI": ((11, 14), (10, 15)),   # midday
    "AF": ((12, 18), (12, 19)),   # afternoon
    "EV": ((18, 22), (16, 24)),   # evening
    "NI": ((21, 30), (19, 30)),   # night: 9 p.m. to 6 a.m.
    "DN": ((5, 7), (4, 8)),       # dawn, daybreak (TimeML has no code: written TMO)
    "DU": ((17, 20), (16, 21)),   # dusk, nightfall (written TEV)
    "EH": ((0, 5), (0, 7)),       # the early (small) hours: after midnight, before dawn (TNI)
})

#: the TimeML code of a part of the day that TimeML does not name
TIMEX_DAY_PART: Mapping[str, str] = MappingProxyType({"DN": "MO", "DU": "EV", "EH": "NI"})

#: first month of each season by TimeML code; meteorological seasons, and a winter belongs to
#: the year of its January (so its first month lies in the year before)
SEASON_FIRST_MONTH: Mapping[str, tuple[int, int]] = MappingProxyType({
    "SP": (3, 0), "SU": (6, 0), "FA": (9, 0), "WI": (12, -1),
})

#: vague reference words: ((likely reach, unit), (possible reach, unit)) from the anchor day
REFERENCE_REACH: Mapping[str, tuple[tuple[int, Granularity], tuple[int, Granularity]]] = MappingProxyType({
    "PAST_REF": ((1, G.MONTH), (1, G.YEAR)),
    "FUTURE_REF": ((1, G.MONTH), (1, G.YEAR)),
})

#: a non-whole count of a unit is re-expressed in a finer one ("a year and a half" = 18 months)
FINER_COUNT: Mapping[Granularity, tuple[Granularity, int]] = MappingProxyType({
    G.MILLENNIUM: (G.YEAR, 1000), G.CENTURY: (G.YEAR, 100), G.DECADE: (G.YEAR, 10),
    G.YEAR: (G.MONTH, 12), G.HALF: (G.MONTH, 6), G.QUARTER: (G.MONTH, 3), G.SEASON: (G.MONTH, 3),
    G.MONTH: (G.DAY, 30), G.WEEK: (G.DAY, 7), G.DAY: (G.HOUR, 24), G.HOUR: (G.MINUTE, 60),
    G.MINUTE: (G.SECOND, 60),
})

#: the unit in which the edges of a part of a time are stated ("early 1998" in months)
PART_UNIT: Mapping[Granularity, Granularity] = MappingProxyType({
    G.MILLENNIUM: G.YEAR, G.CENTURY: G.YEAR, G.DECADE: G.YEAR, G.YEAR: G.MONTH, G.HALF: G.MONTH,
    G.QUARTER: G.MONTH, G.SEASON: G.MONTH, G.MONTH: G.DAY, G.WEEK: G.DAY, G.DAY: G.HOUR,
    G.HOUR: G.MINUTE, G.MINUTE: G.SECOND, G.SECOND: G.SECOND,
})

#: TimeML duration unit letters. ISO 8601 has none above the year; for centuries and millennia
#: chronology writes TimeBank's C and L ("centuries" PXC, "two millennia" P2L; TIMEX2 wrote CE
#: and ML, and TimeBank also has PXE for "centuries", but E is its decade: "about a decade" P1E).
#: Decades are counted in years before a letter is chosen (to_timex), as TimeBank mostly does.
DURATION_LETTER: Mapping[Granularity, str] = MappingProxyType({
    G.SECOND: "TS", G.MINUTE: "TM", G.HOUR: "TH", G.DAY: "D", G.WEEK: "W", G.MONTH: "M",
    G.SEASON: "QS", G.QUARTER: "Q", G.HALF: "H", G.YEAR: "Y", G.DECADE: "DE", G.CENTURY: "C",
    G.MILLENNIUM: "L",
})

#: one-sided wording on a time ("before 1998") as TimeML mods
BOUND_WORD_MOD: Mapping[str, str] = MappingProxyType({
    "before": "BEFORE", "prior": "BEFORE", "after": "AFTER", "since": "ON_OR_AFTER",
    "until": "ON_OR_BEFORE", "till": "ON_OR_BEFORE", "by": "ON_OR_BEFORE",
})

#: the TIMEX3 mod of the first, middle or last part of a time ("early 1998": START)
PART_MOD: Mapping[str, TimexMod] = MappingProxyType({
    "START": TimexMod.START, "MID": TimexMod.MID, "END": TimexMod.END,
})

#: the TIMEX3 mods by value (calling the enum runs its lookup in Python)
TIMEX_MODS: Mapping[str, TimexMod] = MappingProxyType({m._value_: m for m in TimexMod})

#: "the turn of the century": how far either side of the unit's boundary the likely and the
#: possible stretch reach, ((likely n, unit), (possible n, unit)); docs/conventions.md
TURN_REACH: Mapping[Granularity, tuple[tuple[int, Granularity], tuple[int, Granularity]]] = MappingProxyType({
    G.YEAR: ((2, G.WEEK), (1, G.MONTH)),        # mid-December to mid-January; December and January
    G.DECADE: ((1, G.YEAR), (2, G.YEAR)),
    G.CENTURY: ((2, G.YEAR), (10, G.YEAR)),     # 1898-1901; 1890-1909
    G.MILLENNIUM: ((2, G.YEAR), (10, G.YEAR)),
})

#: a year across two calendar years ("the 1998-99 season") by kind: ((likely first month, end
#: month), (possible first month, end month)), months counted from January of its first year
#: (1) into the second (13 = January), ends exclusive; docs/conventions.md
SPLIT_YEAR: Mapping[str, tuple[tuple[int, int], tuple[int, int]]] = MappingProxyType({
    "SEASON": ((9, 18), (1, 25)),   # autumn to spring; the two calendar years
    "FISCAL": ((4, 19), (1, 25)),   # April-March and July-June years; the two calendar years
    "SCHOOL": ((9, 19), (8, 20)),   # September to June; August to July
})
