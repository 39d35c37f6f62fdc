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
    Approx,
    Bound,
    Clock,
    Date,
    Duration,
    Expr,
    Offset,
    Quantity,
    Recurrence,
    Relative,
)
from chronology.extract.citations import in_citation, paren_spans
from chronology.extract.either_day import either_day, without_weekday
from chronology.extract.filters import not_a_time, trim_article, trim_bound, trim_verb_last, widen_article
from chronology.extract.kinds import (
    is_comparison,
    is_day_of_month,
    is_earlier_later,
    is_explicit,
    is_full_date,
    is_month_like,
    is_narrative,
    is_quarter_like,
    is_unplaced,
    underspecified_timex,
)
from chronology.extract.labels import label_for
from chronology.extract.mention import Mention, Role
from chronology.extract.published import DATELINE_CHARS, Inference, after_latest
from chronology.extract.sentences import sentence_at, sentences
from chronology.extract.tense import past_verb_before, tense_near
from chronology.grammar.lexicon import load_lexicon
from chronology.grammar.matcher import Chart, analyse
from chronology.model.anchor import Anchor, to_anchor
from chronology.model.event import Event, Provenance
from chronology.model.granularity import Granularity
from chronology.model.span import Span
from chronology.model.timex import Timex, TimexType
from chronology.options import DEFAULT_OPTIONS, ResolveOptions
from chronology.resolve import calendar as cal
from chronology.resolve import resolve_expression
from chronology.resolve.to_timex import timex_of_unplaced

if TYPE_CHECKING:  # pragma: no cover
    from chronology.timeline import Timeline

__all__ = ["Document", "extract"]

#: a month or date without a year this close after the anchor is read as that one
NEAR_DAYS = 31


