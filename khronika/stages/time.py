"""Time expressions: ``Document.timexes`` from the cleaned text, resolved against the publication
date.  See ``khronika.timex`` for what is found and how it is resolved; the date of an event is the
event stage's (``khronika.stages.events.when``)."""
from __future__ import annotations

from ..records import Document
from ..timex import find_timexes


class TimeStage:
    name = "time"
    requires = frozenset({"text", "published"})
    provides = frozenset({"timexes"})

    def __call__(self, doc: Document) -> Document:
        return doc.replace(timexes=tuple(find_timexes(doc.text, doc.published)))
