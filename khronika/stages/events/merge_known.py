"""What the rules that join an event told again to its earlier record (``merge.py``, ``meeting_blocks.py``) know of
the document besides its events: ``Known``, filled by the event stage for each new event."""
from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Known:
    """What the merge rules know of the document besides its events."""

    previous_persons: Collection[str]  # the persons named in the sentence before the new event's
    doc_dated: bool  # the document has a date
    # the ids of the events dated by their document, not by their own words (one that takes a day of its
    # own from a restatement leaves it)
    by_default: set[str] = field(default_factory=set)
    news_days: int = 7  # a day of its own at most this many days before such a date may be the same event's
    own: set[str] = field(default_factory=set)  # meetings a speaker tells as his own ("мы с X провели беседу")
    entries: tuple[int, ...] = ()  # where the entries of a live blog begin (a line with a time only: "17:12")
    questions: frozenset[int] = frozenset()  # where the sentences that ask a question begin
    country_of: Mapping[str, str] = field(default_factory=dict)  # a person's country, where the document tells it
    persons: Collection[str] = ()  # the ids of the document's persons
    founding: Collection[str] = ()  # the ids of the acts that agree to set up a body (``founds``)
    heads: Collection[str] = ()  # the persons the document names as heads of state or government (``heads_of``)
    points: tuple[int, ...] = ()  # where the numbered points of a communiqué or a list begin ("3. Стороны …")
    # where the sentences begin that tell a time since a day ("Переговоры, продолжавшиеся с понедельника, …")
    lasting: frozenset[int] = frozenset()
    text: str = ""  # the document's text (the words before a trigger: ``answers.answered``)
    # the days each sentence telling two or more tells, by where it begins ("Заседание, проходившее в среду и в
    # четверг")
    spans: Mapping[int, frozenset] = field(default_factory=dict)
    place_names: Mapping[str, str] = field(default_factory=dict)  # the names of the document's places, by entity id
