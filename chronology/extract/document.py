"""Documents: prose in, mentions and events out.

The flow is one pass each: scan and match the whole text (linear), pick the best
non-overlapping expressions, decide each one's role (event time, citation, length, set),
establish the publication anchor, then resolve in text order while tracking the story's
focus for narrative wording ("three days later", "that month").

>>> doc = Document("Rebels crossed the border on November 5. Three days later they withdrew.",
...                published="1999-11-09", id="r1")
>>> [(m.text, m.timex.value) for m in doc.mentions]
[('November 5', '1999-11-05'), ('Three days later', '1999-11-08')]
>>> doc.mentions[1].focus.text
'November 5'
>>> doc.events[1].label
'They withdrew'
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from chronology.errors import ChronologyError, PublicationDateWarning, ResolutionError
from chronology.expression import (
    Ambiguous,
    Approx,
    Bound,
    Clock,
    Cyclic,
    Date,
    Duration,
    Enumeration,
    Expr,
    Offset,
    Part,
    Period,
    Quantity,
    Range,
    Recurrence,
    Ref,
    Relative,
    Within,
)
from chronology.extract.labels import label_for
from chronology.extract.mention import Mention, Role
from chronology.extract.published import DATELINE_CHARS, Inference, after_latest
from chronology.extract.sentences import sentence_at, sentences
from chronology.grammar.lexicon import load_lexicon
from chronology.grammar.matcher import Chart, Item, analyse
from chronology.model.anchor import Anchor, to_anchor
from chronology.model.event import Event, Provenance
from chronology.model.granularity import Granularity
from chronology.model.span import Span
from chronology.model.timex import Timex, TimexType
from chronology.options import DEFAULT_OPTIONS, ResolveOptions
from chronology.resolve import resolve_expression
from chronology.resolve.resolver import timex_of_unplaced
from chronology.resolve.tables import BOUND_WORD_MOD

if TYPE_CHECKING:  # pragma: no cover
    from chronology.timeline import Timeline

__all__ = ["Document", "extract"]

#: how many tokens before a mention are searched for tense ("will meet on Monday", "met Monday")
TENSE_WINDOW = 6
#: a month or date without a year this close after the anchor is read as that one
NEAR_DAYS = 31
#: past-tense words that are not regular -ed forms
_PAST_WORDS = frozenset({
    "said", "was", "were", "had", "did", "told", "met", "left", "took", "came", "went", "began", "fell",
    "rose", "won", "lost", "made", "held", "saw", "sold", "bought", "paid", "got", "gave", "fled", "fought",
    "struck", "hit", "set", "put", "cut", "quit", "ran", "spoke", "wrote", "sent", "led", "brought", "kept",
    "became", "ago", "earlier", "spent", "sank", "broke", "chose", "drew", "grew", "knew", "shot", "stood",
})
_NOT_PAST = frozenset({"need", "speed", "seed", "feed", "breed", "indeed", "proceed", "exceed", "succeed",
                       "red", "bed", "shed", "hundred", "based", "scheduled", "expected", "planned",
                       "proposed", "due", "intended", "used"})


def _is_narrative(e: Expr) -> bool:
    """Whether an expression hangs from the story's focus ("three days later", "that year")."""
    if isinstance(e, (Relative, Offset)):
        return e.narrative and getattr(e, "base", None) is None
    if isinstance(e, (Part, Approx, Bound)):
        return _is_narrative(e.expr)
    if isinstance(e, Within):
        return _is_narrative(e.inner) or _is_narrative(e.container)
    if isinstance(e, (Clock, Period)):  # "that morning", "the spring of that year"
        return e.base is not None and _is_narrative(e.base)
    if isinstance(e, (Range, Enumeration)):
        items = (e.start, e.end) if isinstance(e, Range) else e.items
        return any(_is_narrative(i) for i in items)
    return False


