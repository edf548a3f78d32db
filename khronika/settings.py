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
    """Reading descriptors around a name (khronika/stages/roles)."""

    max_chain: int = 3  # descriptors in a row, separated by commas, read on each side of a name
    title_adjectives: int = 2  # adjectives right before a descriptor's first title that belong to it
    apposition_reach: int = 3  # words after the comma (or dash) within which an apposition's title must come
    participle_reach: int = 2  # tokens after a title-like participle in which a noun of its case makes it an adjective
    place_stem: int = 4  # the shortest stem of a relational adjective that names a place ("свердловский")
    place_slack: int = 2  # letters at the end of that stem a place's name may differ in ("московский" → Москва)
    main_country_mentions: int = 2  # mentions the main country of a document has at least ...
    main_country_share: float = 0.5  # ... and at least this share of the document's country mentions ...
    main_country_lead: int = 2  # ... and this many times as many as the next country


@dataclass(frozen=True)
class CorefSettings:
    """Descriptors standing for a person (khronika/stages/coref.py)."""

    quotation_chars: int = 30  # characters between quotation marks beyond which they hold a quotation, not a name
    window_sentences: int = 3  # sentences back (the descriptor's own included) in which a salient person is sought


@dataclass(frozen=True)
class QuoteSettings:
    pass


@dataclass(frozen=True)
class EventSettings:
    pass


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
