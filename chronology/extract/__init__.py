"""Extraction: whole documents → mentions (resolved temporal expressions) → events.

>>> import chronology
>>> doc = chronology.Document("Talks stalled last month.", published="1999-11-09")
>>> doc.mentions[0].timex.value
'1999-10'
"""

from chronology.extract.document import Document, extract
from chronology.extract.mention import Mention, Role
from chronology.extract.published import Inference

__all__ = ["Document", "Inference", "Mention", "Role", "extract"]
