"""Named settings: every window size and threshold of the rules, in one frozen object.

``build_pipeline(settings=…)`` passes ``Settings`` to each stage that takes one; a stage reads its
own section (``settings.quotes.quotation_chars``).  ``DEFAULT`` holds the values the answer keys
and the quality floors were measured with; change one with ``dataclasses.replace``.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SpanSettings:
    pass


@dataclass(frozen=True)
class EntitySettings:
    pass


@dataclass(frozen=True)
class RoleSettings:
    pass


@dataclass(frozen=True)
class CorefSettings:
    pass


@dataclass(frozen=True)
class QuoteSettings:
    pass


@dataclass(frozen=True)
class EventSettings:
    """Windows of the event rules (khronika/stages/events), in words (tokens) unless named in characters."""

    # finding triggers
    pattern_reach: int = 3  # a pattern's next word stands within this many words after the last one found
    own_date_chars: int = 40  # a time expression this close after an event noun is its own date (not in passing)
    actor_depth: int = 2  # levels of dependents searched for a noun's own actor ("визит президента России")
    sides_depth: int = 3  # levels of conjuncts and names followed from the subjects of "обсудить"
    forces_after: int = 3  # "вывод" is a retreat when forces are named in the words after it
    readiness_cue_before: int = 3  # "заявить/выразить/подтвердить" this close before "готовность"
    joint_before: int = 3  # "совместный" this close before "учение" makes joint exercises
    request_before: int = 8  # a request verb this close before a meeting noun: the meeting is asked for
    talks_before: int = 2  # words before "раунд" that may say what it is a round of
    talks_after: int = 2  # words after "раунд" that may say what it is a round of
    # participants
    media_cue_before: int = 3  # words before an organisation read for "газета", "по данным"…
    target_gap_chars: int = 2  # characters between "в"/"во" and the country a visit goes to
    # factuality
    cue_before: int = 6  # words before the trigger read for future and hypothetical cues
    negation_before: int = 2  # "не" this close before the trigger negates it
    aim_before: int = 2  # "чтобы" this close before the trigger makes it hypothetical
    future_auxiliary_before: int = 3  # a future verb this close before the trigger, with "быть" in the cue window
    # dates and rounds
    adjacent_date_chars: int = 1  # a time expression this close after the trigger is its date ("Приостановка в 2014")
    attach_steps: int = 3  # heads climbed from a time expression to reach the trigger
    other_event_steps: int = 3  # heads climbed from a time expression looking for another event's noun
    round_since_after: int = 14  # words after "первая встреча" read for "после"/"впервые" (counting since an event)


@dataclass(frozen=True)
class StanceSettings:
    pass


@dataclass(frozen=True)
class Settings:
    spans: SpanSettings = field(default_factory=SpanSettings)
    entities: EntitySettings = field(default_factory=EntitySettings)
    roles: RoleSettings = field(default_factory=RoleSettings)
    coref: CorefSettings = field(default_factory=CorefSettings)
    quotes: QuoteSettings = field(default_factory=QuoteSettings)
    events: EventSettings = field(default_factory=EventSettings)
    stances: StanceSettings = field(default_factory=StanceSettings)


DEFAULT = Settings()
