"""Timex: the TimeML 1.2.1 TIMEX3 view (type, value, mod) of a resolved expression."""

from __future__ import annotations

import enum

import attrs

from chronology.errors import InvalidSpan

__all__ = ["Timex", "TimexMod", "TimexType"]


class TimexType(enum.StrEnum):
    """The four TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class TimexMod(enum.StrEnum):
    """TIMEX3 ``mod`` values (TimeML 1.2.1, section 2.2.1.2)."""

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"


def _value_ok(instance: Timex, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value or value != value.strip():
        raise InvalidSpan(f"Timex value must be a non-empty string without surrounding blanks, got {value!r}")


def _to_mod(value: TimexMod | str | None) -> TimexMod | None:
    if value is None or isinstance(value, TimexMod):
        return value
    try:
        return TimexMod(str(value).upper())
    except ValueError as exc:
        raise InvalidSpan(f"unknown TIMEX3 mod {value!r}; expected one of "
                          f"{', '.join(m.value for m in TimexMod)}") from exc


def _to_type(value: TimexType | str) -> TimexType:
    if isinstance(value, TimexType):
        return value
    try:
        return TimexType(str(value).upper())
    except ValueError as exc:
        raise InvalidSpan(f"unknown TIMEX3 type {value!r}; expected DATE, TIME, DURATION or SET") from exc


@attrs.frozen(repr=False)
class Timex:
    """A TIMEX3 annotation value: ``type``, ``value`` and the optional ``mod``, ``quant``, ``freq``.

    >>> Timex("DATE", "1997", mod="APPROX")
    Timex(DATE 1997 APPROX)
    >>> Timex("DATE", "1997").type is TimexType.DATE
    True
    """

    type: TimexType = attrs.field(converter=_to_type)
    value: str = attrs.field(validator=_value_ok)
    mod: TimexMod | None = attrs.field(default=None, converter=_to_mod)
    quant: str | None = attrs.field(default=None, kw_only=True)
    freq: str | None = attrs.field(default=None, kw_only=True)

    @classmethod
    def _trusted(cls, type: TimexType, value: str, mod: TimexMod | None = None) -> Timex:
        """Build without conversion or validation, for internal code that only builds valid
        ones (the resolver: one Timex per resolved expression)."""
        t = _NEW(cls)
        # unrolled, through the slots' own setters (object.__setattr__ looks each name up)
        _SET_TYPE(t, type)
        _SET_VALUE(t, value)
        _SET_MOD(t, mod)
        _SET_QUANT(t, None)
        _SET_FREQ(t, None)
        return t

    def __repr__(self) -> str:
        extra = "".join(f" {x}" for x in (self.mod, self.quant and f"quant={self.quant}",
                                          self.freq and f"freq={self.freq}") if x)
        return f"Timex({self.type.value} {self.value}{extra})"


_NEW = object.__new__
_SET_TYPE, _SET_VALUE, _SET_MOD, _SET_QUANT, _SET_FREQ = (
    Timex.__dict__[name].__set__ for name in ("type", "value", "mod", "quant", "freq"))
