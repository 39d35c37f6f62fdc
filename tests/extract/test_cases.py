"""The extraction corpus (cases.toml): short hand-written news texts and every mention in them.

Each case lists *all* the mentions expected, in text order; a mention's offsets are found by
searching its text after the previous mention's end, and ``start``/``end`` must match
exactly. ``likely``/``possible`` are ``[start, end)`` ISO instants (UTC); ``role`` defaults
to "event-time"; ``focus`` names the mention a narrative expression hangs from, and a
mention without ``focus`` must hang from none. A case with ``xfail = "reason"`` records a
known gap and must fail (strict).
"""

from __future__ import annotations

import tomllib
import warnings
from pathlib import Path
from typing import Any

import pytest

import chronology
from chronology import Document, Role
from chronology.model.interval import Interval

CASES_FILE = Path(__file__).with_name("cases.toml")
CASES: list[dict[str, Any]] = tomllib.loads(CASES_FILE.read_text(encoding="utf-8"))["case"]


def _params() -> list[Any]:
    out = []
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        out.append(pytest.param(case, id=case["name"], marks=marks))
    return out


def _interval(pair: list[str]) -> Interval:
    return Interval(pair[0], pair[1])


def _locate(text: str, wording: str, cursor: int, case: str) -> tuple[int, int]:
    start = text.find(wording, cursor)
    assert start >= 0, f"{case}: expected mention {wording!r} is not in the text after offset {cursor}"
    return start, start + len(wording)


def _document(case: dict[str, Any]) -> Document:
    with warnings.catch_warnings():
        # contradictions are tested in test_document.py; a case may narrate a forecast
        warnings.simplefilter("ignore", chronology.PublicationDateWarning)
        doc = Document(case["text"], published=case.get("published"), id=case["name"])
        doc.mentions  # noqa: B018 - computed once, under the filter
    return doc


def test_corpus_is_large_and_unique() -> None:
    """The corpus holds at least 40 texts with distinct names."""
    names = [c["name"] for c in CASES]
    assert len(CASES) >= 40
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, Any]) -> None:
    """Every expected mention is found with its exact offsets, value, spans, role and focus,
    and nothing else is found."""
    name, text = case["name"], case["text"]
    doc = _document(case)
    got = doc.mentions
    expected = case.get("mentions", [])
    summary = [(m.text, m.start, str(m.timex)) for m in got]
    assert len(got) == len(expected), f"{name}: expected {[e['text'] for e in expected]}, got {summary}"
    cursor = 0
    for m, e in zip(got, expected):
        start, end = _locate(text, e["text"], cursor, name)
        cursor = end
        where = f"{name}: {e['text']!r}"
        assert (m.start, m.end, m.text) == (start, end, e["text"]), f"{where}: got {m!r}"
        assert text[m.start:m.end] == m.text
        kind, _, rest = e["timex"].partition(" ")
        value, _, mod = rest.partition(" ")
        assert m.timex.type.value == kind, f"{where}: type {m.timex.type.value}"
        assert m.timex.value == value, f"{where}: value {m.timex.value}"
        assert (m.timex.mod.value if m.timex.mod is not None else "") == mod, f"{where}: mod {m.timex.mod}"
        assert m.role is Role(e.get("role", "event-time")), f"{where}: role {m.role.value}"
        if "likely" in e:
            assert m.span is not None, f"{where}: no span"
            assert m.span.likely == _interval(e["likely"]), f"{where}: likely {m.span.likely}"
        if "possible" in e:
            assert m.span is not None, f"{where}: no span"
            assert m.span.possible == _interval(e["possible"]), f"{where}: possible {m.span.possible}"
        if "parts" in e:
            assert m.span is not None
            assert list(m.span.parts) == [_interval(p) for p in e["parts"]], f"{where}: parts {m.span.parts}"
        if e.get("role") in ("duration", "set") and "likely" not in e:
            assert m.span is None, f"{where}: a bare length or set has no place in time"
        if "focus" in e:
            assert m.focus is not None, f"{where}: no focus"
            assert m.focus.text == e["focus"], f"{where}: focus {m.focus.text!r}"
            assert m.anchor is not None and e["focus"] in m.anchor.source, f"{where}: anchor {m.anchor!r}"
        else:
            assert m.focus is None, f"{where}: unexpected focus {m.focus.text!r}"

    # events come only from dated event-time mentions (never citations, lengths or sets, nor
    # the vague PAST_REF/PRESENT_REF/FUTURE_REF, which date nothing)
    event_texts = [ev.provenance.text for ev in doc.events if ev.provenance is not None]
    assert event_texts == [m.text for m in got if m.role is Role.EVENT_TIME and m.span is not None
                           and not m.timex.value.endswith("_REF")]

    if "inference" in case:
        assert doc.inference.how == case["inference"], f"{name}: inference {doc.inference}"
    if "evidence" in case:
        assert doc.inference.evidence == case["evidence"]
    if "published_likely" in case:
        assert doc.published is not None
        assert doc.published.likely == _interval(case["published_likely"]), f"{name}: {doc.published!r}"
    if "published_possible" in case:
        assert doc.published is not None
        assert doc.published.possible == _interval(case["published_possible"]), f"{name}: {doc.published!r}"
    if case.get("inference") == "unknown":
        assert doc.published is None
