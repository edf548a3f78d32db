"""Who holds a position: the subject of the cue's verb, resolved like a speaker (``он`` → the last
person named as a subject or speaker; ``Турецкая сторона`` → Турция; ``В Анкаре`` → Турция; ``мы`` →
the speaker's side); for an evaluation the one who says or thinks it (the subject of ``считать``,
``по мнению X``, the speaker of the quote the cue stands in, the speaker of a transcript)."""
from __future__ import annotations

import dataclasses

from ... import gazetteer
from ...ids import country_id, is_country
from ...morph import first_person, fold, lemmas, parses
from ...records import Token
from ..body_keys import bare_body
from ..quotes.actors import best
from ..quotes.cues import COUNTRY_BODIES, speech_class
from ..quotes.cues import STATEMENTS as SAID
from ..quotes.speakers import SUBJECT
from ..roles import head_lemma
from .context import Context
from .cues import Match
from .words import ACCORDING, CARRIERS, NAMING, OUR, RELATIVES, STATEMENTS, THREATENING, WE


def subject(cx: Context, verb: Token) -> str | None:
    """The entity a verb's subject names (pronouns resolved); the speaker's side for "мы"."""
    by = issuer(cx, verb)
    if by is not None:
        return by
    sp = cx.speakers.subject_of(verb, verb.start, verb.stop)
    if sp.first_person or sp.entity is None and cx.view.child(verb, SUBJECT) is None and _first_person(verb):
        return cx.we_side(verb.start)  # "Сожалеем об этом решении": the speaker's side
    if sp.entity is None:
        up = said_by(cx, verb)
        if up is not None:
            return subject(cx, up)
        return taken_up(cx, cx.view.child(verb, SUBJECT))  # "Стороны приветствовали": no one side holds it
    if sp.entity.startswith("?"):
        return cx.salience.antecedent(sp.entity, verb.start)
    return sided(cx, verb, sp.entity)


def _first_person(verb: Token) -> bool:
    """A verb in the first person (``Сожалеем``, ``Осуждаем``): by the parser, or by the word's likely reading
    (``morph.first_person``) where the parser took it for another part of speech."""
    return verb.feats.get("Person") == "1" or first_person(verb.text)


def said_by(cx: Context, verb: Token) -> Token | None:
    """``X заявил, что «сожалеет» о решении Y``, ``X подчеркнул, что поддерживает …``: a finite verb in the third person
    with no subject of its own, the clause a verb of speech or opinion says, shares that verb's subject; the verb of
    speech, or None for any other verb."""
    v = cx.view
    up = v.head(verb)
    if verb.rel != "ccomp" or up is None or verb.feats.get("VerbForm") != "Fin" or \
            verb.feats.get("Person", "3") != "3" or v.child(verb, SUBJECT) is not None or \
            _speech(up) not in ("say", "think"):
        return None
    return up


def issuer(cx: Context, verb: Token) -> str | None:
    """``X выступил с заявлением, в котором осудил …``, ``X направил ноту, в которой выразил протест``: the verb of a
    relative clause on a statement (``в котором``), no subject of its own, is the issuer's, the subject of the verb the
    statement depends on. None for any other verb."""
    v = cx.view
    noun = v.head(verb) if verb.rel.startswith("acl") else None
    if noun is None or v.child(verb, SUBJECT) is not None or not lemmas(noun.text) & (STATEMENTS | CARRIERS) or \
            not any(lemmas(c.text) & RELATIVES and any(fold(x.text) in ("в", "во") for x in v.children(c))
                    for c in v.children(verb)):
        return None
    up = v.head(noun)
    return subject(cx, up) if up is not None and up.pos in ("VERB", "AUX") else None


