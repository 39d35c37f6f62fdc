#!/usr/bin/env python3
"""Speed of ``chronology.resolve`` against ``dateparser.parse`` on the same expressions.

Run it with the project's dev venv; dateparser is borrowed from the TempEval venv by adding
that venv's site-packages at the *end* of ``sys.path`` (so the dev venv's own packages win)::

    /tmp/dev/bin/python benchmarks/resolve.py \
        [--peer-site /tmp/tempeval-venv/lib/python3.11/site-packages] [--count 3000] [--rounds 5]

(``--peer-site`` defaults to that path when it exists; without dateparser only chronology is
timed.) What is measured, in one run:

1. the *distinct* run: ``--count`` different expressions (generated from templates with a
   fixed seed, plus every expression of the seed article, see the corpus file
   ``chronology/lang/en/corpus/seed.toml``), each resolved once against the anchor
   1999-11-09 with prefer="past"; chronology's parse and resolve caches (and its table of
   parses by token shape) are cleared first, so no text is answered from a cache of texts
   (texts of a shape seen earlier in the run are parsed by replaying that shape's rules,
   as in any long run). dateparser gets the same texts with
   ``RELATIVE_BASE`` = the anchor, ``PREFER_DATES_FROM="past"`` and ``languages=["en"]``.
2. the *repeated* run: the same expressions ``--rounds`` more times — chronology now answers
   from its caches (``_parse_cached`` / ``_resolve_cached``); dateparser has no such cache.
3. with ``--steady``, the distinct rate of a long run: as many *new* distinct expressions
   (another seed), timed after the runs above have filled the tables a process keeps (parses
   by token shape, predicates by spelling, calendar units), but answered from no text cache.
4. with ``--stages``, microseconds per distinct expression in each stage of chronology's
   pipeline (tokenising, the shape key, rebuilding a known shape's parse, a full chart parse,
   resolution): where the time goes, and so where a faster core would have to win.
5. with ``--templates``, both systems template by template on new distinct texts: the ratio
   by form, and how many of each form dateparser returns None for (it is quick to give up).

Both systems get one untimed warm-up call (rule and data loading) on a text outside the
set. The report gives expressions/second for each, the ratio, and how many expressions each
returned None for or raised on (for chronology: ResolutionError, of which NoPlaceInTime is
the lengths and sets, which have no place in time by design).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PEER_SITE = Path("/tmp/tempeval-venv/lib/python3.11/site-packages")
ANCHOR = dt.date(1999, 11, 9)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
ABBREVIATED = ("Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
UNITS = ("day", "week", "month", "year")
WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "fifteen", "twenty")
HEDGES = ("about", "around", "approximately", "nearly", "some", "roughly")
PARTS = ("early", "mid-", "late")


def _plural(n: int | str, unit: str) -> str:
    return f"{n} {unit}" + ("" if n in (1, "one", "a") else "s")


def _templates(r: random.Random) -> list[Callable[[], str]]:
    def year() -> int:
        return r.randint(1900, 2020)

    def day() -> int:
        return r.randint(1, 28)

    return [
        lambda: f"{r.choice(MONTHS)} {day()}, {year()}",
        lambda: f"{day()} {r.choice(MONTHS)} {year()}",
        lambda: f"{r.choice(ABBREVIATED)} {day()}, {year()}",
        lambda: f"{r.choice(MONTHS)} {year()}",
        lambda: f"{r.choice(MONTHS)} {day()}",
        lambda: f"{year()}-{r.randint(1, 12):02d}-{day():02d}",
        lambda: f"{r.randint(1, 12)}/{day()}/{year()}",
        lambda: f"{_plural(r.randint(1, 200), r.choice(UNITS))} ago",
        lambda: f"{_plural(r.choice(WORDS), r.choice(UNITS))} ago",
        lambda: f"in {_plural(r.randint(1, 60), r.choice(UNITS))}",
        lambda: f"{r.choice(HEDGES)} {_plural(r.randint(2, 120), r.choice(UNITS))} ago",
        lambda: f"more than {_plural(r.randint(1, 60), r.choice(UNITS))} ago",
        lambda: f"{r.choice(['last', 'next', 'this'])} {r.choice(UNITS + WEEKDAYS + MONTHS)}",
        lambda: f"{r.choice(PARTS)}{'' if r.random() < 0.5 else ' '}{year()}".replace("- ", "-"),
        lambda: f"{r.choice(PARTS)} {r.choice(MONTHS)} {year()}".replace("- ", "-"),
        lambda: f"circa {r.randint(1000, 1999)}",
        lambda: f"the {r.randint(180, 201)}0s",
        lambda: f"{r.choice(['spring', 'summer', 'autumn', 'winter'])} {year()}",
        lambda: f"the {r.choice(['first', 'second', 'third', 'fourth'])} quarter of {year()}",
        lambda: f"{r.choice(MONTHS)} {(d := r.randint(1, 20))}-{d + r.randint(1, 8)}, {year()}",
        lambda: f"{r.choice(MONTHS)} {(d := r.randint(1, 15))}, {d + 1} and {d + r.randint(3, 12)}",
        lambda: f"from {(y := year())} to {y + r.randint(1, 15)}",
        lambda: f"{r.choice(['before', 'after', 'since', 'until'])} {r.choice(MONTHS)} {year()}",
        lambda: f"{r.randint(1, 12)} {r.choice(['a.m.', 'p.m.'])} on {r.choice(MONTHS)} {day()}, {year()}",
    ]


def expressions(count: int, seed: int = 0) -> list[str]:
    """``count`` distinct expressions: the seed article's, then template-generated ones."""
    sys.path.insert(0, str(ROOT))
    from chronology.corpus import load_file

    out = list(dict.fromkeys(c.text for c in load_file("en", "seed")[1]))
    seen = set(out)
    r = random.Random(seed)
    templates = _templates(r)
    guard = 0
    while len(out) < count and guard < count * 50:
        guard += 1
        text = r.choice(templates)()
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def _time(fn: Callable[[str], Any], texts: Sequence[str]) -> tuple[float, int, int]:
    """(seconds, None results, exceptions) for one pass over ``texts``."""
    nones = errors = 0
    t0 = time.perf_counter()
    for text in texts:
        try:
            if fn(text) is None:
                nones += 1
        except Exception:  # noqa: BLE001 - counting failures is the point
            errors += 1
    return time.perf_counter() - t0, nones, errors


