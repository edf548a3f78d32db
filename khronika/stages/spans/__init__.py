"""Span refinement: the tagger's NER spans → name spans as Russian news annotation draws them.

natasha's spans are a good start but break the conventions of annotated Russian news (those of
factRuEval-2016: a mention spans the words of the name, descriptors left out) in regular ways.
Each rule below mends one of them, over the whole list of spans, in the order of ``RULES``:

* lists and brackets: a span never runs over ``•``, ``,``, ``;`` or a line break, nor over a
  transliteration or abbreviation in brackets (``Фонд защиты природы (ФЗП)``: two mentions);
* persons: two full names in apposition are split; adjacent person spans are joined only when
  together they make one plausible name;
* types and non-names: a country tagged as a person is a place; international organisations,
  seats of power and facilities get their type from a gazetteer (``data/orgs_ru.tsv``); built
  places are locations; common-noun abbreviations (``СМИ``), bare legal forms, domain zones,
  vehicles and titles of works are no names;
* boundaries that shrink: a legal form or kind before a quoted name (``ОАО «Северсталь»`` →
  ``Северсталь``), a job title before an organisation, a street word (``Садовой улице`` →
  ``Садовой``);
* organisations named again: an abbreviation or Latin name in brackets after one, and the same
  name repeated in the document untagged or tagged as a place; a person named by initials glued to a word;
* boundaries that grow: a genitive country or body after an organisation (``МИД Франции``), what
  it is attached to (``Совет при губернаторе``), a relational adjective before it (``французского
  МИДа``);
* countries of several words: one place mention, however the tagger cut them (``о Соединённых
  [Штатах]``);
* nesting: a country or continent named inside an organisation's name is a place mention of its
  own (``МИД [Франции]``, ``Совет [Европы]``), as it is where the tagger missed it.

Spans may overlap (a place inside an organisation); exact duplicates are dropped.  A span whose
words changed loses natasha's normal form unless its words line up with it.  The stage reads
tokens with morphology and syntax (through the document's view) and changes nothing but
``Document.ner``.

The package: ``context`` (what a rule reads, how it makes spans), ``lexicon`` (the word sets of
``data/span_words.tsv`` and the listed names of ``data/orgs_ru.tsv``), and the rules by what they
do to a span: ``splitting``, ``joining``, ``retyping``, ``trimming``, ``adding``, ``extending``.
"""
from __future__ import annotations

from ...records import Document, Mention
from ...settings import DEFAULT, Settings, SpanSettings
from ...view import view
from .adding import (
    add_country_phrases,
    add_place_names,
    initialled_names,
    name_in_brackets,
    repeated_names,
    repeated_surnames,
    repeated_words,
)
from .context import Context
from .extending import extend_over_attachment, extend_over_genitive, include_place_adjective
from .joining import join_given_left_out, join_names, join_person_names, join_unknown_given_names, plausible_name
from .lexicon import known_kind
from .retyping import (
    drop_non_names,
    facilities_are_places,
    known_names,
    paired_countries,
    places_in_other_cases,
    quoted_after_kind,
    retype_countries,
)
from .splitting import (
    split_apposed_names,
    split_at_brackets,
    split_at_separators,
    split_country_opening,
    split_known_organisation,
    split_surname_closing,
    split_surnames,
)
from .trimming import (
    trim_edges,
    trim_group_word,
    trim_legal_form,
    trim_question_word,
    trim_street_words,
    trim_title,
)

__all__ = ["RULES", "SpanStage", "join_names", "known_kind", "plausible_name", "refine"]

RULES = (
    # lists and brackets
    split_at_separators, split_at_brackets, trim_edges, paired_countries,
    # persons
    split_apposed_names, split_surnames, split_known_organisation, split_country_opening, split_surname_closing,
    join_person_names,
    join_unknown_given_names, join_given_left_out,
    # types and non-names
    retype_countries, places_in_other_cases, drop_non_names, known_names, quoted_after_kind, facilities_are_places,
    # boundaries that shrink
    trim_legal_form, trim_title, trim_edges, trim_street_words, trim_question_word, trim_group_word,
    # organisations named again
    name_in_brackets, repeated_names, repeated_words, repeated_surnames, initialled_names,
    # boundaries that grow
    extend_over_genitive, extend_over_attachment, include_place_adjective,
    # nesting
    add_country_phrases, add_place_names,
)


def dedupe(spans: list[Mention]) -> list[Mention]:
    """One span per (start, stop, type), in text order."""
    seen: dict[tuple, Mention] = {}
    for m in sorted(spans, key=lambda m: (m.start, -m.stop, m.type)):
        seen.setdefault((m.start, m.stop, m.type), m)
    return list(seen.values())


def refine(doc: Document, settings: SpanSettings = DEFAULT.spans) -> list[Mention]:
    """The document's NER spans after every rule."""
    c = Context(view(doc), settings)
    spans = list(doc.ner)
    for rule in RULES:
        spans = rule(spans, c)
    return dedupe(spans)


class SpanStage:
    name = "spans"
    requires = frozenset({"text", "sentences", "ner"})
    provides = frozenset({"ner"})

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings.spans

    def __call__(self, doc: Document) -> Document:
        return doc.replace(ner=tuple(refine(doc, self.settings)))