def _is_explicit(e: Expr) -> bool:
    """Whether an expression names its time without any anchor (a full date, a year, a decade)."""
    if isinstance(e, Date):
        return e.year is not None and not e.short_year
    if isinstance(e, Period):
        return e.unit in (Granularity.DECADE, Granularity.CENTURY, Granularity.MILLENNIUM) or (
            e.base is not None and _is_explicit(e.base))
    if isinstance(e, Clock):
        return e.base is not None and _is_explicit(e.base)
    if isinstance(e, (Part, Approx, Bound)):
        return _is_explicit(e.expr)
    if isinstance(e, Range):
        return _is_explicit(e.start) and _is_explicit(e.end)
    if isinstance(e, Enumeration):
        return all(_is_explicit(i) for i in e.items)
    if isinstance(e, Ambiguous):  # "11/05/1999": either reading names its day
        return all(_is_explicit(i) for i in e.readings)
    return False


def _is_full_date(e: Expr) -> bool:
    if isinstance(e, Ambiguous):
        return all(_is_full_date(i) for i in e.readings)
    return isinstance(e, Date) and e.year is not None and e.month is not None and e.day is not None


def _is_comparison(e: Expr) -> bool:
    """"a year earlier", "a year ago": comparisons that do not move the story's focus."""
    if isinstance(e, Bound):
        e = e.expr
    # "approximately two years ago" is a time of its own ("that year" then means it)
    return isinstance(e, Offset) and e.unit is Granularity.YEAR and e.amount.value == 1 and not e.amount.vague


def _unplaced(e: Expr) -> bool:
    while isinstance(e, (Approx, Bound)):
        e = e.expr
    return isinstance(e, Recurrence) or (isinstance(e, Duration) and e.anchored == 0)


def _underspecified(e: Expr) -> Timex:
    """A TIMEX3 for a mention nothing anchors: "November 5" → XXXX-11-05."""
    while isinstance(e, (Approx, Bound, Part)):
        e = e.expr
    if isinstance(e, Date) and e.month is not None:
        value = f"XXXX-{e.month:02d}" + (f"-{e.day:02d}" if e.day is not None else "")
        return Timex(TimexType.DATE, value)
    if isinstance(e, Ref):
        return Timex(TimexType.DATE, e.value)
    return Timex(TimexType.DATE, "XXXX")


class _Found:
    """A chosen chart item on its way to becoming a Mention."""

    __slots__ = ("start", "end", "expr", "role", "prefer", "tok_start", "tense")

    def __init__(self, start: int, end: int, expr: Expr, role: Role, prefer: str | None, tok_start: int,
                 tense: str | None = None) -> None:
        self.start, self.end, self.expr, self.role, self.prefer, self.tok_start, self.tense = (
            start, end, expr, role, prefer, tok_start, tense)