class _Found:
    """A chosen chart item on its way to becoming a Mention."""

    __slots__ = ("end", "expr", "past_verb", "prefer", "role", "start", "tense", "tok_start")

    def __init__(self, start: int, end: int, expr: Expr, role: Role, prefer: str | None, tok_start: int,
                 tense: str | None = None, past_verb: bool = False) -> None:
        self.start, self.end, self.expr, self.role, self.prefer, self.tok_start, self.tense = (
            start, end, expr, role, prefer, tok_start, tense)
        self.past_verb = past_verb  # a past verb right before it ("closed on December 25")


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

    __slots__ = (
        "_events",
        "_given",
        "_inference",
        "_mentions",
        "_published",
        "_sentences",
        "id",
        "language",
        "options",
        "text",
    )

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
        tokens = chart.tokens
        text = self.text
        parens = paren_spans(text)
        default = self.options.prefer.value
        linking = lexicon.word_set("tense_link")
        last_tense: str | None = None
        last_end = -1  # the token after the last mention
        for item in chart.select():
            item = trim_verb_last(chart, trim_bound(chart, item), lexicon)
            if not_a_time(tokens, item, lexicon):
                continue  # judged on the words the grammar matched, before the extent is set
            item = trim_article(chart, widen_article(chart, item, lexicon), lexicon)
            last = item.end
            while last - 1 > item.start and tokens[last - 1].kind == "punct" and tokens[last - 1].text in ",;:":
                last -= 1  # "November 5, 6 and 7," ends at the 7
            start, end = tokens[item.start].start, tokens[last - 1].end
            expr = item.value
            tense = tense_near(tokens, item.start, item.end, lexicon)
            if tense is None and last_tense is not None and 0 <= last_end <= item.start and all(
                    t.text in linking or t.text == "," for t in tokens[last_end:item.start]):
                # "will meet on Oct. 17 and again in the week of Nov. 12": a time joined to the
                # one before by linking words only shares its clause, and so its tense
                tense = last_tense
            last_tense, last_end = tense, item.end
            if tokens[item.start].text == "in" and _from_now(expr):
                start = tokens[item.start + 1].start  # "in" is a signal, as TimeML marks it
                if tense == "past" or (item.end < len(tokens) and tokens[item.end].text == "of"):
                    # "responded in less than an hour", "ended in a week of fighting": a
                    # length, not "an hour from now"
                    expr = _as_length(expr)
            if (isinstance(expr, Relative) and expr.narrative and expr.offset == 0 and expr.unit == Granularity.YEAR
                    and item.end < len(tokens) and tokens[item.end].text in ("ended", "ending", "ends", "to")):
                expr = Duration(Quantity.exact(1), Granularity.YEAR)  # "for the year ended Sept. 30"
            if isinstance(expr, Recurrence):
                role = Role.SET
            elif isinstance(expr, Duration) or (isinstance(expr, (Approx, Bound)) and is_unplaced(expr)):
                role = Role.DURATION
            else:
                role = Role.EVENT_TIME
            if role is Role.EVENT_TIME and in_citation(text, parens, start, end, lexicon):
                role = Role.CITATION
            prefer = tense
            if is_quarter_like(expr):
                prefer = "past"  # "third-quarter profit": the latest such quarter, whatever the tense
            elif prefer is None:
                # no tense in sight: a month or date without a year is the one nearest the
                # anchor (news convention); a bare weekday follows the default (past)
                prefer = "recent" if is_month_like(expr) else default
            past_verb = tense == "past" and past_verb_before(tokens, item.start, lexicon)
            yield _Found(start, end, expr, role, prefer, item.start, tense, past_verb)

    def _establish(self, found: list[_Found]) -> Anchor | None:
        if self._given is not None:
            self._published = self._given
            self._inference = Inference("given")
            return self._given
        text = self.text
        first_line_end = text.find("\n", 0, DATELINE_CHARS)
        limit = first_line_end if first_line_end > 0 else DATELINE_CHARS
        month_day: _Found | None = None  # "KESSAR, Nov. 9 (Wire) --": a dateline without its year
        for f in found:
            if f.start >= limit:
                break
            if f.role is Role.CITATION or not _dateline_ends(text, f.end):
                continue
            if is_full_date(f.expr) or (isinstance(f.expr, Clock) and f.expr.base is not None
                                        and is_full_date(f.expr.base)):
                try:
                    span = _resolve(f.expr, Anchor.at("2000-01-01"), self.options, None, f.prefer)
                except ChronologyError:
                    continue  # "Tuesday, Nov. 10, 1999" (a Wednesday): which day it dates, it does not say
                anchor = Anchor._trusted_anchor(Span.of(span.likely.start, Granularity.DAY), "dateline")
                f.role = Role.DATELINE
                self._published = anchor
                self._inference = Inference("dateline", text[f.start:f.end])
                return anchor
            if month_day is None and _month_and_day(f.expr) is not None:
                month_day = f
        # the latest explicit date narrated in the past tense; failing any, the latest one not
        # in the future tense ("the deadline is December 1, 1999" is not evidence when the
        # text narrates "left on November 5, 1999")
        best: dict[bool, tuple[Span, str]] = {}
        for f in found:
            if f.role is not Role.EVENT_TIME or f.prefer == "future" or not is_explicit(f.expr):
                continue
            try:
                span = _resolve(f.expr, Anchor.at("2000-01-01"), self.options, None, f.prefer)
            except ChronologyError:
                continue
            past = f.tense == "past"
            if past not in best or span.likely.end > best[past][0].likely.end:
                best[past] = (span, text[f.start:f.end])
        latest, evidence = best.get(True) or best.get(False) or (None, "")
        if month_day is not None:
            month_day.role = Role.DATELINE
        if latest is None:
            self._published = None
            self._inference = Inference("unknown")
            return None
        if month_day is not None:
            dated = _dateline_year(month_day.expr, latest)
            if dated is not None:
                self._published = dated
                self._inference = Inference("dateline, year from the latest narrated date",
                                            f"{text[month_day.start:month_day.end]}; {evidence}")
                return dated
        anchor = after_latest(latest)
        self._published = anchor
        self._inference = Inference("latest narrated date", evidence)
        return anchor

    def _resolve_all(self, found: list[_Found], anchor: Anchor | None) -> list[Mention]:
        text = self.text
        says = load_lexicon(self.language).word_set("says_that")
        bounds = self._sentences or []
        out: list[Mention] = []
        focus: Mention | None = None
        period_focus: Mention | None = None  # the latest quarter/half: what "a year ago" compares with
        for f in found:
            expr = f.expr
            sentence = sentence_at(bounds, f.start)
            if is_unplaced(expr):
                try:
                    timex = timex_of_unplaced(expr) or Timex(TimexType.DURATION, "PX")
                except (ChronologyError, OverflowError):
                    continue  # "every 999…9 weeks": a count no calendar can hold is not a time
                out.append(Mention(f.start, f.end, text[f.start:f.end], None, timex, f.role, anchor,
                                   None, expr, sentence))
                continue
            narrative = is_narrative(expr)
            use_focus = focus if focus is not None and focus.span is not None else None
            if is_comparison(expr) and period_focus is not None:
                use_focus = period_focus
            against = anchor
            if narrative and use_focus is not None and use_focus.span is not None and (
                    anchor is None or is_earlier_later(expr)):
                # "earlier that month" is the part of the focus's month before the focus, not
                # before the publication date
                against = Anchor._trusted_anchor(use_focus.span, f"mention {use_focus.text!r}")
            if against is None:
                if is_explicit(expr):
                    against = Anchor.at("2000-01-01")
                else:
                    out.append(Mention(f.start, f.end, text[f.start:f.end], None, underspecified_timex(expr),
                                       f.role, None, None, expr, sentence))
                    continue
            try:
                span = _resolve_either(expr, against, self.options,
                                       use_focus.span if use_focus is not None else None, f.prefer)
                if f.prefer == "past" and is_day_of_month(expr) and against is anchor and not f.past_verb:
                    # "expire Oct. 31" four days after publication: a day within a month of
                    # the anchor is that one, whatever the verbs around it (but "resumed in
                    # December" or "ended in the winter" in November are the past ones, and
                    # so is "closed on December 25": a past verb right before the day)
                    near = _resolve_either(expr, against, self.options, None, "nearest")
                    if near.likely.start > span.likely.start and (
                            near.likely.start - against.likely.start).days <= NEAR_DAYS:
                        span = near
            except ChronologyError:
                continue  # a reading the calendar refuses (e.g. a day that does not exist)
            timex = span.timex or underspecified_timex(expr)
            reported = against
            if narrative and use_focus is not None and use_focus.span is not None:
                reported = _focus_anchor(use_focus)
            m = Mention(f.start, f.end, text[f.start:f.end], span, timex, f.role,
                        reported if not is_explicit(expr) else None,
                        use_focus if narrative else None, expr, sentence)
            out.append(m)
            if (f.role is Role.EVENT_TIME and timex.type in (TimexType.DATE, TimexType.TIME)
                    and not timex.value.endswith("_REF") and not is_comparison(expr)):
                if span.granularity > Granularity.DAY or not _when_said(text, f.start, says):
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
                    and m.start in past and is_explicit(m.expression)
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


