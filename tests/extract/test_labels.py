"""Event labels: the clause a mention dates, with reported speech and relative clauses read."""

from __future__ import annotations

import pytest

from chronology.extract.labels import label_for


def _label(sentence: str, mention: str) -> str:
    start = sentence.index(mention)
    return label_for(sentence, start, start + len(mention))


@pytest.mark.parametrize(("sentence", "mention", "label"), [
    # the plain case: the clause before the date
    ("Rebels left their camps on November 5, 6 and 7, a spokesman said.", "November 5, 6 and 7",
     "Rebels left their camps"),
    # reported speech: what was said, not who said it
    (("Dornia insists that it agreed only to a transit and that the fighters must leave before the "
      "end of the year."), "the end of the year", "The fighters must leave"),
    (('One diplomat said only that the problem had been "moved, not solved," and predicted that the '
      "Front would be back in the news by the spring."), "the spring", "The Front would be back in the news"),
    ("Officials warned that troops might enter the valleys next month.", "next month",
     "Troops might enter the valleys"),
    # an object relative: its subject, its verb, and the antecedent as object
    (("They want to take back the district capital, Merin, which the army recaptured in the spring of "
      "that year."), "the spring of that year", "The army recaptured Merin"),
    # a subject relative: the antecedent is the subject
    ("Observers counted the columns at the bridge, which collapsed on November 6.", "November 6",
     "The bridge collapsed"),
    # a restrictive relative in the past: "talks that opened"
    ("The agreement was the product of talks that opened in Lusk on October 12.", "October 12",
     "Talks opened in Lusk"),
    # "that" as a determiner is no relative
    ("The army retook the town in that year's spring offensive on May 3.", "May 3",
     "The army retook the town in that year's spring offensive"),
])
def test_labels(sentence: str, mention: str, label: str) -> None:
    assert _label(sentence, mention) == label
