"""Turn the bundled report into an interactive timeline: timeline.html.

Run:  python examples/timeline_from_report.py [REPORT] [--published ISO] [--out FILE]

The bundled report (examples/report.txt) prints no date. The archive it came from says the
issue appeared between 9 and 11 November 1999, so that window is the publication anchor:
every "last month" and "three days later" is resolved against it, and the uncertainty of
the window is carried into every span that depends on it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import chronology
from chronology import Span

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", nargs="?", default=HERE / "report.txt", type=Path)
    parser.add_argument("--published", default=None,
                        help="publication date (ISO; a partial one such as 1999-11 is uncertain); "
                             "default: the archive's window 1999-11-09 .. 1999-11-11")
    parser.add_argument("--out", default="timeline.html", type=Path)
    args = parser.parse_args()

    text = args.report.read_text(encoding="utf-8")
    published = args.published or Span(("1999-11-09", "1999-11-12"))
    doc = chronology.Document(text, published=published, id=args.report.stem)

    print(f"{args.report.name}: {len(doc.mentions)} temporal expressions, {len(doc.events)} events")
    print(f"published: {doc.published.likely} ({doc.inference.how})\n")
    print(f"  {'likely':<24} {'possibly':<24} event  [wording]     (intervals are [start, end): end excluded)")
    for event in doc.timeline().sorted():
        wording = event.provenance.text if event.provenance else ""
        span = event.span
        likely = f"{span.likely.start.date()} .. {span.likely.end.date()}"
        possible = "" if span.possible == span.likely else \
            f"{span.possible.start.date()} .. {span.possible.end.date()}"
        print(f"  {likely:<24} {possible:<24} {event.label}  [{wording}]")
    citations = [m for m in doc.mentions if m.role == "citation"]
    if citations:
        print(f"\n  {len(citations)} dates of cited sources left out: "
              + ", ".join(m.text for m in citations))

    path = doc.timeline().to_html(args.out, title=f"Timeline: {args.report.stem}")
    print(f"\nwrote {Path(path).resolve()}")


if __name__ == "__main__":
    main()
