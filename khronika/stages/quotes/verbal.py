"""Quoted words a verb before them takes as its subject's words (``direct.ATTRIBUTIONS``): a verb of naming with
the words in the instrumental (``назвал визит «шагом назад»``), of calling with an infinitive clause (``призвал X
«немедленно …»``) or with the words inside the clause it calls for (``призвал стороны договориться о перемирии «без
всяких условий»``), of demanding, expressing or thanking with a noun phrase (``потребовал «исчерпывающих
разъяснений»``), or of characterising with the words after ``как`` (``приветствовал решение как «смелый шаг»``).
Without a speaker none is a quote."""
from __future__ import annotations

from ...marks import CLOSERS, OPENERS
from ...morph import fold, lemmas, parses
from ...records import Token
from .cues import CALLING, CHARACTERISING, COMMITTING, NAMING, SPEECH, THANKING, according, expressed, speech_class
from .reading import Attribution, Previous, Reading


def _verb_before(r: Reading, o: int, words: frozenset[str], subject: bool = True) -> Token | None:
    """A finite verb or gerund of ``words`` shortly before the quotation mark ``o``, in the same clause, active and
    with a subject of its own (``островов, называемых в Японии «…»`` has none; without ``subject`` the caller looks
    for the speaker however the parse attached him)."""
    sentence = r.view.sentence_tokens(o)
    before_o = [t for t in sentence if t.stop <= o][-r.settings.naming_reach:]
    verb = None
    for t in reversed(before_o):
        if lemmas(t.text) & words and t.pos == "VERB":
            verb = t
            break
        if t.text in ".;:!?" or t.text in OPENERS | CLOSERS or \
                (t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"):
            return None
    if verb is None or verb.feats.get("VerbForm") not in ("Fin", "Conv") or verb.feats.get("Voice") == "Pass" or \
            subject and not r.speakers.has_subject(verb):
        return None
    return verb


def _subject_words(r: Reading, verb: Token, o: int) -> Attribution | None:
    att = Attribution(verb, verb.start, verb.stop)
    att.speaker = r.speakers.subject_of(verb, verb.start, o)
    outer = r.view.head(verb) if verb.rel == "ccomp" else None
    if outer is not None and speech_class(outer) and outer.start < verb.start and \
            not r.actors.is_person(att.speaker.entity or ""):
        # "Петрова сказала, что Камбоджа призывает стороны «…»": the words are hers, who reports her country's call
        # ("Глава МИД Чили заявил, что Сантьяго рассматривает X как «…»": his)
        said = r.speakers.subject_of(outer, outer.start, verb.start)  # a person, or one a title describes ("?desc:")
        if said.entity is not None and (said.entity.startswith("?") or r.actors.is_person(said.entity)):
            att = Attribution(outer, outer.start, outer.stop, said)
    # an unnamed person of a body ("рабочий завода X") names no one for words of his own
    return att if att.speaker.entity is not None and att.speaker.proxy is None else None


def naming(r: Reading, o: int, c: int, previous: Previous) -> Attribution | None:
    """``X назвал визит «грубой ошибкой»``: a verb of naming shortly before, in the same
    clause, and the quoted words in the instrumental (``назвал операцию «Буря»`` names, it quotes no one;
    ``в Японии их называют «…»`` has no subject). Without a speaker it is no quote."""
    verb = _verb_before(r, o, NAMING)
    if verb is None:
        return None
    content = [t for t in r.view.tokens_in(o + 1, c) if t.pos in ("NOUN", "ADJ")]
    if not any(_instrumental(t) for t in content):
        return None
    return _subject_words(r, verb, o)


def _instrumental(t: Token) -> bool:
    """A word in the instrumental, as tagged, or, where the tagger gave no case, as it can only be read
    (``«обнадеживающими»``)."""
    if t.feats.get("Case"):
        return t.feats["Case"] == "Ins"
    found = [p for p in parses(t.text) if p.tag.case]
    return bool(found) and all(p.tag.case == "ablt" for p in found)


def calling(r: Reading, o: int, c: int, previous: Previous) -> Attribution | None:
    """``X призвал Израиль «немедленно прекратить огонь»``, ``X пообещал «вернуться к вопросу»``: a verb of calling
    or of commitment (promising, threatening, offering) shortly before, in the same clause, and the quoted words an
    infinitive clause (an adverb may come first); not ``потребовал «Газпром» …``, a name. Without a speaker it is no
    quote."""
    verb = _verb_before(r, o, CALLING | COMMITTING)
    if verb is None:
        return None
    inside = [t for t in r.view.tokens_in(o + 1, c) if t.pos != "PUNCT"]
    first = next((t for t in inside if t.pos not in ("ADV", "PART")), None)
    if first is None or len(inside) < r.settings.min_clause_words or first.pos != "VERB" or \
            first.feats.get("VerbForm") != "Inf":
        return None
    return _subject_words(r, verb, o)


def demanded(r: Reading, o: int, c: int, previous: Previous) -> Attribution | None:
    """``X потребовал от Y «исчерпывающих разъяснений …»``, ``X выразил «глубокую озабоченность»``: a verb of
    calling or of expressing shortly before, in the same clause, and the quoted words, in lower case, a noun
    phrase that is its object (``потребовал «Газпром» …`` names); or a verb of thanking and the quoted words the
    reason after ``за`` (``поблагодарил Y за «неизменную поддержку»``); or the complement of the feeling a verb of
    expressing expresses (``выразил обеспокоенность «задержаниями …»``). Without a speaker it is no quote."""
    verb = _verb_before(r, o, CALLING | SPEECH["express"] | THANKING)
    if verb is None or not r.text[o + 1:c].strip()[:1].islower():
        return None
    inside = [t for t in r.view.tokens_in(o + 1, c) if t.pos != "PUNCT"]
    ids = {t.id for t in inside}
    heads = [t for t in inside if t.head_id not in ids]
    if len(inside) < 2 or len(heads) != 1 or heads[0].pos != "NOUN":
        return None
    if heads[0].head_id != verb.id:
        # "X выразил обеспокоенность «задержаниями, которые …»": the words complete the feeling the verb expresses
        feeling = r.view.head(heads[0])
        ok = feeling is not None and feeling.head_id == verb.id and expressed(r.view, feeling)
        return _subject_words(r, verb, o) if ok else None
    if lemmas(verb.text) & THANKING:  # "поблагодарил X за «неизменную поддержку …»": the reason thanked for
        before = r.view.previous(o)
        return _subject_words(r, verb, o) if before is not None and fold(before.text) == "за" else None
    if heads[0].feats.get("Case") not in ("Acc", "Gen"):
        return None
    return _subject_words(r, verb, o)


def called_clause(r: Reading, o: int, c: int, previous: Previous) -> Attribution | None:
    """``X призвал стороны договориться о перемирии «без всяких условий»``, ``призвал соседей не допустить, чтобы
    спор «перерос в …»``: quoted words in lower case, two or more, after the infinitive a verb of calling
    calls for, with no finite verb between (``_verb_before``) nor a gerund: the caller's words."""
    verb = _verb_before(r, o, CALLING, subject=False)
    if verb is None or not r.text[o + 1:c].strip()[:1].islower():
        return None
    inside = [t for t in r.view.tokens_in(o + 1, c) if t.pos != "PUNCT"]
    if len(inside) < 2 or verb.feats.get("VerbForm") != "Fin":
        return None
    called = [t for t in r.view.tokens_in(verb.stop, o) if t.head_id == verb.id and t.pos == "VERB"
              and t.feats.get("VerbForm") == "Inf"]
    if any(t.pos == "VERB" and t.feats.get("VerbForm") == "Conv" for t in r.view.tokens_in(verb.stop, o)):
        return None  # "велели уехать из страны, упрекнув их в поступках, «…»": the gerund's words, no call
    return _subject_words(r, verb, o) if called else None


def characterised(r: Reading, o: int, c: int, previous: Previous) -> Attribution | None:
    """``X приветствовал решение как «смелый шаг»``, ``охарактеризовал заявление как «вмешательство»``: quoted words
    right after ``как``, a verb of characterising shortly before it in the same clause, with a subject: the subject's
    words (``такие партии, как «…»`` has no such verb). Without a speaker it is no quote."""
    before = r.view.previous(o)
    if before is None or fold(before.text) != "как":
        return None
    verb = _verb_before(r, before.start, CHARACTERISING)
    if verb is None:
        return None
    if any(according(t) and t.stop <= verb.start for t in r.view.sentence_tokens(verb.start)):
        return None  # "По словам X, сторона отвергает претензии как «…»": X's reported words (``indirect``)
    return _subject_words(r, verb, o)