def _when_said(text: str, start: int, says: frozenset[str]) -> bool:
    """Whether the mention at ``start`` dates the telling, not the story ("officials said on
    Tuesday", "told reporters Tuesday"): such a date does not move the story's focus, so the
    times that follow still belong to what was told."""
    words = text[max(0, start - 40):start].lower().split()[-3:]
    words = [w.strip(",;:\"'()") for w in words]
    if words and words[-1] == "on":
        words = words[:-1]
    return bool(words) and (words[-1] in says or (len(words) >= 2 and words[-2] in says))


def _month_and_day(e: Expr) -> tuple[int, int] | None:
    """The month and day of a date written without its year ("Nov. 9"), else None."""
    if isinstance(e, Date) and e.year is None and e.month is not None and e.day is not None and e.nth is None:
        return e.month, e.day
    return None


def _dateline_year(e: Expr, latest: Span) -> Anchor | None:
    """A dateline's month and day in the first year that puts them after the latest date the
    text narrates (a report follows what it tells). The year is inferred, so the next year's
    day stays possible."""
    found = _month_and_day(e)
    if found is None:
        return None
    month, day = found
    tz = latest.likely.end.tzinfo
    assert tz is not None
    for year in range(latest.likely.end.year, latest.likely.end.year + 2):
        start = cal.day(year, month, day, tz)
        if start is not None and start >= Granularity.DAY.floor(latest.likely.end.subtract(microseconds=1)):
            following = cal.day(year + 1, month, day, tz) or cal.day(year + 4, month, day, tz)
            likely = Granularity.DAY.unit(start)
            possible = likely.hull(Granularity.DAY.unit(following)) if following is not None else likely
            return Anchor._trusted_anchor(Span._trusted(likely, possible, Granularity.DAY, possible != likely),
                                          "dateline, year from the latest narrated date")
    return None


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


def _resolve_either(expr: Expr, anchor: Anchor, options: ResolveOptions, focus: Span | None,
                    prefer: str | None) -> Span:
    """:func:`_resolve`, but a date whose weekday contradicts it ("Tuesday, Nov. 10, 1999", a
    Wednesday) is one of two days, the date or the weekday's nearest (see
    :mod:`chronology.extract.either_day`), not a refusal.

    Raises:
        ChronologyError: as :func:`_resolve`, for anything else it refuses.
    """
    try:
        return _resolve(expr, anchor, options, focus, prefer)
    except ResolutionError:
        if without_weekday(expr) is None:
            raise
        either = either_day(expr, lambda e: _resolve(e, anchor, options, focus, prefer))
        return _resolve(either, anchor, options, focus, prefer)


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


def _from_now(e: Expr) -> bool:
    """"in two days", "in about a decade", "in less than an hour": a distance after the anchor."""
    while isinstance(e, (Approx, Bound)):
        e = e.expr
    return isinstance(e, Offset) and e.sign > 0 and not e.narrative and e.base is None


def _as_length(e: Expr) -> Expr:
    """The length inside a distance from now, keeping its hedge or bound."""
    if isinstance(e, Approx):
        return Approx(_as_length(e.expr))
    if isinstance(e, Bound):
        return Bound(_as_length(e.expr), e.mod)
    assert isinstance(e, Offset)
    return Duration(e.amount, e.unit)