class Document:
    """A text with its publication date, and the mentions and events found in it.

    Args:
        text: the document (any string; empty gives no mentions).
        published: the publication date: a date/datetime, an ISO string (a partial one such
            as ``"1999-11"`` is uncertain), a Span/Anchor, or ``None`` to infer it.
        id: a document id carried into every event's provenance.
        options: resolution options (``prefer`` is the default for undated weekdays/months;
            a clause in the future tense switches to "future").

    Mentions and events are computed once, on first use.
    """

    __slots__ = ("text", "id", "options", "language", "_given", "_mentions", "_published",
                 "_inference", "_events", "_sentences")

    def __init__(self, text: str, published: Any = None, *, id: str | None = None,
                 options: ResolveOptions | None = None, language: str = "en") -> None:
        if not isinstance(text, str):
            raise ResolutionError(f"a Document needs text (str), got {type(text).__name__}",
                                  expected="a str")
        self.text = text
        self.id = id
        self.options = options or DEFAULT_OPTIONS
        self.language = language
        self._given = to_anchor(published) if published is not None else None
        self._mentions: list[Mention] | None = None
        self._published: Anchor | None = None
        self._inference = Inference("unknown")
        self._events: list[Event] | None = None
        self._sentences: list[tuple[int, int]] | None = None

    def __repr__(self) -> str:
        head = self.text[:40].replace("\n", " ")
        return f"Document(id={self.id!r}, {len(self.text):,} chars, {head!r}…)"

    # -- results -----------------------------------------------------------------------

    @property
    def mentions(self) -> list[Mention]:
        """Every temporal expression, in text order, resolved."""
        if self._mentions is None:
            self._mentions = self._run()
        return list(self._mentions)

    @property
    def published(self) -> Anchor | None:
        """The publication anchor used: given, found in a dateline, inferred, or None."""
        if self._mentions is None:
            self._mentions = self._run()
        return self._published

    @property
    def inference(self) -> Inference:
        """How the publication date was established (see :class:`Inference`)."""
        if self._mentions is None:
            self._mentions = self._run()
        return self._inference

    @property
    def events(self) -> list[Event]:
        """One Event per dated mention of an event time (citations, lengths and sets excluded)."""
        if self._events is None:
            mentions = self.mentions
            events = []
            for i, m in enumerate(mentions):
                if m.role is Role.EVENT_TIME and m.span is not None and not m.timex.value.endswith("_REF"):
                    # the previous mention's end, when it stands in the same sentence, bounds the label
                    previous = mentions[i - 1].end if i else None
                    events.append(self._event(m, previous))
            self._events = events  # "now" dates no event
        return list(self._events)

    def timeline(self) -> Timeline:
        """The document's events as a :class:`~chronology.Timeline` with its publication date."""
        from chronology.timeline import Timeline

        return Timeline(self.events, published=self.published)

    def sentence_of(self, mention: Mention) -> str:
        """The sentence a mention stands in."""
        bounds = mention.sentence or (mention.start, mention.end)
        return self.text[bounds[0]:bounds[1]]

    # -- the pipeline --------------------------------------------------------------------

    def _run(self) -> list[Mention]:
        text = self.text
        if not text.strip():
            self._published = self._given
            if self._given is not None:
                self._inference = Inference("given")
            return []
        chart = analyse(text, self.language)
        self._sentences = sentences(text)
        found = list(self._find(chart))
        anchor = self._establish(found)
        mentions = self._resolve_all(found, anchor)
        if self._given is not None:
            self._check_given(mentions, {f.start for f in found if f.tense == "past"})
        return mentions

    def _find(self, chart: Chart) -> Iterator[_Found]:
        lexicon = load_lexicon(self.language)
        future = lexicon.words("future_marker") if "future_marker" in lexicon.class_names else {}
        tokens = chart.tokens
        text = self.text
        parens = _paren_spans(text)
        default = self.options.prefer.value
        for item in chart.select():
            item = _trim_verb_last(chart, _trim_bound(chart, item))
            last = item.end
            while last - 1 > item.start and tokens[last - 1].kind == "punct" and tokens[last - 1].text in ",;:":
                last -= 1  # "November 5, 6 and 7," ends at the 7
            start, end = tokens[item.start].start, tokens[last - 1].end
            expr = item.value
            if _not_a_time(tokens, item):
                continue
            if (isinstance(expr, Offset) and expr.sign > 0 and not expr.narrative and expr.base is None
                    and item.end < len(tokens) and tokens[item.end].text == "of"
                    and tokens[item.start].text == "in"):
                # "ended in a week of fighting": a length of time, not a week from now
                expr = Duration(expr.amount, expr.unit)
                start = tokens[item.start + 1].start
            if (isinstance(expr, Relative) and expr.narrative and expr.offset == 0 and expr.unit == Granularity.YEAR
                    and item.end < len(tokens) and tokens[item.end].text in ("ended", "ending", "ends", "to")):
                expr = Duration(Quantity.exact(1), Granularity.YEAR)  # "for the year ended Sept. 30"
            if isinstance(expr, Recurrence):
                role = Role.SET
            elif isinstance(expr, Duration) or (isinstance(expr, (Approx, Bound)) and _unplaced(expr)):
                role = Role.DURATION
            else:
                role = Role.EVENT_TIME
            if role is Role.EVENT_TIME and _in_citation(text, parens, start, end, lexicon):
                role = Role.CITATION
            tense = prefer = _tense(tokens, item.start, item.end, future)
            if _quarter_like(expr):
                prefer = "past"  # "third-quarter profit": the latest such quarter, whatever the tense
            elif prefer is None:
                # no tense in sight: a month or date without a year is the one nearest the
                # anchor (news convention); a bare weekday follows the default (past)
                prefer = "recent" if _month_like(expr) else default
            yield _Found(start, end, expr, role, prefer, item.start, tense)

    def _establish(self, found: list[_Found]) -> Anchor | None:
        if self._given is not None:
            self._published = self._given
            self._inference = Inference("given")
            return self._given
        text = self.text
        first_line_end = text.find("\n", 0, DATELINE_CHARS)
        limit = first_line_end if first_line_end > 0 else DATELINE_CHARS
        for f in found:
            if f.start >= limit:
                break
            if (_is_full_date(f.expr) or (isinstance(f.expr, Clock) and f.expr.base is not None
                                          and _is_full_date(f.expr.base))) and (
                    f.role is not Role.CITATION and _dateline_ends(text, f.end)):
                span = _resolve(f.expr, Anchor.at("2000-01-01"), self.options, None, f.prefer)
                anchor = Anchor._trusted_anchor(Span.of(span.likely.start, Granularity.DAY), "dateline")
                f.role = Role.DATELINE
                self._published = anchor
                self._inference = Inference("dateline", text[f.start:f.end])
                return anchor
        # the latest explicit date narrated in the past tense; failing any, the latest one not
        # in the future tense ("the deadline is December 1, 1999" is not evidence when the
        # text narrates "left on November 5, 1999")
        best: dict[bool, tuple[Span, str]] = {}
        for f in found:
            if f.role is not Role.EVENT_TIME or f.prefer == "future" or not _is_explicit(f.expr):
                continue
            try:
                span = _resolve(f.expr, Anchor.at("2000-01-01"), self.options, None, f.prefer)
            except ChronologyError:
                continue
            past = f.tense == "past"
            if past not in best or span.likely.end > best[past][0].likely.end:
                best[past] = (span, text[f.start:f.end])
        latest, evidence = best.get(True) or best.get(False) or (None, "")
        if latest is None:
            self._published = None
            self._inference = Inference("unknown")
            return None
        anchor = after_latest(latest)
        self._published = anchor
        self._inference = Inference("latest narrated date", evidence)
        return anchor

    def _resolve_all(self, found: list[_Found], anchor: Anchor | None) -> list[Mention]:
        text = self.text
        bounds = self._sentences or []
        out: list[Mention] = []
        focus: Mention | None = None
        period_focus: Mention | None = None  # the latest quarter/half: what "a year ago" compares with
        for f in found:
            expr = f.expr
            sentence = sentence_at(bounds, f.start)
            if _unplaced(expr):
                try:
                    timex = timex_of_unplaced(expr) or Timex(TimexType.DURATION, "PX")
                except (ChronologyError, OverflowError):
                    continue  # "every 999…9 weeks": a count no calendar can hold is not a time
                out.append(Mention(f.start, f.end, text[f.start:f.end], None, timex, f.role, anchor,
                                   None, expr, sentence))
                continue
            narrative = _is_narrative(expr)
            use_focus = focus if focus is not None and focus.span is not None else None
            if _is_comparison(expr) and period_focus is not None:
                use_focus = period_focus
            against = anchor
            if narrative and use_focus is not None and use_focus.span is not None and (
                    anchor is None or _earlier_later(expr)):
                # "earlier that month" is the part of the focus's month before the focus, not
                # before the publication date
                against = Anchor._trusted_anchor(use_focus.span, f"mention {use_focus.text!r}")
            if against is None:
                if _is_explicit(expr):
                    against = Anchor.at("2000-01-01")
                else:
                    out.append(Mention(f.start, f.end, text[f.start:f.end], None, _underspecified(expr),
                                       f.role, None, None, expr, sentence))
                    continue
            try:
                span = _resolve(expr, against, self.options,
                                use_focus.span if use_focus is not None else None, f.prefer)
                if f.prefer == "past" and _day_of_month(expr) and against is anchor:
                    # "expire Oct. 31" four days after publication: a day within a month of
                    # the anchor is that one, whatever the verbs around it (but "resumed in
                    # December" or "ended in the winter" in November are the past ones)
                    near = _resolve(expr, against, self.options, None, "nearest")
                    if near.likely.start > span.likely.start and (
                            near.likely.start - against.likely.start).days <= NEAR_DAYS:
                        span = near
            except ChronologyError:
                continue  # a reading the calendar refuses (e.g. a day that does not exist)
            timex = span.timex or _underspecified(expr)
            reported = against
            if narrative and use_focus is not None and use_focus.span is not None:
                reported = _focus_anchor(use_focus)
            m = Mention(f.start, f.end, text[f.start:f.end], span, timex, f.role,
                        reported if not _is_explicit(expr) else None,
                        use_focus if narrative else None, expr, sentence)
            out.append(m)
            if (f.role is Role.EVENT_TIME and timex.type in (TimexType.DATE, TimexType.TIME)
                    and not timex.value.endswith("_REF") and not _is_comparison(expr)):
                focus = m
                if span.granularity in (Granularity.QUARTER, Granularity.HALF) and (
                        anchor is None or span.likely.start <= anchor.likely.start):
                    period_focus = m  # forecasts ("the fourth quarter" ahead) compare with nothing
        return out

    def _check_given(self, mentions: list[Mention], past: set[int]) -> None:
        """Warn when the text narrates, in the past tense, an explicit date after publication."""
        given = self._given
        assert given is not None
        for m in mentions:
            if (m.role is Role.EVENT_TIME and m.span is not None and m.expression is not None
                    and m.start in past and _is_explicit(m.expression)
                    and m.span.likely.start >= given.possible.end):
                warnings.warn(PublicationDateWarning(
                    f"the text narrates {m.text!r} ({m.timex.value}) at offset {m.start}, after the given "
                    f"publication date {given.likely.start.date().isoformat()}"), stacklevel=4)
                return

    def _event(self, m: Mention, previous_end: int | None) -> Event:
        assert m.span is not None
        bounds = m.sentence or (m.start, m.end)
        sentence = self.text[bounds[0]:bounds[1]]
        after = previous_end - bounds[0] if previous_end is not None and previous_end >= bounds[0] else 0
        label = label_for(sentence, m.start - bounds[0], m.end - bounds[0], fallback=m.text,
                          after_offset=after)
        return Event(label=label, span=m.span, provenance=Provenance(
            document_id=self.id, start=m.start, end=m.end, text=m.text, sentence=sentence))


