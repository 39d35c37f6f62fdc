"""Every error and warning chronology raises, in one family.

The tree::

    ChronologyError (Exception)
    ├── InvalidSpan (ValueError)         an Interval/Span/Event whose values break an invariant
    ├── InvalidAnchor (ValueError)       something that cannot serve as an anchor
    ├── ResolutionError (ValueError)     text that is not a temporal expression we understand
    ├── FormatError (ValueError)         malformed EDTF, TIMEX3, ISO 8601 or record input
    ├── RuleError (ValueError)           broken rule or lexicon data (a bug in lang/ files)
    └── MissingDependency (ImportError)  an optional extra (kaleido, pandas) is not installed

    ChronologyWarning (UserWarning)
    └── PublicationDateWarning           a given publication date contradicts the text

Catch ``chronology.ChronologyError`` to handle anything the library raises on bad
input; the builtin base classes let existing ``except ValueError`` code keep working.

>>> import chronology
>>> issubclass(chronology.ResolutionError, ValueError)
True
"""

from __future__ import annotations

__all__ = [
    "ChronologyError",
    "ChronologyWarning",
    "FormatError",
    "InvalidAnchor",
    "InvalidSpan",
    "MissingDependency",
    "PublicationDateWarning",
    "ResolutionError",
    "RuleError",
]

_WINDOW = 60


def quote(text: str, position: int | None = None, window: int = _WINDOW) -> str:
    """A short, printable quotation of ``text`` around ``position`` for error messages.

    >>> quote("x" * 200)[:12]
    "'xxxxxxxxxxx"
    """
    if position is None:
        position = 0
    start = max(0, position - window // 2)
    piece = text[start : start + window]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + window < len(text) else ""
    return repr(prefix + piece + suffix)


class ChronologyError(Exception):
    """The root of every error chronology raises on purpose."""


class InvalidSpan(ChronologyError, ValueError):
    """A time value breaks an invariant (start < end, likely ⊆ possible, aware datetimes…)."""


class InvalidAnchor(ChronologyError, ValueError):
    """A value cannot be turned into an anchor (an unparsable or naive-in-an-odd-way date)."""


class ResolutionError(ChronologyError, ValueError):
    """Text is not a temporal expression chronology understands.

    Attributes:
        text: the input (possibly long; the message quotes only a window of it).
        position: where in ``text`` the problem was noticed, when known.
        expected: what kind of expression was expected there.
    """

    def __init__(self, message: str, *, text: str = "", position: int | None = None,
                 expected: str = "a temporal expression") -> None:
        super().__init__(message)
        self.text = text
        self.position = position
        self.expected = expected


class FormatError(ChronologyError, ValueError):
    """Malformed input in one of the exchange formats (EDTF, TIMEX3, ISO 8601, records)."""


class RuleError(ChronologyError, ValueError):
    """The rule or lexicon data of a language is inconsistent (names the file and the rule)."""


class MissingDependency(ChronologyError, ImportError):
    """An optional dependency needed for this call is not installed; the message says which extra."""


class ChronologyWarning(UserWarning):
    """The root of chronology's warnings."""


class PublicationDateWarning(ChronologyWarning):
    """The publication date given for a document contradicts the dates the text narrates."""