def taken_up(cx: Context, subj: Token | None) -> str | None:
    """``Правительство X объявило … Правительство «отвергает …»``: a national body named bare (``правительство``,
    ``кабинет``, ``министерство``), nothing of its own that names a side, takes up the last one of that name the text
    gave a country before it; that country holds it. None for any other subject, or none named before."""
    if subj is None or subj.pos != "NOUN" or subj.feats.get("Number") == "Plur":
        return None
    name = lemmas(subj.text) & COUNTRY_BODIES
    if not name or cx.actors.actors(cx.view.subtree(subj)):
        return None
    for t in reversed([t for t in cx.view.tokens if t.start < subj.start]):
        if t.pos != "NOUN" or not lemmas(t.text) & name:
            continue
        sides = [a for c in cx.view.children(t) if c.rel in ("nmod", "amod")
                 for a in cx.actors.actors(cx.view.subtree(c)) if a.kind in ("country", "adjective")]
        if sides:
            return cx.side(sides[0].entity)
    return None


def said_threat(cx: Context, verb: Token) -> tuple[str, str] | None:
    """``«Учения X угрожают стабильности», — заявил Y``: a verb of threatening whose subject is an act, a common noun
    that names no actor nor a title, of one side: whoever says so (the voice) holds the stance toward that side, not
    the side toward no one. None where the subject is a side or its person, or the act is of no side (``засуха``)."""
    subj = cx.view.child(verb, SUBJECT)
    if not lemmas(verb.text) & THREATENING or subj is None or subj.pos != "NOUN" or head_lemma(subj) or \
            cx.actors.mentions.outer(subj) is not None:
        return None
    owner = best(cx.actors.actors(cx.view.subtree(subj)))
    voice = cx.voice(verb.start)
    if owner is None or voice is None or cx.side(voice) is None or cx.side(voice) == cx.side(owner.entity):
        return None
    return voice, owner.entity


def sided(cx: Context, verb: Token, entity: str) -> str:
    """A body whose subject phrase gives it one country after it, no preposition between (``МИД X``, ``парламент X``
    tagged as a bare ``МИД`` of no side or of the default one): that country holds it; not a name's adjective
    (``Оппозиционное X-ское движение``), nor a person."""
    subj = cx.view.child(verb, SUBJECT)
    if subj is None or cx.actors.is_person(entity) or cx.actors.mentions.outer(subj) is None or \
            cx.actors.mentions.outer(subj).entity != entity:
        return entity
    owners = [c for c in cx.view.children(subj) if c.rel == "nmod" and c.start > subj.start
              and not any(x.rel == "case" for x in cx.view.children(c))]
    sides = {cx.side(a.entity) for c in owners for a in cx.actors.actors(cx.view.subtree(c))} - {None}
    return sides.pop() if len(sides) == 1 and cx.side(entity) not in sides else entity


def speaks_for(cx: Context, entity: str | None) -> str | None:
    """A ministry speaks for its country: a body named bare (``МИД``, ``ведомство`` taken up as it, ``Министерство
    иностранных дел``, ``Сенат``) that the entity stage left with no country is the country of the one body of the same
    name the document names with a country (``Министерство иностранных дел X`` before), else of the dateline's place
    abroad (``Тарту, 10 ноября (Tartu Teataja). … По данным МИД, …``); a person of no country of his own who holds an
    office of such a body (``официальный представитель МИД Y``) speaks for that country too; any other entity is
    itself."""
    e = cx.actors.entities.get(entity) if entity is not None else None
    if e is not None and e.type == "person" and not e.country:
        # of no country of his own, or only through a body named bare ("официальный представитель МИД Y")
        bodies = {r.of for r in cx.actors.roles if r.person == entity and r.of and r.of != entity}
        if any(is_country(b) for b in bodies):
            return entity
        countries = {c for c in (speaks_for(cx, b) for b in bodies) if is_country(c)}
        countries |= {c for c in (cx.actors.named_body(b) for b in bodies) if c is not None}
        return countries.pop() if len(countries) == 1 else entity
    ends = cx.actors.name_ends(entity) if e is not None and e.type == "organization" and bare_body(e.name) else None
    if ends is not None:
        return ends  # "Министерство иностранных дел, международной торговли и культа X": X (the body has no country)
    if e is None or e.type != "organization" or cx.actors.side(entity) is not None or \
            not (bare_body(e.name) or len(e.name.split()) == 1 and lemmas(e.name) & COUNTRY_BODIES):
        return entity
    named = cx.actors.namesakes(e.name)
    if len(named) == 1:
        return named.pop()
    place = cx.doc.dateline_place
    country = gazetteer.country_or_capital(place) if place and not named else None
    return country_id(country.code) if country is not None and country.code != cx.home else entity