def _dateline_ends(text: str, end: int) -> bool:
    """Whether a date in the first line stands as a dateline: it ends the line or is followed
    by a dash or a bracket ("MOSCOW, Nov. 9, 1999 — …"), not by the rest of a sentence
    ("Rebels left on November 5, 1999. Three days later …" narrates it)."""
    line_end = text.find("\n", end, end + DATELINE_CHARS)
    rest = text[end:line_end if line_end >= 0 else end + DATELINE_CHARS].lstrip(" \t,")
    if rest.startswith("(") and ")" in rest:  # "Nov. 9, 1999 (AP) \u2014"
        rest = rest[rest.index(")") + 1:].lstrip()
    return not rest.strip() or rest.startswith(("\u2014", "\u2013", "-", "|", "/"))


def _focus_anchor(m: Mention) -> Anchor:
    assert m.span is not None
    return Anchor._trusted_anchor(m.span, f"mention {m.text!r} at {m.start}")


@lru_cache(maxsize=1 << 14)
def _resolve(expr: Expr, anchor: Anchor, options: ResolveOptions, focus: Span | None, prefer: str | None) -> Span:
    return resolve_expression(expr, anchor, options, focus=focus, prefer=prefer)


def _tense(tokens: list[Any], start: int, end: int, future: Any) -> str | None:
    """"future" or "past" from the words just before (and after) a mention, else None."""
    lo = max(0, start - TENSE_WINDOW)
    found: str | None = None
    if start > 0 and tokens[start - 1].text == "by":
        return "future"  # "by May", "by the end of the year": a deadline
    for t in tokens[lo:start]:
        if t.kind == "punct" and t.text in ".;!?":
            found = None  # another sentence
            continue
        if t.text in future or t.text == "would":  # "said they would return in the spring"
            found = "future"
        elif t.kind == "word" and (t.text in _PAST_WORDS or (
                len(t.text) > 4 and t.text.endswith("ed") and t.text not in _NOT_PAST)):
            found = "past" if found != "future" else found
    if found is None:
        for t in tokens[end:end + 3]:
            if t.kind == "punct":
                break
            if t.text in ("will", "shall"):
                return "future"
            if t.text in _PAST_WORDS or (t.kind == "word" and len(t.text) > 4 and t.text.endswith("ed")
                                         and t.text not in _NOT_PAST):
                return "past"
    return found


