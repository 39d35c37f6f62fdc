"""Scoring and TimeML reading of benchmarks/tempeval.py, on hand-made documents.

benchmarks/ is not a package, so the script is loaded from its path.
"""

from __future__ import annotations

import enum
import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "tempeval.py"


def _load() -> ModuleType:
    name = "chronology_benchmarks_tempeval"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


bench = _load()
T = bench.Timex3


def score(gold: list, system: list):  # type: ignore[no-untyped-def]
    result = bench.score_document(gold, system)
    return result, bench.metrics(result.counts)


def test_exact_span_counts_as_strict_and_relaxed() -> None:
    result, m = score([T(0, 10, "DATE", "1998-01-08")], [T(0, 10, "DATE", "1998-01-08")])
    assert (result.counts.strict, result.counts.relaxed) == (1, 1)
    assert m["strict_f1"] == m["relaxed_f1"] == m["value_f1"] == 1.0


def test_overlap_is_relaxed_only() -> None:
    # gold "the third quarter", system "third quarter"
    result, m = score([T(10, 27, "DATE", "1998-Q3")], [T(14, 27, "DATE", "1998-Q3")])
    assert result.counts.strict == 0 and result.counts.relaxed == 1
    assert m["strict_f1"] == 0.0 and m["relaxed_f1"] == 1.0 and m["value_acc"] == 1.0


def test_touching_spans_do_not_overlap() -> None:
    result, m = score([T(0, 5, "DATE", "1998")], [T(5, 9, "DATE", "1998")])
    assert result.counts.relaxed == 0
    assert result.missed == [T(0, 5, "DATE", "1998")] and len(result.spurious) == 1
    assert m["relaxed_f1"] == 0.0 and m["value_acc"] == 0.0


def test_relaxed_pairs_are_one_to_one() -> None:
    gold = [T(0, 20, "DATE", "1998-01-08")]
    system = [T(0, 8, "DATE", "1998-01-08"), T(10, 20, "DATE", "1998-01-08")]
    result, m = score(gold, system)
    assert result.counts.relaxed == 1 and len(result.spurious) == 1
    assert m["relaxed_p"] == 0.5 and m["relaxed_r"] == 1.0


def test_relaxed_matching_is_maximum_not_greedy() -> None:
    # The long system span overlaps both gold spans and overlaps G1 most; a greedy pairing
    # would give it to G1 and leave G2 unmatched. The maximum pairing matches both.
    gold = [T(0, 10, "DURATION", "P3M"), T(12, 20, "DATE", "1998")]
    system = [T(5, 15, "DATE", "1998"), T(0, 4, "DURATION", "P3M")]
    result, m = score(gold, system)
    assert result.counts.relaxed == 2 and m["relaxed_f1"] == 1.0
    assert m["value_acc"] == 1.0 and m["type_acc"] == 1.0


def test_exact_partner_is_preferred() -> None:
    gold = [T(0, 10, "DATE", "1998-W05")]
    system = [T(2, 12, "DATE", "XXXX"), T(0, 10, "DATE", "1998-W05")]
    result, _ = score(gold, system)
    assert result.pairs == [(gold[0], system[1])]


def test_value_f1_is_relaxed_f1_times_value_accuracy() -> None:
    gold = [T(0, 5, "DATE", "1998"), T(10, 15, "DATE", "1998-01"),
            T(20, 25, "DURATION", "P3M"), T(30, 35, "DATE", "PRESENT_REF")]
    system = [T(0, 5, "DATE", "1998"),                # strict, right value
              T(11, 15, "DATE", "1998-02"),           # relaxed, wrong value
              T(20, 27, "DURATION", " p3m "),         # relaxed, value equal after strip/upper
              T(50, 55, "DATE", "1998-01-08")]        # spurious
    result, m = score(gold, system)
    c = result.counts
    assert (c.gold, c.system, c.strict, c.relaxed, c.value_ok) == (4, 4, 1, 3, 2)
    assert m["relaxed_p"] == pytest.approx(3 / 4) and m["relaxed_r"] == pytest.approx(3 / 4)
    assert m["relaxed_f1"] == pytest.approx(0.75)
    assert m["value_acc"] == pytest.approx(2 / 3)
    assert m["value_f1"] == pytest.approx(0.75 * 2 / 3)
    assert m["strict_f1"] == pytest.approx(0.25)
    assert [(g.value, s.value) for g, s in result.value_errors] == [("1998-01", "1998-02")]
    assert result.missed == [gold[3]] and result.spurious == [system[3]]


def test_type_accuracy_and_breakdown() -> None:
    gold = [T(0, 5, "DURATION", "P1W"), T(10, 15, "DATE", "1998-W05")]
    system = [T(0, 5, "DATE", "P1W"), T(10, 15, "DATE", "1998-W06")]
    _, m = score(gold, system)
    assert m["type_acc"] == 0.5 and m["value_acc"] == 0.5
    assert m["value_acc_duration_set"] == 1.0 and m["value_acc_date_time"] == 0.0


