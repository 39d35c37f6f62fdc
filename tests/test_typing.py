"""The type-checked core stays clean under the project's strict mypy configuration.

Only the files listed below are checked (explicitly, so work in progress elsewhere does not
fail this test); add a module here once ``mypy`` reports nothing for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api", reason="mypy is not installed")

ROOT = Path(__file__).resolve().parent.parent

CHECKED = [
    "chronology/export/edtf.py",
    "chronology/grammar/builders.py",
    "chronology/grammar/matcher.py",
    "chronology/grammar/rules.py",
    "chronology/model/coerce.py",
    "chronology/model/event.py",
    "chronology/model/granularity.py",
    "chronology/model/span.py",
    "chronology/resolve/__init__.py",
    "chronology/resolve/calendar.py",
    "chronology/resolve/resolver.py",
]


def test_core_modules_pass_strict_mypy() -> None:
    stdout, stderr, status = mypy_api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache"),
         *(str(ROOT / path) for path in CHECKED)])
    assert status == 0, f"mypy found errors:\n{stdout}{stderr}"
