"""The Document API: mentions, events with provenance, timelines, publication dates, warnings, labels."""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import warnings

import pytest

import chronology
from chronology import Anchor, Document, Event, Role, Span, extract
from chronology.extract.labels import MAX_WORDS
from chronology.model.interval import Interval

STORY = (
    "About 800 fighters of the Balnur Front left their camps in the Tesh valley on November 5, 6 "
    "and 7, a spokesman said. They had settled there approximately two years ago. The army "
    "pushed them back last month (Interfax, October 20). The commission meets every Tuesday "
    "and talks lasted for three weeks."
)


def _doc(text: str = STORY, published: object = "1999-11-09", **kw: object) -> Document:
    return Document(text, published=published, id="story-1", **kw)


class TestMentions:
    def test_text_order_no_overlap_exact_offsets(self) -> None:
        """Mentions come in text order, never overlap, and their offsets slice to their text."""
        doc = _doc()
        ms = doc.mentions
        assert len(ms) >= 5
        for a, b in itertools.pairwise(ms):
            assert a.end <= b.start
        for m in ms:
            assert STORY[m.start:m.end] == m.text

    def test_the_story_is_read_as_expected(self) -> None:
        """The worked example: values and roles of each mention."""
        got = [(m.text, m.timex.value, m.role.value) for m in _doc().mentions]
        assert got == [
            ("November 5, 6 and 7", "1999-11", "event-time"),
            ("approximately two years ago", "1997", "event-time"),
            ("last month", "1999-10", "event-time"),
            ("October 20", "1999-10-20", "citation"),
            ("every Tuesday", "XXXX-WXX-2", "set"),
            ("three weeks", "P3W", "duration"),
        ]

    def test_mentions_is_a_copy(self) -> None:
        """Mutating the returned list does not change the document."""
        doc = _doc()
        ms = doc.mentions
        ms.clear()
        assert doc.mentions

    def test_extract_is_document_mentions(self) -> None:
        """extract() returns the same mentions as Document(...).mentions."""
        assert extract(STORY, published="1999-11-09") == _doc().mentions

    def test_sentence_of(self) -> None:
        """Each mention knows its sentence."""
        doc = _doc()
        m = next(m for m in doc.mentions if m.text == "last month")
        assert doc.sentence_of(m) == "The army pushed them back last month (Interfax, October 20)."

    def test_empty_and_blank_text(self) -> None:
        """Empty or blank text gives no mentions and no events."""
        for text in ("", "   \n\n  "):
            doc = Document(text, published="1999-11-09")
            assert doc.mentions == [] and doc.events == []
            assert doc.inference.how == "given"
        assert Document("").published is None

    def test_non_str_text_raises(self) -> None:
        """A Document needs a str."""
        for bad in (None, b"November 5", 1999, ["November 5"]):
            with pytest.raises(chronology.ChronologyError):
                Document(bad)  # type: ignore[arg-type]

    def test_bad_published_raises(self) -> None:
        """A publication date that is not a date raises InvalidAnchor."""
        for bad in ("next Tuesday-ish", 12345, object()):
            with pytest.raises(chronology.InvalidAnchor):
                Document("Talks stalled last month.", published=bad).mentions  # noqa: B018


class TestEvents:
    def test_events_only_from_event_times(self) -> None:
        """Citations, lengths and sets never become events; every dated event-time mention does."""
        doc = _doc()
        events = doc.events
        event_mentions = [m for m in doc.mentions if m.role is Role.EVENT_TIME and m.span is not None]
        assert [e.provenance.text for e in events] == [m.text for m in event_mentions]
        assert "October 20" not in [e.provenance.text for e in events]
        assert all(isinstance(e, Event) for e in events)

    def test_provenance(self) -> None:
        """Each event carries the document id, offsets, wording and sentence of its mention."""
        doc = _doc()
        for e, m in zip(doc.events, [m for m in doc.mentions if m.role is Role.EVENT_TIME]):
            p = e.provenance
            assert p is not None
            assert p.document_id == "story-1"
            assert (p.start, p.end, p.text) == (m.start, m.end, m.text)
            assert p.sentence == doc.sentence_of(m)
            assert p.text in p.sentence
            assert e.span == m.span

    def test_labels_are_short_readable_phrases(self) -> None:
        """Labels come from the clause, without the time words, capitalised, at most MAX_WORDS words."""
        doc = _doc()
        labels = {e.provenance.text: e.label for e in doc.events}
        assert "left their camps" in labels["November 5, 6 and 7"]
        assert "had settled there" in labels["approximately two years ago"]
        assert "pushed them back" in labels["last month"]
        for label in labels.values():
            assert label and (label[0].isupper() or not label[0].isalpha())
            assert len(label.rstrip("\u2026").split()) <= MAX_WORDS
            assert "\n" not in label and label == label.strip()

    def test_undated_mentions_make_no_events(self) -> None:
        """Without any publication date, relative wording has no span and no event."""
        doc = Document("Talks stalled last month.")
        assert doc.mentions[0].span is None
        assert doc.events == []


class TestTimeline:
    def test_timeline(self) -> None:
        """doc.timeline() is a Timeline of the events, carrying the publication date."""
        if importlib.util.find_spec("chronology.timeline") is None:
            pytest.skip("chronology.timeline is not there yet")
        from chronology.timeline import Timeline

        doc = _doc()
        tl = doc.timeline()
        assert isinstance(tl, Timeline)
        assert list(tl) == doc.events
        assert tl.published is not None
        assert tl.published.likely == Interval("1999-11-09", "1999-11-10")


