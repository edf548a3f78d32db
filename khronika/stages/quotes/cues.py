"""The cue lexicon of the quote stage: verbs of speech and opinion (``data/speech_verbs.tsv``), the
pronouns that name or replace a speaker (``data/pronouns.tsv``) and the predicatives that make quoted
words a clause (``data/quote_words.tsv``), all read through ``khronika/lexicon.py``."""
from __future__ import annotations

from ... import lexicon
from ...morph import fold, lemma, lemmas
from ...records import Token
from ...view import DocView

# The classes of a verb of speech, in the order a word is classed (data/speech_verbs.tsv).
CLASSES = ("say", "think", "cite", "express")
SPEECH: dict[str, frozenset[str]] = {
    name.lower(): frozenset(fold(w) for w in lexicon.words("speech_verbs.tsv")[name])
    for name in ("SAY", "THINK", "CITE", "EXPRESS", "EXPRESSED", "ACCORDING")}

PRONOUNS = lexicon.words("pronouns.tsv")
FIRST_PERSON = PRONOUNS["FIRST_PERSON"]
# Any word of a speaker talking of himself: "я", "мы", "нас", "наша", "мой" (a quotation so told is one's own words).
FIRST_PERSON_WORDS = FIRST_PERSON | PRONOUNS["WE"] | PRONOUNS["OUR"] | PRONOUNS["MY"]
# "он"/"она": a person named before whose gender fits.
PERSONAL = {**{w: "Masc" for w in PRONOUNS["HE"]}, **{w: "Fem" for w in PRONOUNS["SHE"]}}
_WORDS = lexicon.words("quote_words.tsv")
PREDICATIVES = _WORDS["PREDICATIVES"]
OUTLET_NOUNS = _WORDS["OUTLET_NOUNS"]  # "пишет газета", "сообщают СМИ": a source, no speaker
REPORTERS = _WORDS["REPORTERS"]  # "корреспондент ТАСС": no speaker either
UNKNOWN_TITLES = _WORDS["UNKNOWN_TITLES"]  # "уверен эксперт": no one named before unless a role says so
STATEMENTS = _WORDS["STATEMENTS"]  # "разместил заявление: «…»": the verb of a statement attributes it
ASSERTED_DENIED = _WORDS["ASSERTED_DENIED"]  # "не исключил, что …": a denied verb that still reports a claim
NAMING = _WORDS["NAMING"]  # "назвал визит «оскорблением»": the subject's words in quotation marks
CONCLUDING = _WORDS["CONCLUDING"]  # "делает вывод X", "пришел к выводу, что …": with a noun of CONCLUSIONS
CONCLUSIONS = _WORDS["CONCLUSIONS"]
# "дал понять, что …": a verb of HINTING with its infinitive of HINTED tells what was said
PHRASAL = ((CONCLUDING, CONCLUSIONS), (_WORDS["HINTING"], _WORDS["HINTED"]))
AUTHORS = _WORDS["AUTHORS"]  # "признает автор": the person whose words are reported
WRITINGS = _WORDS["WRITINGS"]  # "автор статьи" is that author too
WRITING = _WORDS["WRITING"]  # "Как пишет X": an organisation of no country writing is a publication
RELAYING = _WORDS["RELAYING"]  # "«…», — сообщает X": so, in the present, unless X is a body (BODY_NAMES)
BODY_NAMES = _WORDS["BODY_NAMES"]
# "сенат страны", "власти страны": the body or head of the country the text named last
COUNTRY_BODIES = _WORDS["COUNTRY_BODIES"]
PRIVATE = _WORDS["PRIVATE"]  # "жена российского бизнесмена": speaks for no country or body
OPPOSITION = _WORDS["OPPOSITION"]  # "словацкая оппозиция": speaks against its own government, for no side
EMPHASIS = _WORDS["EMPHASIS"]  # "подчеркнул важность …": the object's phrase is the words
AGENCIES = _WORDS["AGENCIES"]  # "сообщает агентство Дзидзи", not "агентство по атомной энергии"
REPORTS = _WORDS["REPORTS"]  # "…провели переговоры, сообщили в МИД": a body's report of a fact
UNNAMED_SOURCES = _WORDS["UNNAMED_SOURCES"]  # "сообщил источник в МИД": a source, no speaker
CHARACTERISING = _WORDS["CHARACTERISING"]  # "приветствовал решение как «смелый шаг»": the subject's words
THANKING = _WORDS["THANKING"]  # "поблагодарил X за «неизменную поддержку»": the subject's words in quotation marks
CALLING = _WORDS["CALLING"]  # "призвал X «немедленно прекратить огонь»": the subject's words in quotation marks
# "пообещал «вернуться к вопросу»", "пригрозил «ответить»": a commitment whose infinitive clause is quoted
COMMITTING = _WORDS["COMMITTING"]
LEADERS = _WORDS["LEADERS"]  # "представитель генсека ООН" speaks for the UN, "агент нападающего ЦСКА" for no one
SPOKESMEN = _WORDS["SPOKESMEN"]  # "спикер", "представитель", "пресс-секретарь" of a body: one office
PRESS_OFFICES = _WORDS["PRESS_OFFICES"]  # "руководитель пресс-службы МИД": the body's spokesman
ASIDE_RELATIVES = _WORDS["ASIDE_RELATIVES"]  # "X, вернувшись из Y, где …, заявил": no clause of its own
CITING = _WORDS["CITING"]  # "сообщает X со ссылкой на Y": X passes on Y's words
QUOTED_WORDS = _WORDS["QUOTED_WORDS"]  # "приводит его слова агентство": the owner of the words speaks
REMINDERS = _WORDS["REMINDERS"]  # "Напомним, что …": an outlet's formula, no author's words
GIVEN_WHOLE = _WORDS["GIVEN_WHOLE"]  # "Приводим публикацию полностью": a post given whole follows
AUTHORED = _WORDS["AUTHORED"]  # "Комментарий официального представителя МИД …": a title naming a statement's author
# the turns of such a statement: "Вопрос: …" (no author's words), "Ответ: …" (the author's, each sentence)
TURNS = {**{w: "question" for w in _WORDS["ASKING"]}, **{w: "answer" for w in _WORDS["ANSWERING"]}}
ANAPHORS = _WORDS["ANAPHORS"]  # "Такое мнение высказал X": what the sentence before said
VOICED = _WORDS["VOICED"]
VOICING = _WORDS["VOICING"]
EMPHATIC = _WORDS["EMPHATIC"]  # "по его собственным словам"
# "по словам последнего"/"последней": the person last named, of that gender.
LATTER = {**{w: "?last:Masc" for w in PRONOUNS["LATTER_HE"]}, **{w: "?last:Fem" for w in PRONOUNS["LATTER_SHE"]}}


