"""The scripts in examples/ run as an analyst would run them, and say what they should."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _run(script: str, *args: str) -> str:
    result = subprocess.run([sys.executable, str(EXAMPLES / script), *args], capture_output=True,
                            text=True, check=True, timeout=120)
    return result.stdout


def test_which_came_first_orders_the_report_with_its_certainty() -> None:
    out = _run("which_came_first.py").splitlines()
    assert out[0] == "report.txt: 15 events, published 1999-11-09"
    steps = out[2:]
    assert len(steps) == 14
    # last month's accusations certainly came after August's crossing had been turned back…
    assert any(line.split()[0:2] == ["certainly", "then"] and "[Last month]" in line for line in steps)
    # …but the talks that opened on October 12 only perhaps came after "last month" began
    talks = next(line for line in steps if "[October 12]" in line)
    assert talks.split()[0:2] == ["perhaps", "then"]
    assert talks.split()[2] == "37%"


def test_handmade_events_prints_its_events() -> None:
    out = _run("handmade_events.py")
    assert "Fighters leave their mountain camps" in out