def test_repeated_system_annotation_counts_once() -> None:
    gold = [T(0, 5, "DATE", "1998")]
    result, m = score(gold, [T(0, 5, "DATE", "1998"), T(0, 5, "DATE", "1998")])
    assert result.counts.system == 1 and m["strict_p"] == 1.0


def test_counts_are_summed_before_dividing() -> None:
    a = bench.score_document([T(0, 5, "DATE", "1998")], [T(0, 5, "DATE", "1998")]).counts
    b = bench.score_document([T(0, 5, "DATE", "1998"), T(9, 12, "SET", "P1D")], []).counts
    total = bench.Counts()
    total += a
    total += b
    m = bench.metrics(total)
    assert m["relaxed_p"] == 1.0 and m["relaxed_r"] == pytest.approx(1 / 3)


def test_empty_document_scores_zero_without_dividing_by_zero() -> None:
    m = bench.metrics(bench.score_document([], []).counts)
    assert m["relaxed_f1"] == 0.0 and m["value_f1"] == 0.0


TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>XYZ19980108.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08T10:30:00" temporalFunction="false" \
functionInDocument="CREATION_TIME">01/08/1998 10:30:00</TIMEX3></DCT>
<TITLE>Not <TIMEX3 tid="t9" type="DATE" value="1998">1998</TIMEX3> text</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07" \
temporalFunction="true">Wednesday</TIMEX3> that profits <EVENT eid="e2">rose</EVENT> in \
<TIMEX3 tid="t2" type="DURATION" value="P3M" mod="APPROX">about three months</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"""


def test_parse_timeml_text_offsets_and_dct() -> None:
    doc = bench.parse_timeml(TML, "XYZ.tml")
    assert doc.doc_id == "XYZ19980108.0001"
    assert doc.dct == "1998-01-08T10:30:00" and doc.published == date(1998, 1, 8)
    assert doc.text == "\nAT&T said Wednesday that profits rose in about three months.\n"
    assert [(doc.text[t.start:t.end], t.type, t.value, t.mod) for t in doc.gold] == [
        ("Wednesday", "DATE", "1998-01-07", ""),
        ("about three months", "DURATION", "P3M", "APPROX"),
    ]


def test_split_is_deterministic_and_roughly_80_20() -> None:
    names = [f"doc{i:04d}.tml" for i in range(1000)]
    parts = [bench.split_of(n) for n in names]
    assert parts == [bench.split_of(n) for n in names]
    assert set(parts) == {"dev", "heldout"}
    assert 150 <= parts.count("heldout") <= 250
    assert all(bench.split_of(n, 0) == "dev" for n in names[:50])


class _Kind(enum.Enum):
    DATE = "DATE"
    DURATION = "DURATION"


def test_chronology_mentions_are_converted_and_scored() -> None:
    """A fake chronology honouring the extract(text, published=date) contract."""
    doc = bench.parse_timeml(TML, "XYZ.tml")

    def fake_extract(text: str, published: date) -> list:  # type: ignore[type-arg]
        assert published == date(1998, 1, 8)
        at = text.index("Wednesday")
        return [
            SimpleNamespace(start=at, end=at + 9, text="Wednesday",
                            timex=SimpleNamespace(type=_Kind.DATE, value="1998-01-07", mod=None)),
            SimpleNamespace(start=text.index("three"), end=text.index("months") + 6, text="three months",
                            timex=SimpleNamespace(type=_Kind.DURATION, value="P3M", mod="APPROX")),
            SimpleNamespace(start=0, end=10 ** 6, text="?", timex=SimpleNamespace(
                type="DATE", value="X", mod=None)),  # bad offsets: dropped, noted
        ]

    system = bench.Chronology()
    system.module = SimpleNamespace(extract=fake_extract, __file__="fake/chronology/__init__.py")
    system.start = lambda: None  # type: ignore[method-assign]
    run = bench.run_system(system, [doc])
    assert run.available and len(run.docs) == 1 and not run.docs[0].error
    assert [(t.type, t.value, t.mod) for t in run.docs[0].output] == [
        ("DATE", "1998-01-07", ""), ("DURATION", "P3M", "APPROX")]
    m = bench.metrics(run.docs[0].score.counts)
    assert m["strict_f1"] == 0.5 and m["relaxed_f1"] == 1.0 and m["value_f1"] == 1.0
    assert run.notes == {"mentions with invalid offsets (dropped)": 1}
    summary = bench.summarise(run.docs)
    assert summary.docs == 1 and summary.chars == len(doc.text) and summary.seconds >= 0