class TestPublished:
    TEXT = "Talks stalled two days ago."

    def _span(self, published: object) -> Span:
        m = Document(self.TEXT, published=published).mentions[0]
        assert m.span is not None
        return m.span

    def test_forms_of_a_day_agree(self) -> None:
        """A date, an ISO string, a datetime's day and a Span of the day give the same result."""
        expected = Interval("1999-11-07", "1999-11-08")
        assert self._span(dt.date(1999, 11, 9)).likely == expected
        assert self._span("1999-11-09").likely == expected
        assert self._span(Span.of("1999-11-09")).likely == expected
        assert self._span(Anchor.at("1999-11-09")).likely == expected
        assert self._span(dt.datetime(1999, 11, 9, 14, 30, tzinfo=dt.UTC)).likely == expected

    def test_partial_iso_is_uncertain(self) -> None:
        """"1999-11" is the whole month: "two days ago" widens to cover every day of it."""
        span = self._span("1999-11")
        assert span.likely.start == Interval("1999-10-30", "1999-10-31").start
        assert span.likely.end == Interval("1999-11-28", "1999-11-29").end
        day = self._span("1999-11-09")
        assert span.likely.contains(day.likely)
        doc = Document(self.TEXT, published="1999-11")
        assert doc.published is not None and doc.published.granularity.value == "month"
        assert doc.inference.how == "given"

    def test_uncertain_span_anchor(self) -> None:
        """An uncertain Span as publication date flows into likely and possible."""
        anchor = Span(Interval("1999-11-08", "1999-11-11"), Interval("1999-11-01", "1999-11-20"))
        span = self._span(anchor)
        assert span.likely == Interval("1999-11-06", "1999-11-09")
        assert span.possible == Interval("1999-10-30", "1999-11-18")

    def test_given_publication(self) -> None:
        """A given date is used as is, and inference says so."""
        doc = _doc()
        assert doc.inference.how == "given"
        assert doc.published is not None and doc.published.likely == Interval("1999-11-09", "1999-11-10")

    def test_dateline_beats_inference(self) -> None:
        """With no date given, a dateline wins over the latest narrated date."""
        doc = Document("KESSAR, Nov. 12, 1999 \u2014 Rebels left on November 5, 1999.")
        assert doc.inference.how == "dateline"
        assert doc.inference.evidence == "Nov. 12, 1999"
        assert doc.mentions[0].role is Role.DATELINE
        assert doc.published is not None and doc.published.likely == Interval("1999-11-12", "1999-11-13")
        assert [e.provenance.text for e in doc.events] == ["November 5, 1999"]

    def test_narrated_date_in_first_sentence_is_not_a_dateline(self) -> None:
        """A date the first sentence narrates is evidence for inference, not a dateline."""
        doc = Document("Rebels left on November 5, 1999. Two days later the pass reopened.")
        assert doc.inference.how == "latest narrated date"
        assert all(m.role is not Role.DATELINE for m in doc.mentions)
        assert doc.published is not None
        assert doc.published.likely == Interval("1999-11-06", "1999-11-13")
        assert doc.published.possible == Interval("1999-11-06", "2000-02-04")

    def test_unknown(self) -> None:
        """Nothing explicit: no publication date, and relative wording stays unresolved."""
        doc = Document("The rebels left last month.")
        assert doc.inference.how == "unknown" and doc.published is None
        assert doc.mentions[0].timex.value == "XXXX"


class TestPublicationDateWarning:
    def test_warns_when_past_dates_follow_publication(self) -> None:
        """A past-tense explicit date after the given publication date is a contradiction."""
        with pytest.warns(chronology.PublicationDateWarning, match="November 5, 1999"):
            Document("Rebels left their camps on November 5, 1999.", published="1999-10-01").mentions  # noqa: B018

    @pytest.mark.parametrize("text", [
        "Rebels left their camps on November 5, 1999.",
        "Elections will be held in March 2000.",
        "The plan runs until 2005.",
        "Talks stalled last month.",
        "Rebels left their camps on November 5 (Interfax, November 12, 1999).",
    ])
    def test_no_warning_otherwise(self, text: str) -> None:
        """Past dates before publication, forecasts, relative wording and citations do not warn."""
        with warnings.catch_warnings():
            warnings.simplefilter("error", chronology.PublicationDateWarning)
            Document(text, published="1999-11-09").mentions  # noqa: B018

    def test_no_warning_without_a_given_date(self) -> None:
        """Inferred publication dates never warn."""
        with warnings.catch_warnings():
            warnings.simplefilter("error", chronology.PublicationDateWarning)
            Document("Rebels left their camps on November 5, 1999.").mentions  # noqa: B018

    def test_warning_is_a_chronology_warning(self) -> None:
        """PublicationDateWarning belongs to the warning family."""
        assert issubclass(chronology.PublicationDateWarning, chronology.ChronologyWarning)
        assert issubclass(chronology.PublicationDateWarning, UserWarning)


class TestSentences:
    def test_closing_brackets_and_quotes_stay_with_their_sentence(self) -> None:
        """A sentence ends after the quotes or brackets that close it."""
        text = '(The talks resumed on Monday.) "We will return in the spring," he said. "Soon." Then silence.'
        doc = Document(text, published="1999-11-09")
        by_text = {m.text: doc.sentence_of(m) for m in doc.mentions}
        assert by_text["Monday"] == "(The talks resumed on Monday.)"
        assert by_text["the spring"] == '"We will return in the spring," he said.'
        from chronology.extract.sentences import sentences

        assert [text[a:b] for a, b in sentences(text)] == [
            "(The talks resumed on Monday.)", '"We will return in the spring," he said.', '"Soon."',
            "Then silence."]
