"""The corpus loader refuses malformed cases with a RuleError that says what is wrong."""

from __future__ import annotations

import pytest

from chronology import RuleError
from chronology.corpus import Case, load_corpus, load_file, parse_file

GOOD = '{ text = "last month", likely = ["1999-10-01", "1999-11-01"], timex = "DATE 1999-10" }'


def _one(case: str) -> list[Case]:
    return parse_file(f"cases = [{case}]", "relative")[1]


def test_a_good_case() -> None:
    (case,) = _one(GOOD)
    assert case.likely == ("1999-10-01", "1999-11-01")
    assert case.expected_possible == case.likely
    assert case.anchor == "1999-11-09"
    assert case.timex_parts == ("DATE", "1999-10", None)
    assert case.id == "relative-001-last month@1999-11-09"
    with pytest.raises(AttributeError):
        case.text = "x"  # type: ignore[misc]


@pytest.mark.parametrize(("case", "message"), [
    ('{ likely = ["1999-10-01", "1999-11-01"] }', "'text' must be a string"),
    ('{ text = "x" }', "exactly one of 'likely' and 'error'"),
    ('{ text = "x", likely = ["1999-10-01", "1999-11-01"], error = "ResolutionError" }', "exactly one of"),
    ('{ text = "x", likely = ["1999-11-01", "1999-10-01"] }', "does not start before it ends"),
    ('{ text = "x", likely = ["1999-10-01"] }', "must be [start, end]"),
    ('{ text = "x", likely = ["yesterday", "1999-11-01"] }', "not an ISO 8601"),
    ('{ text = "x", likely = ["1999-10-01", "1999-11-01"], possible = ["1999-10-05", "1999-11-01"] }', ""),
    ('{ text = "x", error = "ValueError" }', "error must be one of"),
    ('{ text = "x", error = "ResolutionError", possible = ["1999-10-01", "1999-11-01"] }', "'possible' needs"),
    ('{ text = "x", likely = ["1999-10-01", "1999-11-01"], granularity = "fortnight" }', "unknown granularity"),
    ('{ text = "x", likely = ["1999-10-01", "1999-11-01"], timex = "1999-10" }', "TYPE value [MOD]"),
    ('{ text = "x", likely = ["1999-10-01", "1999-11-01"], timex = "INSTANT 1999-10" }', "TYPE value [MOD]"),
    ('{ text = "x", likely = ["1999-10-01", "1999-11-01"], prefer = "later" }', "prefer must be one of"),
    ('{ text = "x", likely = ["1999-10-01", "1999-11-01"], day_first = "yes" }', "day_first must be"),
    ('{ text = "x", likely = ["1999-10-01", "1999-11-01"], anchor = "someday" }', "bad anchor"),
    ('{ text = "x", likely = ["1999-10-01", "1999-11-01"], anchor = 1999 }', "'anchor' must be"),
    ('{ text = "x", likely = ["1999-10-01", "1999-11-01"], parts = [["1999-10-01", "1999-10-02"]] }',
     "at least two"),
    ('{ text = "x", likely = ["1999-10-01", "1999-11-01"], parts_mode = "one" }', "needs parts"),
    ('{ text = "x", likely = ["1999-10-01", "1999-11-01"], expected = "1999-10" }', "unknown keys ['expected']"),
    ('{ text = "x", likely = ["1999-10-01", "1999-11-01"], note = 5 }', "note must be a string"),
    ('"last month"', "a case must be a table"),
])
def test_malformed_cases(case: str, message: str) -> None:
    if not message:  # a possible interval that does not contain likely is the resolver's business
        assert _one(case)[0].possible == ("1999-10-05", "1999-11-01")
        return
    with pytest.raises(RuleError) as info:
        _one(case)
    assert message in str(info.value)
    assert "relative.toml, case 1" in str(info.value)


@pytest.mark.parametrize(("source", "message"), [
    ("cases = [", "relative.toml"),
    ("title = 'x'", "non-empty 'cases' array"),
    ("cases = []", "non-empty 'cases' array"),
    (f"cases = [{GOOD}]\nextra = 1", "unknown top-level keys ['extra']"),
    (f"cases = [{GOOD}, {GOOD}]", "case 2 ('last month') repeats case 1"),
])
def test_malformed_files(source: str, message: str) -> None:
    with pytest.raises(RuleError, match="relative.toml"):
        parse_file(source, "relative")
    with pytest.raises(RuleError) as info:
        parse_file(source, "relative")
    assert message in str(info.value)


def test_missing_file_and_language() -> None:
    with pytest.raises(RuleError, match="no corpus file"):
        load_file("en", "nonexistent")
    with pytest.raises(RuleError, match="no corpus file"):
        load_corpus("xx")
    with pytest.raises(RuleError, match="plain identifier"):
        load_corpus("../en")