def _season(e: Expr) -> bool:
    while isinstance(e, (Approx, Bound, Part)):
        e = e.expr
    return isinstance(e, Cyclic) and e.unit is Granularity.SEASON


def _earlier_later(e: Expr) -> bool:
    return isinstance(e, Part) and e.part in ("EARLIER", "LATER")


def _quarter_like(e: Expr) -> bool:
    while isinstance(e, (Approx, Bound, Part)):
        e = e.expr
    return isinstance(e, (Cyclic, Period)) and e.unit in (Granularity.QUARTER, Granularity.HALF) and (
        getattr(e, "which", None) is None and getattr(e, "base", None) is None)


def _day_of_month(e: Expr) -> bool:
    """A month and day without a year ("Oct. 31"), possibly hedged or in a list, or a part of
    a month ("early November"): the ones a schedule names days or weeks ahead."""
    if isinstance(e, Part) and e.part in ("START", "MID", "END") and isinstance(e.expr, Cyclic) and (
            e.expr.unit is Granularity.MONTH and e.expr.which is None):
        return True
    while isinstance(e, (Approx, Bound, Part)):
        e = e.expr
    if isinstance(e, (Range, Enumeration)):
        return _day_of_month(e.start if isinstance(e, Range) else e.items[0])
    return isinstance(e, Date) and e.year is None and e.month is not None and e.day is not None


