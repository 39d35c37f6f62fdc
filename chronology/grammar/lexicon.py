"""Loads a language's ``lexicon.toml`` into immutable lookup tables (once per language).

Classes (``[month]``, ``[unit]``…) are what rules name as ``@class``; context lists
(``[context.date_intro]``…) are the words the checks around a match look for, read as sets
through :meth:`Lexicon.word_set`.

>>> lex = load_lexicon("en")
>>> lex.value("month", "nov"), "nov" in lex.abbreviations
(11, True)
>>> sorted(lex.classes_of("second"))
['ordinal', 'unit']
>>> "since" in lex.word_set("date_intro")
True
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from chronology.errors import RuleError

__all__ = ["Lexicon", "load_lexicon", "read_language_file"]


def read_language_file(language: str, name: str) -> dict[str, Any]:
    """Parse ``chronology/lang/<language>/<name>`` as TOML.

    Raises:
        RuleError: the language or file does not exist, or the TOML is malformed.
    """
    if not language.isidentifier():
        raise RuleError(f"language code must be a plain identifier such as 'en', got {language!r}")
    try:
        data = resources.files("chronology.lang").joinpath(language, name).read_text("utf-8")
    except (FileNotFoundError, NotADirectoryError, ModuleNotFoundError) as exc:
        raise RuleError(f"no {name} for language {language!r}") from exc
    try:
        return tomllib.loads(data)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"lang/{language}/{name}: {exc}") from exc


class Lexicon:
    """Word → value tables by class, the words that may carry an abbreviation dot, and the
    context word lists (``[context.<name>]``: words the checks around a match look for,
    which are no class)."""

    __slots__ = ("_by_word", "_classes", "_sets", "abbreviations", "language")

    def __init__(self, language: str, classes: Mapping[str, Mapping[str, Any]],
                 abbreviations: frozenset[str], context: Mapping[str, frozenset[str]] | None = None) -> None:
        self.language = language
        self._classes = MappingProxyType({k: MappingProxyType(dict(v)) for k, v in classes.items()})
        by_word: dict[str, dict[str, Any]] = {}
        for cls, table in classes.items():
            for word, value in table.items():
                by_word.setdefault(word, {})[cls] = value
        self._by_word = MappingProxyType({w: MappingProxyType(v) for w, v in by_word.items()})
        sets = {cls: frozenset(table) for cls, table in classes.items()}
        sets.update(context or {})
        self._sets = sets
        self.abbreviations = abbreviations

    @property
    def class_names(self) -> frozenset[str]:
        """The names of all classes."""
        return frozenset(self._classes)

    def words_with_classes(self, classes: tuple[str, ...]) -> frozenset[str]:
        """The words whose classes are exactly ``classes``, in the order :meth:`classes_of`
        gives them (the words a token shape of these classes may spell)."""
        return frozenset(w for w, table in self._by_word.items() if tuple(table) == classes)

    def classes_of(self, word: str) -> Mapping[str, Any]:
        """``{class: value}`` for every class ``word`` belongs to (empty when none)."""
        return self._by_word.get(word, _EMPTY)

    def value(self, cls: str, word: str) -> Any:
        """The value of ``word`` in class ``cls``; ``None`` when it is not a member."""
        return self._classes[cls].get(word)

    def words(self, cls: str) -> Mapping[str, Any]:
        """The whole table of one class."""
        return self._classes[cls]

    def word_set(self, name: str) -> frozenset[str]:
        """The words of the context list ``[context.<name>]``, or of the class ``name``, as a
        set built once at load (context checks test membership on every match). Empty when
        the language has no such list (the check it feeds then never fires)."""
        return self._sets.get(name, _NO_WORDS)


_EMPTY: Mapping[str, Any] = MappingProxyType({})
_NO_WORDS: frozenset[str] = frozenset()


@lru_cache(maxsize=8)
def load_lexicon(language: str = "en") -> Lexicon:
    """Load and validate ``lang/<language>/lexicon.toml``.

    Raises:
        RuleError: malformed file, a class that is not a table, a word that is not lower case,
            or a ``[context.<name>]`` list that is not ``words = [...]`` or shares a class's name.
    """
    data = read_language_file(language, "lexicon.toml")
    abbreviations = data.pop("abbreviations", {}).get("words", [])
    context = _context_lists(language, data.pop("context", {}))
    classes: dict[str, dict[str, Any]] = {}
    for cls, table in data.items():
        if not isinstance(table, dict):
            raise RuleError(f"lang/{language}/lexicon.toml: [{cls}] must be a table of word = value")
        for word in table:
            if word != word.lower() or not word.replace(" ", "").isalpha():
                raise RuleError(f"lang/{language}/lexicon.toml: [{cls}] word {word!r} must be lower-case letters")
        classes[cls] = table
    clash = sorted(set(classes) & set(context))
    if clash:
        raise RuleError(f"lang/{language}/lexicon.toml: {clash} name both a class and a [context.…] list")
    return Lexicon(language, classes, frozenset(abbreviations), context)


def _context_lists(language: str, data: Any) -> dict[str, frozenset[str]]:
    """Validate the ``[context.<name>]`` tables: each ``words = [...]`` of lower-case words
    (or phrases of them parted by single spaces, as in ``[context.leading_phrase]``)."""
    where = f"lang/{language}/lexicon.toml"
    if not isinstance(data, dict):
        raise RuleError(f"{where}: [context] must hold [context.<name>] tables")
    lists: dict[str, frozenset[str]] = {}
    for name, table in data.items():
        words = table.get("words") if isinstance(table, dict) else None
        if not isinstance(words, list) or set(table) != {"words"}:
            raise RuleError(f"{where}: [context.{name}] must hold just words = [...]")
        for word in words:
            if not isinstance(word, str) or word != word.lower() or not word.replace(" ", "").isalpha() or (
                    " ".join(word.split()) != word):
                raise RuleError(f"{where}: [context.{name}] word {word!r} must be lower-case letters")
        lists[name] = frozenset(words)
    return lists
