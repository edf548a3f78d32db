"""What two reports of an act other than a meeting (a protest, sanctions, an agreement) have in common, for
``act_link.act_link``: evidence alike, the countries each tells, the target's answer to the act."""
from __future__ import annotations

import functools

from .. import lexicon
from ..settings import FusionSettings
from .evidence import ONE_ACTS
from .report import AGENDAS, OUTCOMES, Report, overlap
from .tellings import CHARGES

# Objects any agreement may have ("подписали соглашение", "документы"): they tell no one thing agreed.
_GENERIC = lexicon.words("fusion_words.tsv")["OBJECT_GENERIC"]
# Forms of a document signed or agreed ("протокол", "меморандум", "план"): what it is about is told after them, or not.
_FORMS = lexicon.words("fusion_words.tsv")["OBJECT_FORMS"]
# What one side accepts from the other ("приглашение"): an acceptance agrees to that alone.
_ACCEPTED = lexicon.words("fusion_words.tsv")["OBJECT_ACCEPTED"]
# Words of one thing however named (a truce: "перемирие", "прекращение огня", "режим тишины"; a visa-free regime:
# "отмена виз", "безвизовый режим"), by the key ``_phrase`` gives an agreement on it, whichever of its names it tells.
_ONE_THINGS = {"=truce": lexicon.words("fusion_words.tsv")["ONE_TRUCE"],
               "=visa-free": lexicon.words("fusion_words.tsv")["ONE_VISA_FREE"]}



def refused_apart(a: Report, b: Report) -> bool:
    """Two refusals, one of a charge or a protest (``отверг обвинения в сговоре``, ``отклонил ноту``) and one of
    something else both tell by its object (``отказался назвать сроки``, ``отклонил предложение``): a person at one
    meeting may refuse both, two acts."""
    return a.type == b.type == "REJECT" and bool(a.object and b.object) \
        and (a.object in CHARGES) != (b.object in CHARGES)


def answer(told: Report, other: Report) -> bool:
    """An act told without its actor by the persons of its target only, its countries the act's source and target
    (``Министр Y назвал ошибкой решение X отозвать посла``): the target's answer to that act, which a
    retaliation told without its actor is not (its persons are of the first act's source)."""
    return bool(told.persons and other.targets and told.sides & other.sources) \
        and all(p.countries and p.countries <= other.targets for p in told.persons) \
        and told.sides <= other.sources | other.targets


def much_alike(a: Report, b: Report, settings: FusionSettings) -> bool:
    """Evidence of two acts much alike: half of the shorter with more than ``act_shared_words`` in common, else
    ``act_unnamed_overlap`` of it (a short line misleads: three words in common need more of it)."""
    shared, similar = len(a.words & b.words), overlap(a, b) or 0.0
    return shared >= settings.act_shared_words and similar >= settings.act_unnamed_overlap \
        or shared > settings.act_shared_words and similar >= settings.act_undated_overlap


def told_alike(a: Report, b: Report, settings: FusionSettings) -> bool:
    """Evidence of two acts much alike beyond their verbs (``договорились``: any agreement's): more than
    ``act_shared_words`` other words in common, ``act_undated_overlap`` of the shorter."""
    return len(a.words & b.words - {a.verb, b.verb}) > settings.act_shared_words \
        and (overlap(a, b) or 0.0) >= settings.act_undated_overlap


def one_object(a: Report, b: Report) -> bool:
    """Two agreements on one thing: the same head noun of their objects (``tellings.act_object``), not a generic one."""
    return a.type in OUTCOMES and b.type == a.type and bool(a.object) and a.object == b.object \
        and a.object not in _GENERIC


def _heads(r: Report, settings: FusionSettings) -> frozenset[str]:
    """The stems of an object's head noun and of the process it is the object of (``разминирование участков``)."""
    return r.process | {r.object[:settings.stem_chars]} if r.object else r.process


