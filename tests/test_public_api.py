"""The public surface: light import, complete names, docstrings, and executed examples."""

from __future__ import annotations

import doctest
import json
import pathlib
import re
import subprocess
import sys
import types

import pytest

import chronology
import chronology.export


def test_import_leaves_plotly_and_pandas_out() -> None:
    """`import chronology` (and chronology.export) in a fresh interpreter imports neither plotly nor pandas."""
    code = ("import sys, json, chronology, chronology.export; "
            "print(json.dumps([m for m in ('plotly', 'pandas') if m in sys.modules]))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


@pytest.mark.parametrize("module", [chronology, chronology.export], ids=lambda m: m.__name__)
def test_all_names_exist_and_are_documented(module: types.ModuleType) -> None:
    """Every name in __all__ exists, is unique, and has a docstring of its own."""
    names = module.__all__
    assert len(names) == len(set(names))
    for name in names:
        obj = getattr(module, name)
        doc = getattr(obj, "__doc__", None)
        assert doc and doc.strip(), f"{module.__name__}.{name} has no docstring"
        if isinstance(obj, type) and not issubclass(obj, BaseException):
            assert obj.__doc__ != object.__doc__, name


def _home(name: str, obj: object) -> types.ModuleType | None:
    """The chronology module whose source defines ``name``."""
    for module_name, module in sorted(sys.modules.items()):
        if not module_name.startswith("chronology.") or getattr(module, name, None) is not obj:
            continue
        source = pathlib.Path(module.__file__ or "").read_text(encoding="utf-8")
        if re.search(rf"^(class|def) {name}\b", source, re.MULTILINE):
            return module
    return None


def _public_doctests() -> list[doctest.DocTest]:
    tests = []
    for name in chronology.__all__:
        obj = getattr(chronology, name)
        home = _home(name, obj)
        if home is None:
            continue
        tests += [t for t in doctest.DocTestFinder().find(obj, f"chronology.{name}", module=False,
                                                          globs=dict(vars(home))) if t.examples]
    return tests


@pytest.mark.parametrize("test", _public_doctests(), ids=lambda t: t.name)
def test_public_docstring_examples_run(test: doctest.DocTest) -> None:
    """The >>> examples on public classes run and pass.

    ``--doctest-modules`` skips them: ``chronology/__init__.py`` rewrites ``__module__`` to
    ``"chronology"``, so doctest no longer sees the classes as part of their own modules.
    """
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    output: list[str] = []
    result = runner.run(test, out=output.append)
    assert result.failed == 0, "".join(output)