def _month_like(e: Expr) -> bool:
    while isinstance(e, (Approx, Bound, Part)):
        e = e.expr
    if isinstance(e, (Range, Enumeration)):
        first = e.start if isinstance(e, Range) else e.items[0]
        return _month_like(first)
    if isinstance(e, Cyclic):
        return e.unit is not Granularity.DAY and e.which is None
    return isinstance(e, Date) and e.year is None and e.month is not None


_RATE_WORDS = frozenset({"a", "an", "per"})
#: words after a four-digit number that make it a 24-hour clock time ("1800 GMT")
_CLOCK_ZONES = frozenset({"gmt", "utc", "hours", "hrs", "h", "z", "zulu"})
#: words that may follow the noun "the present" ("from 1991 to the present and beyond")
_AFTER_PRESENT = frozenset({"and", "or", "but", "in", "at", "on", "to", "of", "when", "as", "is", "was",
                            "with", "by", "for", "from", "day", "time", "moment", "the", "a", "an",
                            "this", "that", "there", "they", "he", "she", "it", "we", "i", "you"})


def _not_a_time(tokens: list[Any], item: Item) -> bool:
    """Lengths that are ages ("52 years old") or rates ("$1.76 a year", "four flights a week")."""
    expr = item.value
    if _in_a_name(tokens, item):
        return True
    if (isinstance(expr, Date) and expr.month is None and item.end - item.start == 1 and item.end < len(tokens)
            and tokens[item.end].text in _CLOCK_ZONES):
        return True  # "at 1800 GMT": a time of day, not the year 1800
    if isinstance(expr, Ref) and expr.value == "PRESENT_REF":
        # "the present frontier": the adjective (current), not the noun (now)
        after = tokens[item.end] if item.end < len(tokens) else None
        return (tokens[item.start].text == "the" and tokens[item.end - 1].text == "present"
                and after is not None and after.kind == "word" and after.text not in _AFTER_PRESENT)
    if not isinstance(expr, Duration):
        return False
    first = tokens[item.start]
    if expr.unit is Granularity.HOUR and first.kind == "num" and len(first.text) == 4 and first.text.isdigit():
        return True  # "at 0600 hours": a 24-hour clock time, not 600 hours
    if expr.amount.value == int(expr.amount.value) and 1000 <= expr.amount.value <= 2100 and (
            tokens[item.start].kind == "num"):
        return True  # "the 1988 quarter": a year, not 1,988 quarters
    after = tokens[item.end].text if item.end < len(tokens) else ""
    if after in ("old", "-") and (after == "old" or (item.end + 1 < len(tokens)
                                                    and tokens[item.end + 1].text == "old")):
        return True
    if tokens[item.start].text in _RATE_WORDS and item.end - item.start == 2:
        for t in tokens[max(0, item.start - 4):item.start]:
            if t.kind == "num" or t.text in ("$", "%", "percent", "times", "once", "twice"):
                return True
            if t.kind == "word" and t.text.endswith("s") and len(t.text) > 3 and t.text not in ("was", "has"):
                return True  # "four flights a week", "dividends a year"
    return False