def speech_verbs() -> dict[str, frozenset[str]]:
    """``data/speech_verbs.tsv`` as class (``say``, ``think``, ``cite``, ``express``, ``expressed``,
    ``according``) → folded lemmas."""
    return SPEECH


def speech_class(t: Token) -> str | None:
    """The class of a verb of speech or opinion (``say``, ``think``, ``cite``, ``express``), or None."""
    if t.pos not in ("VERB", "AUX", "ADJ"):
        return None
    ls = lemmas(t.text)
    for cls in CLASSES:
        if ls & SPEECH[cls]:
            if t.pos == "ADJ" and cls != "think":
                continue
            return cls
    return None


def said(v: DocView, t: Token) -> str | None:
    """The class of a verb of speech, or ``say`` for a verb of concluding with its conclusion (``делает
    вывод``, ``пришел к выводу``) or of hinting (``дал понять``)."""
    cls = speech_class(t)
    if cls is None and t.pos == "VERB" and any(
            lemmas(t.text) & verbs and any(lemmas(c.text) & words for c in v.children(t)) for verbs, words in PHRASAL):
        return "say"
    return cls


def according(t: Token) -> bool:
    """The noun of ``по словам``/``по мнению``."""
    return bool(lemmas(t.text) & SPEECH["according"])


def expressed(v: DocView, t: Token) -> bool:
    """The object of ``выразил надежду``: an "expressed" noun governed by an express verb."""
    if t.pos != "NOUN" or not (lemmas(t.text) & SPEECH["expressed"]):
        return False
    h = v.head(t)
    return h is not None and speech_class(h) == "express"


def cue_lemma(t: Token) -> str:
    """The lemma of the verb of speech (``заявить``), or ``по словам``/``по мнению``."""
    if t.pos == "NOUN":
        return "по " + fold(t.text)
    ls = lemmas(t.text)
    for cls in CLASSES + ("according",):
        hit = sorted(ls & SPEECH[cls])
        if hit:
            return hit[0]
    return fold(lemma(t.text))
