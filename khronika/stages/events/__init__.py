"""Events coded with PLOVER's types from Russian triggers (EVENTS.md), one record per event.

A trigger is a word (``встреча``, ``посетить``, ``санкция``) or a short pattern of lemmas
(``прийти к … мнение``, ``выразить обеспокоенность``) from ``data/event_triggers.tsv``.
Each sentence gives at most one event per type, and one more if that one is planned and the first
not (or the reverse).  For each event:

* participants: persons, organisations and countries named in the sentence, and countries named by
  the adjective of a state agent (``японские пограничники``); not news outlets (``пишет газета``),
  nor the actors of another event noun (``обсудили подготовку визита Путина``); the subject of a
  trigger verb is its ``source``, the ``с X`` of a meeting a ``participant`` beside it, the
  visited country of a visit its ``target``; a pronoun subject (``он``) is the person named last;
* date: the sentence's time expression nearest the trigger (``doc.timexes``); without one, an event the document
  narrates in the past or present takes the document's date unless the sentence places it before
  (``недавно``, ``ранее``); an undated document gives no date (never a guessed one);
* place: a place after ``в``/``во`` in the sentence, else for a meeting the document's dateline place;
* format (``«два плюс два»`` → ``2+2``, ``на высшем уровне`` → summit; ``data/formats.tsv``) and
  ``round`` (``четвертый раунд`` → 4, ``первая встреча в таком формате`` → 1);
* factuality: planned (future tense, ``планируется``), hypothetical (``надеюсь``, ``может``,
  ``если``), negated (``не`` before the trigger), proposed (the object of ``предложить``), else
  occurred.

An event is kept only when a state actor takes part (``actors``): a country named as an actor, an
office holder of a state, a state or international body; in a document that names none of these (nor
a word such as ``министр``, ``делегация``), general news, ``клуб встретился с …``, ``пациент прибыл
в больницу`` report no diplomatic event.  A sentence of sport (``встреча завершилась со счётом 1:0``)
and an act signed by one side (``подписал указ``) give no trigger.

A later sentence that reports the same event again (same type, no date, participants or round of
its own: ``в ходе встречи``) is added to the earlier record as further evidence (``more``).  Each
quote of the document gets the event it is about (``Quote.event``).

Triggers cover the sixteen PLOVER types with verbs, deverbal nouns and passive participles
(``отозвал посла``, ``запрещён въезд``, ``была исключена из``, ``экстрадировали``, ``сбит``); a word
of several senses keeps its diplomatic one only with a word of that sense near it (``отозвал посла``,
not ``отозвала автомобили``), a joint act (``создали комиссию``) only between two states.  A state
actor's negative evaluation (``назвал решение неприемлемым``, ``заявил, что визит вызывает
сожаление``) is an accusation (``evaluation``).  In a passive clause the subject is the target and the
instrumental agent or the requesting state (``по запросу США``) the source.

Modules, in the order the stage uses them: ``words`` (the lexicon), ``sentence`` (a sentence as the
rules read it), ``rounds`` (format and round), ``evaluation`` (evaluative speech), ``triggers``
(finding triggers; ``contents``: what is only the content or circumstance of another act; ``expulsions``: a demand
that envoys leave the country; ``kept``: an agreement kept, broken or overseen, one reached before), ``factuality``,
``participants`` (scope, roles, transcript speakers), ``actors`` (a state actor takes part),
``when`` (date and place), ``merge`` (an event told again), ``stage`` (the stage, quote links).
"""
from .stage import EventStage, event_id

__all__ = ["EventStage", "event_id"]