def opinion_holder(cx: Context, m: Match, tokens: list[Token]) -> str | None:
    """Who says or thinks an evaluation: an opinion or naming verb's subject above the cue (``назвал X
    неприемлемым``), ``по мнению X`` /
    ``по нашим оценкам``, the quote's speaker, the transcript's speaker, the body whose own page the text is."""
    t = naming_before(cx, m, tokens) or cx.view.head(m.head)
    steps = 0
    while t is not None and steps < cx.settings.opinion_steps:
        if _speech(t) in ("say", "think") or lemmas(t.text) & NAMING:
            told = cx.voice(m.head.start) or cx.site()
            if told is not None and t.feats.get("Voice") == "Pass" and passive(cx, t) and \
                    not any(c.rel.startswith("nsubj") and c.feats.get("Case") == "Nom" for c in cx.view.children(t)):
                return told  # "Стороне X указано на …": the addressee in the dative says nothing
            if lemmas(t.text) & NAMING and named_passive(cx, t):  # "решение X названо провокацией": X is named
                return stated_in(cx, t, m.head) or cx.voice(m.head.start) or cx.site()
            by = issuer(cx, t)  # "заявление, в котором назвало высылку «…»"
            if by is not None:
                return by
            sp = cx.speakers.subject_of(t, t.start, t.stop)
            if sp.first_person:
                return cx.we_side(t.start)
            if sp.entity is not None:
                return cx.salience.antecedent(sp.entity, t.start) if sp.entity.startswith("?") else \
                    sided(cx, t, sp.entity)
            if passive(cx, t):  # "Подчеркнуто, что …" on a body's own page: the body says it
                return cx.voice(m.head.start) or cx.site()
            break
        up = cx.view.head(t)
        if t.rel == "ccomp" and not (up is not None and _speech(up) == "say" and passive(cx, up)):
            break  # (but "В заявлении X говорится, что меры приняты в ответ на незаконные санкции Y": the statement's)
        t = up
        steps += 1
    for k, x in enumerate(tokens):
        if fold(x.text) != "по" or k + 1 >= len(tokens):
            continue
        j = k + 1
        if fold(tokens[j].text) in OUR:
            if j + 1 < len(tokens) and lemmas(tokens[j + 1].text) & ACCORDING:
                return cx.we_side(x.start)
            continue
        if lemmas(tokens[j].text) & ACCORDING:
            end = next((i for i in range(j + 1, len(tokens)) if tokens[i].text in ",.;:"), len(tokens))
            found = best(cx.actors.actors(tokens[j + 1:end]))
            if found is not None:
                return found.entity
    told = as_told(cx, tokens)
    if told is not None:
        return told
    # the narration of a body's own page is the body's (``… правительство X, нарушив договор …, объявило …``)
    return cx.voice(m.head.start) or cx.site()


def as_told(cx: Context, tokens: list[Token]) -> str | None:
    """``Как говорится в коммюнике министерства, …``, ``как заявили в МИД X, …``, ``…, как подчеркнул Y``: the
    speaker of a clause of ``как`` and a verb of speech or opinion, anywhere in the sentence (the quote stage may
    leave its words no quote, a fact reported in the past tense)."""
    for k, x in enumerate(tokens[:-1]):
        if fold(x.text) != "как":
            continue
        j = next((j for j in range(k + 1, min(k + 1 + cx.settings.as_told_reach, len(tokens)))
                  if tokens[j].pos == "VERB" and tokens[j].feats.get("VerbForm") == "Fin"), None)
        verb = tokens[j] if j is not None else None
        if verb is None or _speech(verb) not in ("say", "think") or any(t.text in ",;:" for t in tokens[k + 1:j]):
            continue
        end = next((t.start for t in tokens[j + 1:] if t.text in ",;:"), tokens[-1].stop)
        sp = cx.speakers.subject_of(verb, verb.start, end)
        if sp.first_person:
            return cx.we_side(verb.start)
        if sp.entity is not None:
            return cx.salience.antecedent(sp.entity, verb.start) if sp.entity.startswith("?") else \
                sided(cx, verb, sp.entity)
    return None


