"""The frames of a cue (``data/stance_cues.tsv``): who holds the position and who is the other side.

* ``agent``: the subject of the verb holds it, the other side is in its object (``осудил X``);
* ``feeling`` (``feelings.py``): a noun of concern a verb expresses (``выразил обеспокоенность X-ом``) or that is
  bound to what it is about (``опасения в связи с X``); ``X вызывает обеспокоенность Y``: Y holds it;
* ``eval``: an evaluation (``неприемлемо``) is held by who says or thinks it, of what it is said of;
* ``judge`` (``judge.py``): an evaluation as ``eval``, a stance only when it is about another side;
* ``develop``: relations developing well, held by the voice of the text;
* ``mutual``: a position two sides share or not (``позиции Индии и Франции совпадают``, ``наши
  позиции``, ``у нас``, ``Стороны пришли к единому мнению``), the speaker's side first.

Each is ``(context, match, sentence, tokens) → (holder, other)``.
"""
from __future__ import annotations

from ...ids import is_country
from ...morph import fold, lemmas
from ...records import Token
from ..quotes.speakers import SUBJECT
from .context import Context
from .cues import Match
from .feelings import feeling
from .holders import according_span, naming_before, opinion_holder, said_threat, short_passive, subject, we_near
from .sides import (
    acting,
    between,
    by_the_sides,
    counterpart,
    on_part,
    other,
    owned,
    possessors,
    side_list,
    sides_before,
    sides_express,
    the_sides,
    topical,
)
from .words import (
    ACTS,
    CONJECTURES,
    DEMONSTRATIVES,
    DENYING,
    FEELING_STATES,
    FUTURE_AUX,
    MAINTAIN_VERBS,
    MAINTAINED,
    NAMING,
    NOTED,
    ORDERS,
    OUR,
    PERSIST,
    PUT_FORWARD,
    RELATIVES,
    SIDES_ONLY,
    STATE_BODY_HEADS,
    SUCCESS,
    TOWARD_ONLY,
    WE,
    WITHIN,
)

Sides = tuple[str | None, str | None]