def _phrase(r: Report, settings: FusionSettings) -> frozenset[str]:
    """The stems of an object's head noun, of its process and of the words after it; and the key of one thing however
    named (``_ONE_THINGS``) that its object, those words or an adjective before it tell (``перемирие``, ``прекращение
    огня``, ``режим тишины``: ``ONE_TRUCE``; ``отмена виз``, ``безвизовый режим``: ``ONE_VISA_FREE``)."""
    phrase = _heads(r, settings) | r.thing
    told = phrase | {w[:settings.stem_chars] for w in r.kind}
    return phrase | {key for key, stems in _one_things(settings.stem_chars) if r.object in _ONE_THINGS[key]
                     or told & stems}


@functools.lru_cache(maxsize=4)  # one stem length a run, a few in tests
def _one_things(stem_chars: int) -> tuple[tuple[str, frozenset[str]], ...]:
    """The stems of each of ``_ONE_THINGS`` as ``Report.thing`` cuts words (``FusionSettings.stem_chars``): made
    once."""
    return tuple((key, frozenset(w[:stem_chars] for w in words)) for key, words in _ONE_THINGS.items())


def one_thing_named(a: Report, b: Report, settings: FusionSettings) -> bool:
    """Both tell one of the things ``_ONE_THINGS`` names, however each words it (``перемирие``, ``соглашение о
    прекращении огня``): of one pair on one day, one truce, whatever else each line tells."""
    return bool(_phrase(a, settings) & _phrase(b, settings) & _ONE_THINGS.keys())


def one_head(a: str, b: str) -> bool:
    """One head noun, or a compound of it (``рейс``, ``авиарейс``)."""
    short, long_ = sorted((a, b), key=len)
    return long_.endswith(short) and len(short) >= 4


def things_meet(a: Report, b: Report, settings: FusionSettings) -> bool:
    """Two agreements told of one thing: the same head noun of their objects (not a generic one) and the words after it
    in common where both tell some (``группу по миграции``, ``рабочую группу по вопросам миграции``); or other head
    nouns in phrases that share a word (``передать спорный остров комиссии`` and ``создать комиссию по спорному
    острову``; ``согласовали план вывода войск`` and ``график вывода войск``), or both of a truce however named
    (``договорились о перемирии``, ``о прекращении огня``)."""
    if a.type not in OUTCOMES or b.type != a.type or not a.object or not b.object \
            or a.object in _GENERIC or b.object in _GENERIC:
        return False
    if one_head(a.object, b.object):  # a process both name is one thing, whatever words follow its object ("наладить
        # совместное патрулирование озера против браконьеров", "о совместном патрулировании озера Z")
        return not (a.thing and b.thing) or bool(a.thing & b.thing) or bool(a.process & b.process)
    return bool(_phrase(a, settings) & _phrase(b, settings))


def one_body(a: Report, b: Report) -> bool:
    """One body (a commission, a council, a group) agreed upon by one pair of countries, told by its head noun alone
    (``acts.things_meet``: the same head) with no words after it in either report and no adjectives that tell another
    of its kind (``деловой совет``, ``координационный совет``: ``Report.kind``); the verbs (``создать``,
    ``учредить``, ``сформировать``) and plain adjectives (``совместная``, ``межправительственная``) each outlet's own.
    Two countries in common: a report of one side does not tell whose body it is."""
    return not (a.thing or b.thing) and a.kind == b.kind and len(sides_told(a) & sides_told(b)) >= 2


def things_differ(a: Report, b: Report, settings: FusionSettings) -> bool:
    """Two agreements on other things: the head nouns of both objects known, neither generic, other ones, and no word of
    one's phrase in the other's (``создать комиссию по рыболовству`` and ``открыть прямое авиасообщение``) — two
    outcomes of one meeting, never one act; nor when one names the other's head or process anywhere in its evidence
    (``ускорить разминирование участков`` and ``подписан протокол о разминировании``).  One head noun told with other
    words after it (``поставки пшеницы``, ``поставки зерна``) may be one thing told in other words, and a document's
    form (``OBJECT_FORMS``: ``подписали протокол о начале работ``) the thing agreed told by its paper: no
    disagreement; but one generic head about two other things told after it is two papers
    (``_about_others``).  An acceptance of what one side offers (``OBJECT_ACCEPTED``: ``принял приглашение``) and an
    agreement on anything else are always two."""
    if a.type not in OUTCOMES or b.type != a.type or not (a.object and b.object):
        return False
    if (a.object in _ACCEPTED) != (b.object in _ACCEPTED):
        return True  # "принял приглашение" accepts the invitation, not what the sides agreed that day
    if a.object == b.object and a.object in _GENERIC:
        return _about_others(a, b)
    return not one_head(a.object, b.object) and not {a.object, b.object} & (_GENERIC | _FORMS) \
        and not things_meet(a, b, settings) and not (_heads(a, settings) & b.words or _heads(b, settings) & a.words)


