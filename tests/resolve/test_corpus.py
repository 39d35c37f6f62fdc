"""Every case of the example corpus (chronology/lang/en/corpus/*.toml) resolves as worked out
by hand; the committed docs/expressions.md is exactly what the corpus generates."""

from __future__ import annotations

from pathlib import Path

import pytest

import chronology
from chronology import Interval, NoPlaceInTime, ResolutionError
from chronology.corpus import CATEGORIES, Case, load_corpus, markdown
from chronology.resolve import parse
from chronology.resolve.to_timex import timex_of_unplaced

CASES = load_corpus("en")
ERRORS = {"ResolutionError": ResolutionError, "NoPlaceInTime": NoPlaceInTime}
DOCS = Path(__file__).resolve().parents[2] / "docs" / "expressions.md"


def _params() -> list[object]:
    out = []
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


def _timex_tuple(timex: chronology.Timex | None) -> tuple[str, str, str | None] | None:
    if timex is None:
        return None
    return timex.type.value, timex.value, timex.mod.value if timex.mod is not None else None


@pytest.mark.parametrize("case", _params())
def test_case(case: Case) -> None:
    if case.error is not None:
        with pytest.raises(ERRORS[case.error]) as info:
            chronology.resolve(case.text, **case.resolve_kwargs())
        if case.error == "ResolutionError":
            assert not isinstance(info.value, NoPlaceInTime), "expected a plain ResolutionError"
        if case.timex is not None:
            assert _timex_tuple(timex_of_unplaced(parse(case.text))) == case.timex_parts
        return
    span = chronology.resolve(case.text, **case.resolve_kwargs())
    assert case.likely is not None
    got = {"likely": span.likely, "possible": span.possible}
    want = {"likely": Interval(*case.likely), "possible": Interval(*case.expected_possible)}  # type: ignore[misc]
    assert got == want
    if case.granularity is not None:
        assert span.granularity.value == case.granularity
    if case.timex is not None:
        assert _timex_tuple(span.timex) == case.timex_parts
    if case.parts:
        assert span.parts == tuple(Interval(*p) for p in case.parts)
        if case.parts_mode is not None:
            assert span.parts_mode.value == case.parts_mode
    else:
        assert span.parts == ()


def test_corpus_size() -> None:
    per_category = {c: sum(1 for x in CASES if x.category == c) for c in CATEGORIES}
    assert len(CASES) >= 300
    assert all(n >= 10 for n in per_category.values()), per_category


def test_docs_match_the_corpus() -> None:
    assert DOCS.read_text("utf-8") == markdown("en"), (
        "docs/expressions.md is stale: run python -m chronology.corpus --markdown > docs/expressions.md")


def test_command_line_prints_the_docs(capsys: pytest.CaptureFixture[str]) -> None:
    from chronology.corpus import _main

    assert _main(["--markdown"]) == 0
    assert capsys.readouterr().out == DOCS.read_text("utf-8")
    assert _main([]) == 2
