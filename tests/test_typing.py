"""The whole package stays clean under the project's strict mypy configuration (it ships
``py.typed``, so its annotations are part of the public contract)."""

from __future__ import annotations

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api", reason="mypy is not installed")

ROOT = Path(__file__).resolve().parent.parent


def test_package_passes_strict_mypy() -> None:
    stdout, stderr, status = mypy_api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache"),
         str(ROOT / "chronology")])
    assert status == 0, f"mypy found errors:\n{stdout}{stderr}"