def _load_dateparser(peer_site: Path | None) -> Any:
    try:
        import dateparser
        return dateparser
    except ImportError:
        pass
    if peer_site is not None and peer_site.is_dir():
        sys.path.append(str(peer_site))
        try:
            import dateparser
            return dateparser
        except ImportError as exc:
            print(f"dateparser not importable from {peer_site}: {exc}", file=sys.stderr)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=3000, help="distinct expressions (default 3000)")
    ap.add_argument("--rounds", type=int, default=5, help="repeated passes for the cache rate (default 5)")
    ap.add_argument("--peer-site", type=Path, default=DEFAULT_PEER_SITE,
                    help="a site-packages holding dateparser (appended to sys.path)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--steady", action="store_true",
                    help="also time other distinct expressions after these (a long run's steady state)")
    ap.add_argument("--stages", action="store_true",
                    help="also print where a distinct expression's time goes, stage by stage")
    ap.add_argument("--templates", action="store_true",
                    help="also time both systems template by template (where the ratio is lowest)")
    args = ap.parse_args(argv)

    texts = expressions(args.count, args.seed)
    sys.path.insert(0, str(ROOT))
    import chronology
    from chronology.errors import ResolutionError
    from chronology.resolve import NoPlaceInTime, _parse_cached, _resolve_cached

    def chrono(text: str) -> Any:
        return chronology.resolve(text, anchor=ANCHOR, prefer="past")

    dateparser = _load_dateparser(args.peer_site)
    if dateparser is not None:
        settings = {"RELATIVE_BASE": dt.datetime(ANCHOR.year, ANCHOR.month, ANCHOR.day),
                    "PREFER_DATES_FROM": "past"}

        def peer(text: str) -> Any:
            return dateparser.parse(text, languages=["en"], settings=settings)

    print(f"{len(texts)} distinct expressions ({len(set(texts))} unique), anchor {ANCHOR}, "
          f"python {sys.version.split()[0]}")
    print(f"chronology {chronology.__version__} from {Path(chronology.__file__).parent}")
    if dateparser is not None:
        print(f"dateparser {getattr(dateparser, '__version__', '?')} from {Path(dateparser.__file__).parent}")
    else:
        print("dateparser: not available (pass --peer-site)")

    # warm-up, untimed, on a text outside the set; then start from empty caches
    try:
        chrono("warm up the grammar")
    except ResolutionError:
        pass
    if dateparser is not None:
        peer("warm up the data 12 March 1850")
    _parse_cached.cache_clear()
    _resolve_cached.cache_clear()
    shapes = getattr(sys.modules["chronology.resolve"], "_SHAPES", None)
    if shapes is not None:  # parses replayed by token shape: they refill during the run
        shapes.clear()

    no_place = 0
    t_c, none_c, err_c = _time(chrono, texts)
    for text in texts:  # classify chronology's refusals (cached now: not timed)
        try:
            chrono(text)
        except NoPlaceInTime:
            no_place += 1
        except ResolutionError:
            pass
    rate_c = len(texts) / t_c
    print()
    print("distinct expressions (caches cleared):")
    print(f"  chronology.resolve  {rate_c:10.0f} expr/s  ({t_c:.2f} s)  None: {none_c}  "
          f"errors: {err_c} (NoPlaceInTime {no_place})")
    rate_p = None
    if dateparser is not None:
        t_p, none_p, err_p = _time(peer, texts)
        rate_p = len(texts) / t_p
        print(f"  dateparser.parse    {rate_p:10.0f} expr/s  ({t_p:.2f} s)  None: {none_p}  errors: {err_p}")
        print(f"  ratio chronology / dateparser: {rate_c / rate_p:.1f}x")

    repeated = list(texts) * args.rounds
    t_rc, _, _ = _time(chrono, repeated)
    rate_rc = len(repeated) / t_rc
    print()
    print(f"repeated expressions ({args.rounds} more passes over the same texts):")
    print(f"  chronology.resolve  {rate_rc:10.0f} expr/s  (cached: {rate_rc / rate_c:.0f}x its distinct rate)")
    if dateparser is not None:
        sample = repeated[: max(len(texts), len(repeated) // args.rounds)]
        t_rp, _, _ = _time(peer, sample)
        rate_rp = len(sample) / t_rp
        print(f"  dateparser.parse    {rate_rp:10.0f} expr/s  (one more pass; no cache)")
        print(f"  ratio chronology / dateparser: {rate_rc / rate_rp:.1f}x")
    if args.steady:
        _print_steady(chrono, texts, args.count, args.seed, rate_p)
    if args.stages:
        _print_stages(texts)
    if args.templates:
        _print_templates(chrono, peer if dateparser is not None else None, set(texts), args.seed)
    return 0


def _print_templates(chrono: Callable[[str], Any], peer: Callable[[str], Any] | None, seen: set[str],
                     seed: int, per: int = 150) -> None:
    """Both systems on ``per`` new distinct texts of each template (after the runs above, so
    chronology's tables are warm as in a long run): the average hides that the ratio differs
    by form — dateparser is quick on what it gives up on."""
    rows = []
    for i in range(len(_templates(random.Random(0)))):
        make = _templates(random.Random(seed + 100 + i))[i]
        fresh = [t for t in dict.fromkeys(make() for _ in range(per * 3)) if t not in seen][:per]
        if len(fresh) < 20:  # a small template ("the 1990s") is used up by the run above
            continue
        t_c, _, _ = _time(chrono, fresh)
        if peer is not None:
            t_p, none_p, _ = _time(peer, fresh)
        else:
            t_p, none_p = float("nan"), 0
        rows.append((t_p / t_c, t_c / len(fresh) * 1e6, t_p / len(fresh) * 1e6, none_p, len(fresh), fresh[0]))
    print()
    print(f"by template ({per} new distinct texts each; microseconds per expression):")
    print(f"  {'ratio':>7}  {'chronology':>10}  {'dateparser':>10}  {'None':>9}  example")
    for ratio, c, p, nones, n, example in sorted(rows):
        print(f"  {ratio:6.1f}x  {c:10.1f}  {p:10.1f}  {nones:4d}/{n:<4d}  {example}")


def _print_steady(chrono: Callable[[str], Any], texts: Sequence[str], count: int, seed: int,
                  rate_p: float | None) -> None:
    """Distinct expressions in a long run: ``count`` new texts (another seed, none of them seen
    before), resolved after the run above has filled the tables a process keeps (parses by
    token shape, predicates by spelling, calendar units) — but no text is answered from a cache
    of texts. The peer's rate is its distinct rate above (it keeps no such tables)."""
    seen = set(texts)
    fresh = [t for t in expressions(count * 2, seed + 1) if t not in seen][:count]
    t_s, _, _ = _time(chrono, fresh)
    rate_s = len(fresh) / t_s
    print()
    print(f"distinct expressions in a long run ({len(fresh)} texts never seen, tables warm):")
    print(f"  chronology.resolve  {rate_s:10.0f} expr/s" + (
        f"  ratio to dateparser's distinct rate: {rate_s / rate_p:.1f}x" if rate_p else ""))


def _print_stages(texts: Sequence[str]) -> None:
    """Microseconds per distinct expression in each stage of ``chronology.resolve`` (best of 3
    passes; the shape table is warm, as in a long run): where a faster core would have to win."""
    import chronology.resolve  # noqa: F401 - the module (the package attribute is the function)
    from chronology.grammar.lexicon import load_lexicon
    from chronology.grammar.matcher import analyse, prepare, shape
    from chronology.grammar.rules import load_rules

    mod = sys.modules["chronology.resolve"]
    lexicon, rules = load_lexicon("en"), load_rules("en")
    anchor = mod._anchor(ANCHOR, None)
    opts = mod._with(mod.DEFAULT_OPTIONS, "past", None)
    prepared = [prepare(t, lexicon) for t in texts]
    keys = [("en", shape(*p, rules)) for p in prepared]
    known = [(p, mod._SHAPES[k]) for p, k in zip(prepared, keys, strict=True) if k in mod._SHAPES]
    exprs = []
    for t in texts:
        try:
            exprs.append(mod._parse_cached(t, "en"))
        except Exception:  # noqa: BLE001, S112 - only what parses is timed
            continue

    def best(fn: Callable[[], Any]) -> float:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    def resolve_all() -> None:
        for e in exprs:
            try:
                mod.resolve_expression(e, anchor, opts)
            except Exception:  # noqa: BLE001, S112 - lengths and sets have no place in time
                continue

    stages = [
        ("scan + lexicon + predicates (prepare)", len(texts), lambda: [prepare(t, lexicon) for t in texts]),
        ("token shape (the parse table's key)", len(texts), lambda: [shape(*p, rules) for p in prepared]),
        ("rebuild a known shape's parse (replay)", len(known),
         lambda: [plan.run(*p, lexicon) for p, plan in known]),
        ("full chart parse (a new shape)", len(texts), lambda: [analyse(t, prepared=p, vetoes=[])
                                                              for t, p in zip(texts, prepared, strict=True)]),
        ("resolve against the anchor", len(exprs), resolve_all),
    ]
    print()
    print(f"stages (microseconds per expression; {len(known)} of {len(texts)} texts have a known shape, "
          f"{len(set(keys))} shapes):")
    for name, n, fn in stages:
        print(f"  {name:42s} {best(fn) / max(n, 1) * 1e6:8.1f}")


if __name__ == "__main__":
    raise SystemExit(main())