def agent(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    verb = m.head
    # "Россия обеспокоена": a participle of a feeling whose subject feels it, unlike "был воспринят негативно"
    state = verb.feats.get("Variant") == "Short" and bool(lemmas(verb.text) & FEELING_STATES)
    # "будет воспринят негативно": a forecast, and not of the subject; not the "будет" of a clause after the verb the
    # parse hung from it ("приветствовал итоги и заявил, что X «будет и дальше содействовать …»")
    if (in_passive(verb) and not state) or any(fold(c.text) in FUTURE_AUX and c.start < verb.start
                                                                 for c in cx.view.children(verb)):
        return None, None
    threat = said_threat(cx, verb)  # "«Учения X угрожают стабильности», — заявил Y": Y's stance toward X
    if threat is not None:
        return threat
    holder = subject(cx, verb)
    objects = [c for c in cx.view.children(verb) if c.rel in ("obj", "obl", "iobj", "xcomp", "ccomp")]
    if holder is None and sides_express(cx, verb, verb):  # "Стороны высоко оценили …", as they express a feeling
        return by_the_sides(cx, m, [x for c in objects for x in owned(cx, c)], sided=True) or (None, None)
    if holder is None:
        return None, None
    if any(c.rel == "xcomp" and c.feats.get("VerbForm") == "Inf" for c in objects):
        return None, None  # "не согласился приехать": consent to an act, not a position
    if lemmas(verb.text) & MAINTAIN_VERBS and any(c.rel == "obj" and lemmas(c.text) & MAINTAINED for c in objects):
        return None, None  # "поддерживать связи": keeping up, not supporting
    if lemmas(verb.text) & DENYING and any(c.rel == "obj" and lemmas(c.text) & CONJECTURES for c in objects):
        return None, None  # "отверг слухи о кризисе в отношениях с X": a claim denied, no position toward X
    if lemmas(verb.text) & TOWARD_ONLY:  # "сожалеем, что X избрал …", "сожалеет о решении X"; not "о распаде X"
        acts = [c for c in objects if c.rel == "ccomp" or (c.rel == "obl" and lemmas(c.text) & ACTS)]
        scope = [x for c in acts for x in cx.view.subtree(c)]
        # "сожалеет о решении, принятом «в спешке»": a bare act that names no one points back as "это" does
        back = any(c.rel == "obl" for c in acts) and not cx.actors.actors(scope)
        found = other(cx, holder, scope, sentence, tokens, fallback=False, back=back)
        return (holder, found) if found is not None else (None, None)
    scope = [x for c in objects for x in cx.view.subtree(c)]
    # "выступает против силовых сценариев в отношении иранских объектов": what is talked about is no other side
    about = [a for a in cx.actors.actors(scope) if topical(a, tokens)]
    scope = [x for x in scope if not any(a.start <= x.start < a.stop for a in about)]
    # "осуждает теракт и выражает солидарность с народом X": X is of the other predicate, no side of this one
    theirs = {x.id for c in cx.view.children(verb) if c.rel == "conj" and c.pos == "VERB" for x in cx.view.subtree(c)}
    mine = [t for t in tokens if t.id not in theirs]
    found = other(cx, holder, scope, sentence, mine, demonstrative=objects, fallback=not about)
    pointing = [d for c in objects for d in cx.view.children(c) if d.rel == "det"]
    if found is None and pointing:
        # "ценим эту позицию", "поддержала это предложение": with no other side in its sentence, an object's
        # demonstrative points back as a bare "это" does
        found = other(cx, holder, scope, sentence, mine, demonstrative=pointing, fallback=False,
                      put=any(lemmas(c.text) & PUT_FORWARD for c in objects))  # "поддержала этот план": who put it
    if lemmas(verb.text) & SIDES_ONLY and not (cx.side(found) and cx.side(holder) and (
            is_country(holder) or cx.actors.is_person(holder) or _state_body(cx, holder))):
        return None, None  # "суд отклонил иск компании": rejected by a body of no foreign policy, or of no side
    return holder, found


def _state_body(cx: Context, entity: str) -> bool:
    """A body that acts for its state (``МИД X``, ``Министерство иностранных дел X``, ``Правительство X``)."""
    e = cx.actors.entities.get(entity)
    return e is not None and e.type == "organization" and bool(lemmas(e.name.split()[0]) & STATE_BODY_HEADS)


def in_passive(verb: Token) -> bool:
    """The tagger's passive, unless the verb is a finite one without ``-ся``, which is active whatever the tag says
    (``Вьетнам дорожил дружбой с X`` read as passive)."""
    if verb.feats.get("Voice") != "Pass":
        return False
    return verb.feats.get("VerbForm") != "Fin" or fold(verb.text).endswith(("ся", "сь"))


def evaluation(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    holder = opinion_holder(cx, m, tokens)
    if holder is None:
        return None, None
    v = cx.view
    pred = m.head
    if v.head(pred) in m.tokens:
        pred = v.head(pred)  # "достойным осуждения": the adjective, not its noun
    servile = next((t for t in m.tokens if lemmas(t.text) & ORDERS), None)
    if servile is not None:  # "Y действует по указке X", "Y слепо копирует решения X": Y, who acts so, not X
        return holder, acting(cx, servile, holder)
    if pred.pos == "NOUN":  # "расцениваем это как недружественный шаг официального Кишинева": whose act it is
        hs = cx.side(holder)
        owners = [a for a in cx.actors.actors(possessors(cx, pred) + on_part(cx, pred))
                  if cx.side(a.entity) != hs and a.entity != holder]
        if owners:
            return holder, owners[0].entity
    scope: list[Token] = []
    subj = v.child(pred, SUBJECT)
    demonstrative = []
    back = False
    naming = naming_before(cx, m, tokens)  # "расцениваем эти меры как незаконные": the naming verb's object
    if naming is not None:
        subj = None
    if subj is not None:
        scope = v.subtree(subj) + verb_objects(cx, m, pred)
        if fold(subj.text) in DEMONSTRATIVES:
            demonstrative = [subj]
    elif naming is None and attributive(cx, pred):  # "этот враждебный акт Китая": whose act it is
        scope = possessors(cx, v.head(pred))
    elif naming is None and pred.rel in ("acl:relcl", "acl") and v.head(pred) is not None:
        noun = v.head(pred)
        inside = {x.id for x in v.subtree(pred, skip=frozenset())}
        scope = [x for x in v.subtree(noun, skip=frozenset()) if x.id not in inside]
    elif naming is None and verb_objects(cx, m, pred):
        scope = verb_objects(cx, m, pred)
    else:
        # "считаем это чрезмерной реакцией": what the opinion verb is about
        verb = naming or v.head(pred)
        if verb is not None and verb.pos == "NOUN" and verb.rel in ("obj", "xcomp", "obl") and \
                v.head(verb) is not None and lemmas(v.head(verb).text) & NAMING:
            # "назвал документ «однобоким»" parsed with the adjective under the noun; "назвало высылку «провокационным
            # шагом»": the adjective of the name given, whose verb's object is what is named
            verb = v.head(verb)
        if verb is not None:
            # "назвал/рассматривают X как …": X, the object, not the subject who holds the evaluation
            rels = ("obj",) if lemmas(verb.text) & NAMING else ("obj", "nsubj", "nsubj:pass")
            objs = [c for c in v.children(verb) if c.rel in rels and c is not pred]
            scope = [x for c in objs for x in v.subtree(c)]
            # "считаем это …", "считает это требование …": what the sentence before names
            demonstrative = [d for c in objs for d in [c] + [x for x in v.children(c) if x.rel in ("det", "amod")]
                             if fold(d.text) in DEMONSTRATIVES]
            # "назвал документ «однобоким»": a bare noun named so points back like "это"
            # "назвал итоги раунда «обнадеживающими»": nor one whose nouns name no one
            back = bool(lemmas(verb.text) & NAMING) and any(
                c.pos == "NOUN" and not [x for x in v.children(c) if x.pos in ("PROPN", "PRON", "DET")
                                         and x.id != pred.id]
                and not cx.actors.actors(v.subtree(c))
                for c in objs)
    if not scope or all(fold(x.text) in DEMONSTRATIVES | RELATIVES for x in scope if x.pos != "PUNCT"):
        # the parser gave nothing usable: what the evaluation is said of stands just before it
        hs = cx.side(holder)
        first = min(t.start for t in m.tokens)
        titles = [(min(r.position_start, r.person_start), max(r.position_stop, r.person_stop))
                  for r in cx.actors.roles if r.person == holder]  # "Постпред РФ при ООН X": his office, no side
        before = [a for a in cx.actors.actors([t for t in tokens if t.stop <= first])
                  if cx.side(a.entity) != hs and a.entity != holder and not any(x <= a.start < y for x, y in titles)]
        opinion = according_span(tokens)
        before = [a for a in before if not (opinion and opinion[0] <= a.start < opinion[1])]
        if before:
            return holder, before[-1].entity
    return holder, other(cx, holder, scope, sentence, tokens, demonstrative=demonstrative, fallback=False, back=back)


def verb_objects(cx: Context, m: Match, pred: Token) -> list[Token]:
    """``Посредничество X давно себя исчерпало`` parsed with the subject as an object: the noun objects of an
    evaluative verb besides the cue's own words."""
    if pred.pos != "VERB":
        return []
    return [x for c in cx.view.children(pred) if c.rel == "obj" and c not in m.tokens and c.pos in ("NOUN", "PROPN")
            for x in cx.view.subtree(c)]


def attributive(cx: Context, pred: Token) -> bool:
    """An evaluative adjective beside a noun that names a side (``враждебный акт X``), not one a naming verb says of
    its object (``назвал документ «однобоким»`` parsed with the adjective under the noun)."""
    noun = cx.view.head(pred)
    if pred.rel != "amod" or noun is None or noun.pos != "NOUN":
        return False
    verb = cx.view.head(noun)
    if verb is not None and lemmas(verb.text) & NAMING:
        return False
    return bool(cx.actors.actors(possessors(cx, noun)))  # not "провокационный характер", "в конструктивной атмосфере"


def develop(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    holder = cx.voice(m.head.start)
    sides = side_list(cx, cx.actors.actors(cx.view.subtree(m.noun)) if m.noun is not None else [])
    if holder is None and sides:
        holder = sides[0]
    if holder is None:
        return None, None
    hs = cx.side(holder)
    found = next((s for s in sides if cx.side(s) != hs), None)
    if found is None:
        found = counterpart(cx, hs, sentence, tokens)
    return holder, found


def mutual(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    noun = m.noun if m.noun is not None else next((t for t in reversed(m.tokens) if t.pos == "NOUN"), m.head)
    owners = possessors(cx, noun)
    sides = side_list(cx, [a for a in cx.actors.actors(owners) if not topical(a, tokens)])
    if not sides and any(the_sides(cx, t) for t in (*owners, noun)):
        sides = cx.sides_at(noun.start)  # "совпадение позиций сторон", "… разделяет стороны"
    if not sides:
        sides = between(cx, tokens)
    we = any(fold(c.text) in OUR for c in cx.view.children(noun)) or we_near(cx, m, tokens)
    if not sides:
        sides, we = _subject_sides(cx, m, noun, tokens, we)
    voice = cx.voice(m.head.start)
    if we:
        mine = cx.we_side(m.head.start)
        if mine is not None:
            sides = [mine] + [s for s in sides if cx.side(s) != cx.side(mine)]
    if not sides:
        if voice is None:
            return None, None
        sides = [voice]
    # the speaker's side first when it is one of the sides
    vs = cx.actors.side(voice) if voice else None
    if vs is not None:
        sides.sort(key=lambda s: 0 if cx.side(s) == vs else 1)
    holder = sides[0]
    hs = cx.side(holder)
    found = next((s for s in sides[1:] if cx.side(s) != hs), None)
    if found is None:
        found = counterpart(cx, hs, sentence, tokens)
    return holder, found


def _subject_sides(cx: Context, m: Match, noun: Token, tokens: list[Token], we: bool) -> tuple[list[str], bool]:
    """No side named with the noun: "Стороны пришли к единому мнению", "Индия и Бразилия имеют общие
    позиции" (the subject of the predicate or of the verb above it), "мы"; and whether it is "мы"."""
    v = cx.view
    sides: list[str] = []
    pred = m.head
    gov = pred if pred is not noun or pred.pos in ("VERB", "AUX") else v.head(noun)
    for _ in range(cx.settings.mutual_climb):
        if gov is None:
            break
        subj = v.child(gov, SUBJECT)
        if subj is None and lemmas(gov.text) & SUCCESS:
            subj = v.child(gov, frozenset({"iobj", "obl"}))  # "Чили и Перу удалось найти общий подход"
        if subj is noun or (subj is not None and subj.id == noun.id):
            # "Стороны констатировали, что разногласия сохраняются": the sides who say it, only as "стороны"/"мы"
            said = v.head(gov) if gov.rel == "ccomp" else None
            by = v.child(said, SUBJECT) if said is not None else None
            if by is not None and fold(by.text) in WE:
                we = True
            elif by is not None and the_sides(cx, by):
                sides = cx.sides_at(by.start)
            elif internal(cx, noun):
                return [], we  # "разногласия внутри ЕС сохраняются": no two sides
            elif by is None and lemmas(gov.text) & PERSIST:
                # "разногласия сохраняются": between the two sides of the text, else, in no one's words (a speaker's
                # are his side's), the pair named before it ("X и Y договорились о …, однако разногласия сохранились")
                # the sides told after a colon first ("Разногласия сохранились: X требует …, а Y не согласен")
                sides = told_after(cx, m, tokens) or cx.two_sides() or \
                    (cx.pair_before(m.head.start) if cx.voice(m.head.start) is None else [])
            elif lemmas(gov.text) & PERSIST:
                sides = told_sides(cx, m.head.start)  # "посредник отметил, что противоречия остаются"
            break
        if subj is not None:
            if fold(subj.text) in WE:
                we = True
            elif the_sides(cx, subj):
                sides = cx.sides_at(subj.start)
            else:
                sides = side_list(cx, cx.actors.actors(v.subtree(subj)))
            break
        # climb from an infinitive, a gerund or the noun object of a verb ("отметили совпадение позиций", "заявили о …")
        # or from the second of two coordinated nouns ("совпадение или близость позиций")
        up = v.head(gov)
        climbs = gov.feats.get("VerbForm") in ("Inf", "Conv") or (gov.pos == "NOUN" and gov.rel in ("obj", "conj")) or \
            _told_of(v, gov) or \
            (gov.rel == "nmod" and up is not None and bool(lemmas(up.text) & m.cue.slots[0])) or \
            (gov.rel == "conj" and gov.pos in ("VERB", "AUX"))  # "выслушал доводы X, но остался при своём мнении"
        if not climbs:
            break
        gov = v.head(gov)
    if not sides and not we and _noted_impersonally(tokens):
        # "Констатировано совпадение позиций": noted by the sides of the text's talks, else the pair named before it
        sides = cx.two_sides() or cx.pair_before(m.head.start)
    if not sides and not we and gov is not None:
        sides = sides_before(cx, gov, tokens)
    return sides, we


def _noted_impersonally(tokens: list[Token]) -> bool:
    """The sentence opens with a short passive of noting (``Констатировано совпадение позиций``, ``Отмечена близость
    подходов``): a communiqué's line, the sides of its talks noting it."""
    first = next((t for t in tokens if t.pos != "PUNCT"), None)
    return first is not None and bool(lemmas(first.text) & NOTED) and short_passive(first)


def _told_of(v, noun: Token) -> bool:
    """A noun told of with ``о``/``об`` by the verb above it (``заявили о совпадении позиций``): its subject's."""
    return noun.pos == "NOUN" and noun.rel == "obl" and any(c.rel == "case" and fold(c.text) in ("о", "об")
                                                            for c in v.children(noun))


def told_after(cx: Context, m: Match, tokens: list[Token]) -> list[str]:
    """The first two sides the clause after a colon that follows the cue names (``Разногласия сохраняются: X
    настаивает на …, а Y …``): what the disagreement is, told by its sides."""
    last = max(t.stop for t in m.tokens)
    colon = next((k for k, t in enumerate(tokens) if t.start >= last and t.text == ":"), None)
    if colon is None:
        return []
    sides = side_list(cx, [a for a in cx.actors.actors(tokens[colon + 1:]) if not topical(a, tokens)])
    return sides[:2] if len(sides) >= 2 else []


def told_sides(cx: Context, at: int) -> list[str]:
    """The sides of a disagreement someone tells persists (``посредник отметил, что противоречия остаются``): with the
    teller's side left aside (a mediator's, however often named), the two countries named most, when a third is not as
    present as they are and one sentence names the two together (``Делегации X и Y …``: the parties); else the two
    sides of the text; else, with no two sides in the text, the nearest two joined by ``и`` before it (``Министры X и
    Y встретились в Z. … Советник Z добавил, что разногласия сохраняются``: the host, however often named, is no
    party)."""
    voice = cx.voice(at)
    teller = cx.actors.side(voice) if voice else None
    ranked = [(c, n) for c, n in cx.country_counts().most_common(4) if c != teller][:3]
    main = [c for c, n in ranked if n >= cx.settings.main_country_mentions][:2]
    if teller is None or len(main) < 2 or (len(ranked) == 3 and ranked[2][1] >= ranked[1][1]):
        return cx.two_sides() or cx.pair_before(at, reach=cx.view.sentence_index(at))
    for sentence in cx.view.sentences:
        named = {cx.actors.side(a.entity) for a in cx.actors.actors(list(sentence.tokens))}
        if set(main) <= named:
            return main
    return cx.two_sides()


def internal(cx: Context, noun: Token) -> bool:
    """``разногласия внутри ЕС``, ``среди союзников``, ``в правительстве``: among one side, not between two."""
    return any(c.rel == "nmod" and any(x.rel == "case" and fold(x.text) in WITHIN for x in cx.view.children(c))
               for c in cx.view.children(noun))


FRAMES = {"agent": agent, "feeling": feeling, "eval": evaluation, "develop": develop,
          "mutual": mutual}
