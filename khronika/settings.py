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
    """Windows of the quote stage (khronika/stages/quotes), in tokens unless named ``_chars``."""

    attribution_words: int = 4  # a verb of speech is among the first words of an attribution after a quote
    interrupting_chars: int = 160  # the longest attribution inside a quotation: «Первая часть, - отметил X. - Вторая»
    label_chars: int = 50  # the longest name (after its first character) labelling a quotation: Петров: «…»
    min_part_chars: int = 2  # a quoted part or a transcript paragraph shorter than this is no quote
    min_clause_words: int = 3  # unattributed quoted words are a quote from this many words (with a predicate)
    transcript_start_paragraph: int = 1  # a single speaker's first label opens paragraph 0 or up to this one
    subject_climb: int = 3  # verbs climbed from a gerund or a coordinated verb to the one with a subject
    subject_after_words: int = 6  # words after the verb read for a subject the parser missed
    parenthetical_reach: int = 7  # a comma this many tokens back may open a parenthetical ("X, в свою очередь,")
    that_reach: int = 9  # "что" fewer than this many tokens after the verb: "X заявил журналистам, что …"
    as_said_adverbs: int = 3  # the verb fewer than this many tokens after "как" (adverbs between: "как уже отмечал X")
    inverted_start: int = 3  # "…, предупредил X": the verb this many tokens into the sentence at least
    about_this_reach: int = 5  # the verb fewer than this many tokens after "Об" of "Об этом заявил X"
    about_this_newlines: int = 2  # "Об этом …" reads the sentence before across at most this many line breaks
    min_indirect_chars: int = 3  # reported speech shorter than this many characters …
    min_indirect_words: int = 2  # … or words is no quote


@dataclass(frozen=True)
class EventSettings:
    pass


@dataclass(frozen=True)
class StanceSettings:
    """Windows of the stance stage (khronika/stages/stances), in tokens."""

    phrase_gap: int = 1  # words between two slots of a phrase cue: "выразил серьезную обеспокоенность"
    phrase_reach: int = 6  # a two-slot cue's second slot within this many words in the clause: "оценил высоко"
    pair_noun_reach: int = 7  # a pair cue's noun this many tokens before the predicate at most
    adverb_after: int = 4  # a triple cue's adverb within this many tokens after the verb …
    adverb_before: int = 2  # … or this many before it
    negation_reach: int = 2  # "не" this many tokens before the cue at most (an adverb or particle between)
    block_steps: int = 8  # heads climbed from the cue looking for a goal or a condition
    opinion_steps: int = 4  # heads climbed from an evaluation to the verb of opinion or speech
    mutual_climb: int = 2  # heads climbed from a shared position's predicate to a subject
    we_window: int = 4  # "у нас" within this many tokens before a shared position
    bound_window: int = 4  # "в связи с" within this many tokens after a feeling noun
    main_country_mentions: int = 2  # a country named this often is one of the document's main countries
    topic_words: int = 6  # the topic: at most this many nominal words


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
