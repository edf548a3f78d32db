"""Named settings: every window size and threshold of the rules, in one frozen object.

``build_pipeline(settings=…)`` passes ``Settings`` to each stage that takes one; a stage reads its
own section (``settings.quotes.quotation_chars``).  ``DEFAULT`` holds the values the answer keys
and the quality floors were measured with; change one with ``dataclasses.replace``.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SpanSettings:
    quote_window: int = 8  # tokens after an opening quote where its closing quote is looked for
    legal_form_words: int = 3  # most words before a quoted name that are its legal form or kind
    surname_stem: int = 5  # letters of a surname compared across its case forms
    surname_min_letters: int = 4  # the shortest surname recognised again where the tagger missed it
    surname_ending_letters: int = 3  # most letters after a surname's stem (its case ending) when recognised again
    max_name_words: int = 4  # most words of a person's name joined from two spans
    person_words: tuple[int, int] = (2, 3)  # fewest and most words of a name read as a person's in brackets
    given_name_score: float = 0.1  # least pymorphy3 score of a given-name reading of its first word
    domain_letters: int = 3  # longest span after a dot that is read as a domain zone (``.РФ``)
    continent_min_letters: int = 4  # the shortest word looked up as a continent


@dataclass(frozen=True)
class EntitySettings:
    place_window: int = 6  # tokens before a capital looked at for a place preposition (``в Токио``)
    caps_capital_min_letters: int = 5  # the shortest span in capitals (a dateline's ``МОСКВА``) read as a capital city


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
class CleanSettings:
    max_headline: int = 250  # longer lines are body text, never headlines, captions or links
    top_lines: int = 5  # datelines and header dates are looked for in the first lines of the text only


@dataclass(frozen=True)
class Settings:
    spans: SpanSettings = field(default_factory=SpanSettings)
    entities: EntitySettings = field(default_factory=EntitySettings)
    roles: RoleSettings = field(default_factory=RoleSettings)
    coref: CorefSettings = field(default_factory=CorefSettings)
    quotes: QuoteSettings = field(default_factory=QuoteSettings)
    events: EventSettings = field(default_factory=EventSettings)
    stances: StanceSettings = field(default_factory=StanceSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)


DEFAULT = Settings()