def asks_apart(a: Report, b: Report, settings: FusionSettings) -> bool:
    """Two requests (or proposals, agreements: ``report.AGENDAS``) about other things: the head nouns of both objects
    known, neither generic nor a form, other ones, and no word of one's phrase in the other's (``попросила содействовать
    доступу компаний к кредитам`` and ``предложила создать рабочую группу``) — a side asks several things at one
    meeting.  Unlike ``things_differ``, a head the other's evidence names elsewhere (``попросила время на консультации
    с компанией``) does not join them: this holds only where nothing but loose words link the two."""
    if a.type not in AGENDAS or b.type != a.type or not (a.object and b.object):
        return False
    if {a.object, b.object} & (_GENERIC | _FORMS) or one_head(a.object, b.object):
        return False
    return not _phrase(a, settings) & _phrase(b, settings)


def _about_others(a: Report, b: Report) -> bool:
    """One generic head (``соглашение``, ``договор``) about other things, both told after it, no word of one in the
    other's evidence (``соглашение о воздушном сообщении`` and ``соглашение о сотрудничестве в области рыболовства``):
    two papers signed, never one.  Not a form (``протокол``, ``план``): outlets tell what one protocol does in other
    words (``протокол по демаркации границы``, ``протокол об установке пограничных знаков``)."""
    return bool(a.thing and b.thing) and not (a.thing & b.words or b.thing & a.words)


def sides_told(r: Report) -> frozenset[str]:
    """The countries of an act: its own, and for an outcome told without its actor (``Стороны подписали …``) those
    of the meetings it follows, whose sides signed."""
    return r.sides.union(*(m.sides for m in r.meetings))


def of_one_pair(a: Report, b: Report) -> bool:
    """Two acts whose countries do not tell two pairs: two in common, or as many as one of them tells (a capital is its
    country: ``Сантьяго отверг протест Буэнос-Айреса`` is not of Portugal's protest to Chile)."""
    return one_pair(a.sides, b.sides)


def one_pair(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sets of countries that do not tell two pairs: two in common, or all those one of them holds."""
    return len(a & b) >= min(2, len(a), len(b))


def named_pair(a: Report, b: Report) -> bool:
    """The evidence of both names the same countries, two or more (its ``iso:`` words: ``временному поверенному в
    делах Никарагуа вручена нота в связи с нарушением границы Коста-Рики``), whatever else either report's sides hold
    (a dateline's country, one named in the lines around it)."""
    told = [frozenset(w for w in r.words if w.startswith("iso:")) for r in (a, b)]
    return len(told[0]) >= 2 and told[0] == told[1]


def within(a: Report, b: Report) -> bool:
    """The countries of one report are among the other's (or one tells none)."""
    return not (a.sides and b.sides) or a.sides <= b.sides or b.sides <= a.sides


def retelling(a: Report, b: Report, settings: FusionSettings) -> int:
    """A report dated by its document retelling an act of some days before (``days.retold``), ``b`` as ``a`` tells
    it: the same actor and target told by both, evidence much alike, or somewhat alike (``act_same_day_overlap`` of
    the shorter) with the same verb, in ``act_shared_words`` words besides the countries — or with a verb of one act
    however worded in both (``evidence.ONE_ACTS``: ``отклонила предложение`` and ``отказалась от посредничества``)."""
    if not (a.sources & b.sources and a.targets & b.targets):
        return 0
    shared = [w for w in a.words & b.words if not w.startswith("iso:")]
    one_act = bool(a.words & b.words & ONE_ACTS) or bool(a.verb) and a.verb == b.verb \
        and len(shared) >= settings.act_shared_words
    return int(much_alike(a, b, settings) or one_act and (overlap(a, b) or 0.0) >= settings.act_same_day_overlap)
