"""Quotes: who said what, in direct speech (quotation marks, transcripts) and indirect speech.

The package, in reading order:

* ``cues``: the verbs of speech and opinion (``data/speech_verbs.tsv``), pronouns, predicatives;
* ``actors``: who the words name (persons, organisations, countries, capitals, country adjectives),
  on top of the document view; the stance stage reads it too;
* ``speakers``: the speaker a verb of speech or a noun phrase names; a news outlet or its reporter (``сообщает
  ТАСС``, ``пишет газета``, ``корреспондент агентства``, any subject of ``со ссылкой на X``: X speaks) or an
  unnamed informant (``источник в МИД``) is a source and names no speaker: reported speech with no other
  speaker is dropped, direct speech kept without one; an unnamed official (``пишет официальный представитель
  МИД``, ``спикер ведомства``) is the person the text names in that office, else the body; one unnamed person of
  a country (``иранский дипломат``) is a person of it named before, else no one;
* ``salience``: the antecedent of a pronoun, ``последний``, a bare title or a descriptor (the speaker of the
  paragraph's speech just before: ``— отметил министр``);
* ``reading``: one document as the rules read it, and what they find;
* ``transcript``: ``И.Петров: …`` turns and the speaker of a whole transcript;
* ``direct``: quotations and their attributions (a quoted call: ``призвал X «немедленно …»``);
* ``indirect``: reported speech (``X заявил, что …``, ``по словам X, …``);
* ``posts``: a post a page gives whole, after a line naming its author alone (no verb of speech);
* ``stage``: the order of it all, and ``QuoteStage``; a body's past-tense report of what happened
  (``Стороны провели переговоры, сообщили в МИД``) is the source of a fact, no quote (``reported_fact``).

Besides ``quotes``, ``speaker`` and ``turns`` the stage records who is salient where
(``Document.salient``) and the direct speech in quotation marks (``Document.quoted``): the stance
stage resolves its pronouns with them and finds no quotes itself.
"""
from .cues import speech_class, speech_verbs
from .reading import quote_id
from .stage import QuoteFinder, QuoteStage, find_quotes

__all__ = ["QuoteFinder", "QuoteStage", "find_quotes", "quote_id", "speech_class", "speech_verbs"]