def named_passive(cx: Context, verb: Token) -> bool:
    """A verb in the passive whose subject is what it names (``решение X названо``, ``действия X были названы``)."""
    if verb.feats.get("VerbForm") == "Fin" and verb.feats.get("Voice") != "Pass" or \
            not any(c.rel == "nsubj:pass" for c in cx.view.children(verb)):
        return False
    return passive(cx, verb)


def stated_in(cx: Context, verb: Token, cue: Token) -> str | None:
    """Who a passive verb of naming says is naming: its agent in the instrumental (``названо министром X``), or the
    author of the statement its clause stands in (``В заявлении X … названо …``)."""
    for c in cx.view.children(verb):
        if not (c.rel.startswith("obl") or c.rel == "xcomp" and c.pos == "NOUN") or c is cue:
            continue  # the parser makes the agent in the instrumental an "xcomp" beside the name given
        cases = {fold(x.text) for x in cx.view.children(c) if x.rel == "case"}
        if cases and not cases & {"в", "во"} or not cases and c.feats.get("Case") != "Ins" or \
                cases and not lemmas(c.text) & (STATEMENTS | CARRIERS | SAID):
            continue
        found = best(cx.actors.actors(cx.view.subtree(c) if not cases else
                                      [x for x in cx.view.subtree(c) if x is not c]))
        if found is not None:
            return found.entity
    return None


def short_passive(t: Token) -> bool:
    """A short passive participle by any of its readings (``Констатировано``, ``принята``)."""
    return any("PRTS" in p.tag and "pssv" in p.tag for p in parses(t.text))


def _speech(t: Token) -> str | None:
    """The class of a verb of speech or opinion (``quotes.cues.speech_class``), also of a short passive participle
    the parser tagged an adverb (``Подчеркнуто, что …``)."""
    cls = speech_class(t)
    if cls is None and t.pos == "ADV" and short_passive(t):
        cls = speech_class(dataclasses.replace(t, pos="VERB"))
    return cls


def passive(cx: Context, verb: Token) -> bool:
    """A verb of speech in the passive with no agent (``было заявлено``, ``подчеркнуто``)."""
    if any(c.rel == "obl:agent" for c in cx.view.children(verb)):
        return False
    return verb.feats.get("Voice") == "Pass" or any(c.rel == "aux:pass" for c in cx.view.children(verb)) or \
        short_passive(verb)


def naming_before(cx: Context, m: Match, tokens: list[Token]) -> Token | None:
    """``рассматривают это как провокацию``: the naming verb before a cue marked by ``как`` in its clause,
    whatever head the parser gave the cue (a verb of the next clause, "…, но другие считают, …")."""
    if not any(fold(c.text) == "как" for c in cx.view.children(m.head)):
        return None
    k = next((i for i, t in enumerate(tokens) if t.start == m.head.start), 0)
    for t in reversed(tokens[:k]):
        if t.text in ",;:.()«»\"":
            return None
        if lemmas(t.text) & NAMING:
            return t
    return None


def according_span(tokens: list[Token]) -> tuple[int, int] | None:
    """The extent of ``по мнению X``/``по нашим оценкам`` in the sentence."""
    for k, x in enumerate(tokens[:-1]):
        if fold(x.text) == "по" and (lemmas(tokens[k + 1].text) & ACCORDING or fold(tokens[k + 1].text) in OUR):
            end = next((t.start for t in tokens[k + 1:] if t.text in ",.;:"), tokens[-1].stop)
            return x.start, end
    return None


def we_near(cx: Context, m: Match, tokens: list[Token]) -> bool:
    """``у нас позиции совпадают``, ``мы … расходимся``: "у нас" or "мы" in the cue's clause."""
    first = min(t.start for t in m.tokens)
    i = next(i for i, t in enumerate(tokens) if t.start == first)
    window = tokens[max(0, i - cx.settings.we_window):i]
    words = [fold(t.text) for t in window]
    if any(a == "у" and b in WE for a, b in zip(words, words[1:])):
        return True
    return any(fold(c.text) in WE for c in cx.view.children(m.head) if c.rel in SUBJECT | {"obl"})