def _in_a_name(tokens: list[Any], item: Item) -> bool:
    """A time word inside a capitalised name: "the Fortnight in Review", "the Sunday Times",
    "the Summer Olympics", "the Daily Telegraph" (month names are left to the grammar)."""
    first = item.start + (1 if tokens[item.start].text == "the" else 0)
    if item.end - first != 1:
        return False
    word = tokens[first]
    if word.kind != "word" or not word.cap:
        return False
    before = tokens[first - 1] if first > 0 else None
    expr = item.value
    if isinstance(expr, (Duration, Recurrence)) and before is not None and before.kind == "word":
        return True  # lengths and sets are not capitalised after a word (but after '"' or ':')
    after = tokens[item.end] if item.end < len(tokens) else None
    month = isinstance(expr, Cyclic) and expr.unit is Granularity.MONTH or isinstance(expr, Date)
    return (not month and before is not None and before.text == "the" and after is not None
            and after.kind == "word" and after.cap)


def _trim_bound(chart: Chart, item: Item) -> Item:
    """"since March": TimeML marks "March" (the preposition is a signal), so report the inner time."""
    value = item.value
    if isinstance(value, Bound) and value.mod in BOUND_WORD_MOD:
        for k in (1, 2):
            p = item.start + k
            if p >= item.end:
                break
            for inner in chart.items[p]:
                if inner.end == item.end and inner.value is value.expr:
                    return inner
    return item


#: words after which "last" is the verb ("expected to last two weeks", "will last a year")
_BEFORE_VERB_LAST = frozenset({"to", "will", "would", "could", "can", "may", "might", "should", "must",
                               "shall", "ll", "not", "did", "does", "do", "usually", "often"})


def _trim_verb_last(chart: Chart, item: Item) -> Item:
    """"expected to last a week": the verb "last" and a length, not "the last week"."""
    tokens = chart.tokens
    if (item.end - item.start >= 3 and tokens[item.start].text == "last" and (
            tokens[item.start + 1].text in ("a", "an")
            or (item.start > 0 and tokens[item.start - 1].text in _BEFORE_VERB_LAST))):
        for inner in chart.items[item.start + 1]:
            if inner.end == item.end and isinstance(inner.value, Duration):
                return inner
    return item


def _paren_spans(text: str) -> list[tuple[int, int]]:
    """Top-level (…) spans, found in one pass; an unclosed "(" closes at the paragraph end."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, -1
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
        elif ch == "\n" and depth and text.startswith("\n", i + 1):
            depth = 0
    return spans


def _in_citation(text: str, parens: list[tuple[int, int]], start: int, end: int, lexicon: Any) -> bool:
    """Whether a mention sits in a parenthesised source reference: "(Itar-Tass, November 5-7)"."""
    from bisect import bisect_right

    i = bisect_right(parens, (start, len(text) + 1)) - 1
    if i < 0:
        return False
    a, b = parens[i]
    if not (a < start and end < b):
        return False
    inside = text[a + 1:b - 1]
    words = inside.replace(";", ",").split(",")
    markers = lexicon.words("citation_marker") if "citation_marker" in lexicon.class_names else {}
    head = words[0].strip()
    if head.startswith("according to "):  # "(according to Interfax, November 5)"
        head = head[len("according to "):].lstrip()
    lowered = inside.lower()
    if any(f"{w} " in lowered or lowered.startswith(w) for w in markers):
        return True
    # "Source, date": the part before the first comma is a capitalised name, not a date
    return bool(head) and head[0].isupper() and len(words) >= 2 and len(head) <= 60 and not any(
        ch.isdigit() for ch in head)


def extract(text: str, published: Any = None, *, id: str | None = None,
            options: ResolveOptions | None = None, language: str = "en") -> list[Mention]:
    """Find and resolve every temporal expression in ``text``.

    Args:
        text: the document.
        published: its publication date (see :class:`Document`); ``None`` to infer it.

    Returns:
        Mentions in text order, non-overlapping, with ``text[m.start:m.end] == m.text``.

    Raises:
        ChronologyError: ``published`` is not a date (InvalidAnchor), or ``text`` is not a str.

    >>> [(m.text, m.timex.value) for m in extract("He left in August of this year.", published="1999-11-09")]
    [('August of this year', '1999-08')]
    """
    return Document(text, published, id=id, options=options, language=language).mentions
