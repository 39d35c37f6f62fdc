"""The example corpus: temporal expressions with hand-worked resolutions, kept as data.

Each language keeps its examples in ``chronology/lang/<code>/corpus/<category>.toml``, one
file per category. A file holds an optional ``title`` and ``about`` (a sentence for the docs)
and a ``cases`` array of tables with these keys:

- ``text`` (required): the expression;
- ``anchor``: what it is resolved against (an ISO date, datetime or partial date such as
  ``"1999-11"``; default ``"1999-11-09"``);
- ``prefer`` ("past", "future", "nearest") and ``day_first`` (bool): resolution options;
- ``likely = ["start", "end"]``: the expected half-open likely interval (ISO dates or
  datetimes, UTC); ``possible`` defaults to ``likely``;
- ``granularity``: the expected Span granularity;
- ``timex``: the expected TIMEX3 as ``"TYPE value [MOD]"`` (for a duration or set, the
  TIMEX3 of the parse, since it has no place in time);
- ``parts`` (a list of ``[start, end]``) and ``parts_mode`` ("all"/"one") for discontinuous
  times;
- ``error``: ``"ResolutionError"`` or ``"NoPlaceInTime"`` instead of ``likely``;
- ``note``: why the expected value is what it is; ``xfail``: a known bug (the reason).

The corpus is the source of ``docs/expressions.md``::

    python -m chronology.corpus --markdown > docs/expressions.md

>>> cases = load_corpus()
>>> len(cases) > 300
True
>>> case = next(c for c in cases if c.text == "last month" and c.category == "relative")
>>> case.likely, case.timex
(('1999-10-01', '1999-11-01'), 'DATE 1999-10')
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterable
from importlib import resources
from typing import Any

import attrs

from chronology.errors import ChronologyError, RuleError

__all__ = ["CATEGORIES", "DEFAULT_ANCHOR", "Case", "load_corpus", "load_file", "markdown", "parse_file"]

#: the anchor of a case that names none (the seed article's publication date)
DEFAULT_ANCHOR = "1999-11-09"

#: the categories in documentation order (files under ``corpus/``)
CATEGORIES = (
    "seed", "absolute", "calendar_units", "lists_ranges", "relative", "approximate", "bounded",
    "numbers", "forms", "times", "durations_sets", "errors",
)

_KEYS = frozenset({
    "text", "anchor", "prefer", "day_first", "likely", "possible", "granularity", "timex", "parts",
    "parts_mode", "error", "note", "xfail",
})
_ERRORS = frozenset({"ResolutionError", "NoPlaceInTime"})
_PREFER = frozenset({"past", "future", "nearest"})
_TIMEX_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})


def _pair(value: tuple[str, str] | None) -> str:
    return "" if value is None else f"[{value[0]}, {value[1]})"


@attrs.frozen
class Case:
    """One corpus example and its expected resolution."""

    category: str
    index: int
    text: str
    anchor: str = DEFAULT_ANCHOR
    prefer: str | None = None
    day_first: bool | None = None
    likely: tuple[str, str] | None = None
    possible: tuple[str, str] | None = None
    granularity: str | None = None
    timex: str | None = None
    parts: tuple[tuple[str, str], ...] = ()
    parts_mode: str | None = None
    error: str | None = None
    note: str | None = None
    xfail: str | None = None

    @property
    def id(self) -> str:
        """A readable test id: ``relative-012-last month@1999-11-09``."""
        extra = "".join(f",{k}={v}" for k, v in (("prefer", self.prefer), ("day_first", self.day_first))
                        if v is not None)
        return f"{self.category}-{self.index:03d}-{self.text}@{self.anchor}{extra}"

    @property
    def expected_possible(self) -> tuple[str, str] | None:
        """``possible``, defaulting to ``likely``."""
        return self.possible if self.possible is not None else self.likely

    @property
    def timex_parts(self) -> tuple[str, str, str | None] | None:
        """``(type, value, mod)`` of the expected TIMEX3."""
        if self.timex is None:
            return None
        bits = self.timex.split()
        return bits[0], bits[1], bits[2] if len(bits) > 2 else None

    def resolve_kwargs(self) -> dict[str, Any]:
        """The keywords for :func:`chronology.resolve` (anchor and options)."""
        kw: dict[str, Any] = {"anchor": self.anchor}
        if self.prefer is not None:
            kw["prefer"] = self.prefer
        if self.day_first is not None:
            kw["day_first"] = self.day_first
        return kw


def _where(category: str, i: int, raw: Any) -> str:
    text = raw.get("text") if isinstance(raw, dict) else None
    return f"lang corpus {category}.toml, case {i}" + (f" ({text!r})" if text else "")


def _iso(value: Any, where: str, key: str) -> str:
    from chronology.model.coerce import to_datetime

    if not isinstance(value, str):
        raise RuleError(f"{where}: {key} must be ISO 8601 strings, got {value!r}")
    try:
        to_datetime(value)
    except (ChronologyError, ValueError) as exc:
        raise RuleError(f"{where}: {key} holds {value!r}, which is not an ISO 8601 date or datetime") from exc
    return value


def _interval(value: Any, where: str, key: str) -> tuple[str, str]:
    from chronology.model.coerce import to_datetime

    if not (isinstance(value, list) and len(value) == 2):
        raise RuleError(f"{where}: {key} must be [start, end], got {value!r}")
    start, end = (_iso(v, where, key) for v in value)
    if not to_datetime(start) < to_datetime(end):
        raise RuleError(f"{where}: {key} {value!r} does not start before it ends")
    return start, end


def _case(category: str, i: int, raw: Any) -> Case:
    from chronology.model.anchor import Anchor
    from chronology.model.granularity import Granularity

    where = _where(category, i, raw)
    if not isinstance(raw, dict):
        raise RuleError(f"{where}: a case must be a table, got {raw!r}")
    unknown = set(raw) - _KEYS
    if unknown:
        raise RuleError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(_KEYS)}")
    text = raw.get("text")
    if not isinstance(text, str):
        raise RuleError(f"{where}: 'text' must be a string")
    anchor = raw.get("anchor", DEFAULT_ANCHOR)
    if not isinstance(anchor, str):
        raise RuleError(f"{where}: 'anchor' must be an ISO 8601 string, got {anchor!r}")
    try:
        Anchor.at(anchor)
    except ChronologyError as exc:
        raise RuleError(f"{where}: bad anchor: {exc}") from exc
    prefer = raw.get("prefer")
    if prefer is not None and prefer not in _PREFER:
        raise RuleError(f"{where}: prefer must be one of {sorted(_PREFER)}, got {prefer!r}")
    day_first = raw.get("day_first")
    if day_first is not None and not isinstance(day_first, bool):
        raise RuleError(f"{where}: day_first must be true or false, got {day_first!r}")
    error = raw.get("error")
    if error is not None and error not in _ERRORS:
        raise RuleError(f"{where}: error must be one of {sorted(_ERRORS)}, got {error!r}")
    likely = _interval(raw["likely"], where, "likely") if "likely" in raw else None
    possible = _interval(raw["possible"], where, "possible") if "possible" in raw else None
    if (likely is None) == (error is None):
        raise RuleError(f"{where}: a case needs exactly one of 'likely' and 'error'")
    if possible is not None and likely is None:
        raise RuleError(f"{where}: 'possible' needs 'likely'")
    granularity = raw.get("granularity")
    if granularity is not None:
        try:
            Granularity(granularity)
        except ValueError as exc:
            raise RuleError(f"{where}: unknown granularity {granularity!r}") from exc
    timex = raw.get("timex")
    if timex is not None:
        bits = timex.split() if isinstance(timex, str) else []
        if not 2 <= len(bits) <= 3 or bits[0] not in _TIMEX_TYPES:
            raise RuleError(f"{where}: timex must read 'TYPE value [MOD]' with TYPE one of "
                            f"{sorted(_TIMEX_TYPES)}, got {timex!r}")
    raw_parts = raw.get("parts", [])
    if not isinstance(raw_parts, list) or len(raw_parts) == 1:
        raise RuleError(f"{where}: parts must be a list of at least two [start, end] pairs")
    parts = tuple(_interval(p, where, "parts") for p in raw_parts)
    parts_mode = raw.get("parts_mode")
    if parts_mode is not None and (parts_mode not in ("all", "one") or not parts):
        raise RuleError(f"{where}: parts_mode must be 'all' or 'one' and needs parts, got {parts_mode!r}")
    for key in ("note", "xfail"):
        if key in raw and not isinstance(raw[key], str):
            raise RuleError(f"{where}: {key} must be a string")
    return Case(category, i, text, anchor, prefer, day_first, likely, possible, granularity, timex,
                parts, parts_mode, error, raw.get("note"), raw.get("xfail"))


def _read(language: str, category: str) -> str:
    if not language.isidentifier():
        raise RuleError(f"language code must be a plain identifier such as 'en', got {language!r}")
    try:
        return resources.files("chronology.lang").joinpath(language, "corpus", f"{category}.toml").read_text(
            "utf-8")
    except (FileNotFoundError, NotADirectoryError, ModuleNotFoundError) as exc:
        raise RuleError(f"no corpus file {category}.toml for language {language!r}") from exc


def parse_file(source: str, category: str, language: str = "en") -> tuple[dict[str, Any], list[Case]]:
    """The header (title, about) and cases of one corpus file's TOML ``source``.

    Raises:
        RuleError: the TOML is malformed or a case breaks the format (the message names the
            file, the case number and its text).

    >>> parse_file('cases = [{ text = "1997" }]', "absolute")
    Traceback (most recent call last):
    ...
    chronology.RuleError: lang corpus absolute.toml, case 1 ('1997'): a case needs exactly one of 'likely' and 'error'
    """
    where = f"lang/{language}/corpus/{category}.toml"
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{where}: {exc}") from exc
    raw_cases = data.get("cases")
    if not isinstance(raw_cases, list) or not raw_cases:
        raise RuleError(f"{where}: needs a non-empty 'cases' array")
    extra = set(data) - {"title", "about", "cases"}
    if extra:
        raise RuleError(f"{where}: unknown top-level keys {sorted(extra)}")
    cases = [_case(category, i, raw) for i, raw in enumerate(raw_cases, 1)]
    seen: dict[tuple[Any, ...], int] = {}
    for c in cases:
        key = (c.text, c.anchor, c.prefer, c.day_first)
        if key in seen:
            raise RuleError(f"{where}: case {c.index} ({c.text!r}) repeats case {seen[key]}")
        seen[key] = c.index
    return {"title": data.get("title", category), "about": data.get("about", "")}, cases


def load_file(language: str, category: str) -> tuple[dict[str, Any], list[Case]]:
    """The header (title, about) and cases of one corpus file."""
    return parse_file(_read(language, category), category, language)


def load_corpus(language: str = "en") -> list[Case]:
    """Every case of a language's corpus, category by category.

    Raises:
        RuleError: a file is missing or malformed, or a case breaks the format above.
    """
    cases: list[Case] = []
    for category in CATEGORIES:
        cases.extend(load_file(language, category)[1])
    return cases


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    shown = text.replace("\u00a0", "\u2423")  # make a non-breaking space visible
    return f"`{_cell(shown)}`" if "`" not in shown else _cell(shown)


def markdown(language: str = "en") -> str:
    """The corpus as Markdown: one table per category (expression, anchor, likely, possible,
    TIMEX3, and the case's note)."""
    out: list[str] = [
        "# Temporal expressions and their resolutions",
        "",
        ("<!-- Generated by `python -m chronology.corpus --markdown > docs/expressions.md`; "
         "do not edit by hand. -->"),
        "",
        ("Every example below is a case of chronology's test corpus "
         f"(`chronology/lang/{language}/corpus/*.toml`), worked out by hand from the documented "
         "conventions and checked by `tests/resolve/test_corpus.py`. Intervals are half-open "
         "`[start, end)` in UTC; *likely* is where the time almost certainly lies, *possible* "
         "where it could lie at all (shown only when wider). Unless a row says otherwise the "
         f"anchor is {DEFAULT_ANCHOR} (the publication day of the seed article) and underspecified "
         "dates are read in the past (`prefer=\"past\"`). A partial anchor such as `1999-11` is "
         "an uncertain one: some day of that month."),
        "",
    ]
    for category in CATEGORIES:
        header, cases = load_file(language, category)
        out.append(f"## {header['title']}")
        out.append("")
        if header["about"]:
            out.append(" ".join(str(header["about"]).split()))
            out.append("")
        out.append("| expression | anchor | likely | possible | TIMEX3 | note |")
        out.append("|---|---|---|---|---|---|")
        for c in cases:
            anchor = c.anchor
            opts = [f"{k}={v}" for k, v in (("prefer", c.prefer), ("day_first", c.day_first)) if v is not None]
            if opts:
                anchor += " (" + ", ".join(opts) + ")"
            if c.error is not None:
                likely, possible = f"*{c.error}*", ""
            else:
                likely = _pair(c.likely)
                possible = _pair(c.possible) if c.possible is not None and c.possible != c.likely else ""
                if c.parts:
                    joiner = " or " if c.parts_mode == "one" else " + "
                    likely += "<br>parts " + joiner.join(_pair(p) for p in c.parts)
            timex = f"`{c.timex}`" if c.timex else ""
            note = _cell(" ".join(c.note.split())) if c.note else ""
            out.append(f"| {_code(c.text)} | {anchor} | {likely} | {possible} | {timex} | {note} |")
        out.append("")
    return "\n".join(out)


def _main(argv: Iterable[str]) -> int:
    args = list(argv)
    if args not in (["--markdown"], ["--markdown", "--language", "en"]) and not (
            len(args) == 3 and args[0] == "--markdown" and args[1] == "--language"):
        print("usage: python -m chronology.corpus --markdown [--language CODE]", file=sys.stderr)
        return 2
    language = args[2] if len(args) == 3 else "en"
    sys.stdout.write(markdown(language))
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
