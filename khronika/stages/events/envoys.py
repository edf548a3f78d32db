"""An envoy's return to his post (``посол вернулся в Париж``, ``Наш посол возвращается
сегодня``): the end of a recall, a concession (CONCEDE).  A word of returning (``RETURN_TRIGGERS``) reports it only
when its subject, or the genitive of its noun (only announced: ``объявила о возвращении посла``), is an envoy: a
word of ``HEADS_OF_MISSION``, or a person the document names by such a title (``Хорхе Ортис … вновь приступил к работе
в посольстве``); an envoy going to his own country (``посол вернулся в Лиму`` of Peru's envoy) comes home recalled, no
return to his post, nor a visit (``returns_home``)."""
from __future__ import annotations

from ... import gazetteer
from ...ids import country_id, is_country
from ...records import Document, Event, Role, Token
from .passing import announcing
from .sentence import Words
from .words import HEADS_OF_MISSION, RETURN_TRIGGERS, SENDING_BACK

_ACTORS = ("nsubj", "nmod")  # "посол вернулся", "возвращение посла"
_SENT = ("obj", "nsubj:pass")  # "вернула посла", "посол был возвращен"


def no_envoy_returns(w: Words, i: int) -> bool:
    """Veto (``triggers.VETOES``): a word of returning whose subject (or genitive) is neither an envoy's title nor
    a name (``Президент вернулся в столицу``, ``вернуться к переговорам``)."""
    if w.lem[i] not in RETURN_TRIGGERS:
        return False
    if w.tokens[i].pos == "NOUN":  # "объявила о возвращении посла": announced; not what is welcomed or asked for
        head = w.head_index(w.tokens[i])
        if head is None or not announcing(w, head) or not set(w.prepositions(w.tokens[i])) & {"о", "об"}:
            return True
    if w.lem[i] in SENDING_BACK:  # "вернула своего посла": the envoy by his title only (not "вернула Иванова"),
        # told as done (not "решение вернуть посла", what was decided)
        return w.tokens[i].feats.get("VerbForm") == "Inf" or not any(
            c.rel in _SENT and c.id in w.position and w.lem[w.position[c.id]] in HEADS_OF_MISSION
            for c in w.children(w.tokens[i]))
    return not any(c.rel in _ACTORS and c.id in w.position and (
        w.lem[w.position[c.id]] in HEADS_OF_MISSION or c.pos == "PROPN") for c in w.children(w.tokens[i]))


def returns_to_post(event: Event, w: Words, doc: Document) -> bool:
    """Is the return the trigger tells that of an envoy to his post?  Its subject is an envoy's title or a person
    the document names by one, and the place it tells is not the envoy's own country or a city of it."""
    i = w.position.get(next((t.id for t in w.tokens if t.start == event.trigger_start), ""), None)
    if i is None or w.lem[i] not in RETURN_TRIGGERS:
        return True
    sent = w.lem[i] in SENDING_BACK
    subjects = [c for c in w.children(w.tokens[i]) if c.rel in (_SENT if sent else _ACTORS) and c.id in w.position]
    envoys = {r.person: r.of for r in doc.roles if r.position.split()[0] in HEADS_OF_MISSION}
    named = [m.entity for c in subjects if (m := w.mention(c)) is not None and m.entity in envoys]
    if not named and not any(w.lem[w.position[c.id]] in HEADS_OF_MISSION for c in subjects):
        return False
    homes = {envoys[x] for x in named if envoys[x]} | {r.of for c in subjects if (r := _title_of(c, doc))}
    if sent:  # the state that sends him back is his own
        homes |= {m.entity for c in w.children(w.tokens[i]) if c.rel == "nsubj" and (m := w.mention(c)) is not None
                  and m.entity is not None and is_country(m.entity)}
    places = {m.entity for t in w.tokens[i + 1:] if (m := w.mention(t)) is not None and is_country(m.entity)}
    places |= {country_id(c.code) for t in w.tokens[i + 1:] if (c := gazetteer.lookup_capital(t.text))}
    return not (homes and places and homes & places)


def _title_of(t: Token, doc: Document) -> Role | None:
    """The role a title noun among the subjects names (``посол Алжира``), if the document reads one there."""
    return next((r for r in doc.roles if r.position_start <= t.start < r.position_stop), None)


def returns_home(event: Event, doc: Document) -> bool:
    """A visit whose visitors all go to their own country (``Посол Гомес прибыла в Парагвай``, Paraguay's envoy
    recalled): a return home, no visit."""
    if event.type != "CONSULT" or event.mode != "visit":
        return False
    home = {r.person: r.of for r in doc.roles if r.of}
    kinds = {e.id: e.type for e in doc.entities}
    people = [p.entity for p in event.participants if kinds.get(p.entity) == "person"]
    places = {p.entity for p in event.participants if p.role == "target" and is_country(p.entity)}
    others = {p.entity for p in event.participants} - set(people) - places
    return bool(people and places) and not others and all(home.get(x) in places for x in people)
