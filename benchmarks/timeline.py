#!/usr/bin/env python3
"""Timeline chart benchmark: chronology's figure vs ``plotly.express.timeline``, same events.

    python benchmarks/timeline.py [--sizes 100,10000,100000] [--repeat 3] [--out DIR]

For each size the script makes that many Events (seeded random likely/possible intervals of
a day to two months over ten years, five actors, provenance with a sentence), then times,
best of ``--repeat`` runs, from the Events to a written self-contained HTML file:

- **chronology** ``Timeline(events, published=…).to_html(path)`` in ``auto`` mode (SVG rows
  up to 1,500 events, WebGL lanes up to 5,000, density strips above), drawing likely *and*
  possible intervals, hover text with the dates in words, the sentence and the document;
- **chronology lanes**: the same forced to WebGL lanes (one hoverable mark per event) at the
  sizes where ``auto`` aggregates, to show what per-event drawing costs;
- **px.timeline**: a pandas DataFrame of (label, likely start, likely end) built from the same
  Events, ``px.timeline(df, x_start=…, x_end=…, y=…)`` and ``write_html`` — likely intervals
  only, no uncertainty, plotly's default hover.

Both sides inline plotly.js (about 4.8 MB) so the pages work offline. One untimed warm-up
run of each side comes first (imports, plotly templates). pandas is needed only here:
``pip install pandas`` in a benchmark environment; chronology itself never imports it.

Prints seconds, HTML size and the ratios chronology / px (below 1 means chronology is
faster or smaller).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pendulum

from chronology.model import Event, Interval, Provenance, Span
from chronology.timeline import Timeline

SENTENCE = "Border guards said the column crossed the river at night, weeks after the talks stalled."


def make_events(n: int, seed: int = 7) -> list[Event]:
    """``n`` events over 1990–1999: likely 1–60 days, possible up to 30 days either side."""
    rnd = random.Random(seed)
    origin = pendulum.datetime(1990, 1, 1)
    events = []
    for i in range(n):
        start = origin.add(days=rnd.randrange(0, 3650))
        days = rnd.choice((1, 1, 1, 2, 3, 7, 14, 30, 60))
        before, after = rnd.randrange(0, 30), rnd.randrange(0, 30)
        likely = Interval(start, start.add(days=days))
        possible = Interval(start.subtract(days=before), likely.end.add(days=after))
        events.append(Event(f"Event {i}: column moves towards the pass", Span(likely, possible),
                            actors=[f"actor {i % 5}"],
                            provenance=Provenance(f"report-{i % 200}", 0, 10, "last month", SENTENCE)))
    return events


def best(fn: Callable[[], Path], repeat: int) -> tuple[float, int]:
    times = []
    size = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        path = fn()
        times.append(time.perf_counter() - t0)
        size = path.stat().st_size
    return min(times), size


def chronology_html(events: list[Event], path: Path, mode: str = "auto") -> Path:
    tl = Timeline(events, published="2000-01-10")
    return tl.to_html(path, title="Benchmark", mode=mode)


def px_html(events: list[Event], path: Path) -> Path:
    import pandas as pd
    import plotly.express as px

    frame = pd.DataFrame({
        "Task": [e.label for e in events],
        "Start": [e.span.likely.start.naive() for e in events],
        "Finish": [e.span.likely.end.naive() for e in events],
    })
    fig = px.timeline(frame, x_start="Start", x_end="Finish", y="Task", title="Benchmark")
    fig.write_html(path, include_plotlyjs=True, full_html=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None, help="keep the HTML files here")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="chronology-bench-"))
    out.mkdir(parents=True, exist_ok=True)

    warm = make_events(20)
    chronology_html(warm, out / "warm-c.html")
    px_html(warm, out / "warm-px.html")

    print(f"{'events':>8} {'side':<18} {'seconds':>8} {'HTML MB':>8} {'time ratio':>10} {'size ratio':>10}")
    for n in (int(s) for s in args.sizes.split(",")):
        events = make_events(n)
        px_t, px_size = best(lambda ev=events, n=n: px_html(ev, out / f"px-{n}.html"), args.repeat)
        rows = [("px.timeline", px_t, px_size)]
        c_t, c_size = best(lambda ev=events, n=n: chronology_html(ev, out / f"chronology-{n}.html"),
                        args.repeat)
        rows.append(("chronology (auto)", c_t, c_size))
        if n > 1500:
            l_t, l_size = best(lambda ev=events, n=n: chronology_html(ev, out / f"lanes-{n}.html", "lanes"),
                                  args.repeat)
            rows.append(("chronology lanes", l_t, l_size))
        for side, t, size in rows:
            ratio = "" if side == "px.timeline" else f"{t / px_t:10.2f} {size / px_size:10.2f}"
            print(f"{n:>8} {side:<18} {t:8.3f} {size / 1e6:8.2f} {ratio}")
    print(f"(HTML files in {out})")


if __name__ == "__main__":
    main()
