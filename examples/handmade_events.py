"""Build a few events by hand from approximate times and print them.

Run:  python examples/handmade_events.py
"""

from __future__ import annotations

import pendulum

import chronology
from chronology import Anchor, Event, Granularity, Interval, Span

published = Anchor.at("1999-11-09")

events = [
    # "on November 5, 6 and 7": three whole days, known exactly
    Event("Fighters leave their mountain camps",
          Span.exact(Interval("1999-11-05", "1999-11-08"), Granularity.DAY)),
    # "approximately two years ago": the year 1997, possibly a year either side
    Event("Fighters settle across the border",
          Span.around("1997-11-09", pendulum.duration(years=1), Granularity.YEAR)),
    # "last month": October 1999
    Event("Border troops push the column back", Span.of("1999-10", Granularity.MONTH)),
    # "October 4-5, 27": two separate stretches
    Event("Earlier bulletins on the standoff",
          Span.from_parts([("1999-10-04", "1999-10-06"), ("1999-10-27", "1999-10-28")])),
]


def describe(span: Span) -> str:
    likely = f"{span.likely.start.to_date_string()} – {span.likely.end.subtract(seconds=1).to_date_string()}"
    if span.is_exact:
        return f"{likely} ({span.granularity.value})"
    possible = f"{span.possible.start.to_date_string()} – {span.possible.end.subtract(seconds=1).to_date_string()}"
    return f"likely {likely}, possibly {possible} ({span.granularity.value})"


def main() -> None:
    print(f"chronology {chronology.__version__}: events relative to {published.likely.start.to_date_string()}")
    for event in sorted(events, key=lambda e: e.span.likely):
        print(f"  {describe(event.span):<55} {event.label}")


if __name__ == "__main__":
    main()
