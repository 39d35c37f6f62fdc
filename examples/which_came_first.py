"""Which came first? Order the events of the bundled report, saying how sure each step is.

An analyst reading a report wants the sequence, and to know which steps of it the text
settles and which it only suggests. This script extracts the events of examples/report.txt,
sorts them by their likely time, and for each neighbouring pair prints how firmly the first
precedes the second (chronology.compare): certainly, likely, or only possibly, with the
probability that weighs the fuzzy edges of each time.

Run:  python examples/which_came_first.py [report.txt] [--published 1999-11-09]
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

import chronology
from chronology import Certainty

HERE = Path(__file__).resolve().parent

WORDS = {Certainty.CERTAIN: "certainly then", Certainty.LIKELY: "likely then",
         Certainty.POSSIBLE: "perhaps then", Certainty.IMPOSSIBLE: "NOT after that:"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("report", nargs="?", type=Path, default=HERE / "report.txt")
    ap.add_argument("--published", default="1999-11-09", help="the report's publication date")
    args = ap.parse_args(argv)

    doc = chronology.Document(args.report.read_text("utf-8"), published=args.published, id=args.report.name)
    events = list(doc.timeline().sorted())
    print(f"{args.report.name}: {len(events)} events, published {args.published}")
    if not events:
        return 0
    print(f"  {'first':<21}  {_line(events[0])}")
    for earlier, later in itertools.pairwise(events):
        c = chronology.compare(earlier, later)
        print(f"  {WORDS[c.before]:<15} {c.p_before:5.0%}  {_line(later)}")
    return 0


def _line(event: chronology.Event) -> str:
    label = event.label if len(event.label) <= 60 else event.label[:59] + "…"
    return f"{label}  [{event.provenance.text}]" if event.provenance else label


if __name__ == "__main__":
    raise SystemExit(main())
