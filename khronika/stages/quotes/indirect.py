"""Indirect speech (direct=False), outside quotation marks, found by the rules of ``INDIRECT``, tried in
order at each word: ``по словам X, …``, ``по мнению X, …`` (``according``); ``как отметил X, …``
(``as_said``); ``X заявил/сообщил/считает, что …`` (the clause after "что"), ``X выразил надежду на
то, что …`` (``that``); ``Об этом заявил X`` (the sentence before: ``about_this``); ``…, предупредил
X.``, ``…, говорится в заявлении X`` (the clause before: ``inverted``); ``X подчеркнул важность …`` (the
object's phrase: ``emphasised``).  An attribution set off inside its clause (``Турецкая сторона, подчеркнул он,
готова …``, ``Индия, по его мнению, заинтересована …``) leaves the whole clause the words, the attribution
inside them.

Indirect speech needs a speaker: a first-person or missing subject (``Отметили, что``, ``как я уже
сказал``) is the surrounding speaker's own words and gives no quote.  A denied verb (``об этом не
говорил``, ``не считает, что``) reports nothing, except those of ``ASSERTED_DENIED`` (``не исключил, что``).
Drawing a conclusion (``…, делает вывод X``, ``X пришел к выводу, что …``) is speech (``cues.said``).
"""
from __future__ import annotations

import re

from ...marks import CLOSERS, DASHES, OPENERS
from ...morph import fold, lemmas
from ...records import Token
from ..roles import head_lemma
from .actors import best
from .attribution import dash_opened
from .clauses import second_predicate
from .cues import (
    ANAPHORS,
    ASSERTED_DENIED,
    EMPHASIS,
    EMPHATIC,
    LATTER,
    OUTLET_NOUNS,
    PRONOUNS,
    UNNAMED_SOURCES,
    VOICED,
    VOICING,
    according,
    expressed,
    said,
    speech_class,
)
from .reading import Attribution, Found, Reading, trim
from .speakers import SUBJECT, Speaker

# "по его словам": the pronoun's placeholder; "по их мнению" names no one speaker; "по нашим оценкам" (OWN) is the
# speaker himself.
POSSESSIVE = {**{w: "?pron:Masc" for w in PRONOUNS["HIS"]}, **{w: "?pron:Fem" for w in PRONOUNS["HER"]},
              **{w: None for w in PRONOUNS["THEIR"]}}
OWN = PRONOUNS["OUR"] | PRONOUNS["MY"]


def find_indirect(r: Reading) -> list[Found]:
    """The reported speech of the document outside the direct speech found before."""
    out: list[Found] = []
    for sentence in r.view.sentences:
        tokens = list(sentence.tokens)
        for k, t in enumerate(tokens):
            if not (t.pos in _SPEECH_POS or fold(t.text) in _OPENING_WORDS or k <= 1) or r.in_quote(t.start):
                continue  # no rule starts at this word
            for rule in INDIRECT:
                found = rule(r, tokens, k)
                if found is not None:
                    out.extend(found if isinstance(found, list) else [found])
                    break
    return [f for f in out if not any(a < f.stop and f.start < b for a, b in r.salience.quoted)]


# ---- the rules: (reading, the sentence's tokens, the word's index) → Found | None


def according_to(r: Reading, tokens: list[Token], k: int) -> Found | None:
    """``по словам X, …`` / ``по его мнению, …``."""
    t = tokens[k]
    if fold(t.text) != "по" or k + 1 >= len(tokens):
        return None
    j = k + 1
    pron = None
    if fold(tokens[j].text) in POSSESSIVE.keys() | OWN:
        pron = fold(tokens[j].text)
        j += 1
    while j < len(tokens) - 1 and tokens[j].pos == "ADJ" and lemmas(tokens[j].text) & EMPHATIC:
        j += 1  # "по его собственным словам"
    if j >= len(tokens) or not according(tokens[j]) or tokens[j].pos != "NOUN":
        return None
    noun = tokens[j]
    end = next((i for i in range(j + 1, len(tokens)) if tokens[i].text in ",.;:)" or tokens[i].text in DASHES),
               len(tokens))
    if pron in OWN:
        return None
    end = apposition_end(tokens, end)
    latter = LATTER.get(fold(tokens[j + 1].text)) if j + 1 < end else None
    if latter is not None and (j + 2 >= end or tokens[j + 2].pos not in ("NOUN", "PROPN", "ADJ")):
        pron = latter  # "по словам последнего": the person last named
    if pron is not None:
        speaker = Speaker(POSSESSIVE.get(pron, pron))
    elif any(r.actors.outlet(a.entity) for a in r.actors.actors(tokens[j + 1:end])) or \
            any(lemmas(x.text) & (OUTLET_NOUNS | UNNAMED_SOURCES) for x in tokens[j + 1:end]):
        speaker = Speaker(source=True)  # "по сообщению агентства", "по словам издания", "по словам источника": a source
    else:
        # "по словам иранского дипломата": the noun phrase read as the subject of a verb of speech would be
        head = next((c for c in r.view.children(noun) if c.rel == "nmod" and c.start < tokens[end - 1].stop), None)
        phrase = r.speakers.noun_phrase(head) if head is not None else Speaker()
        found = best(r.actors.actors(tokens[j + 1:end]))
        speaker = phrase if phrase.entity is not None else Speaker(found.entity) if found else Speaker()
        if found is None and phrase.entity is None:
            for x in tokens[j + 1:end]:
                if head_lemma(x):
                    speaker = Speaker(f"?title:{head_lemma(x)}")
                    break
    return rest(r, noun, speaker, tokens, k, end)


def apposition_end(tokens: list[Token], end: int) -> int:
    """``по словам X, председателя комитета, …``: the comma after an apposition in the genitive (no verb in
    it) ends the attribution, not the one before it."""
    while end < len(tokens) and tokens[end].text == ",":
        nxt = next((i for i in range(end + 1, len(tokens)) if tokens[i].text == ","), None)
        seg = tokens[end + 1:nxt] if nxt is not None else []
        if not seg or seg[0].pos != "NOUN" or seg[0].feats.get("Case") != "Gen" or \
                any(x.pos in ("VERB", "AUX") for x in seg):
            break
        end = nxt
    return end


def as_said(r: Reading, tokens: list[Token], k: int) -> Found | None:
    """``как отметил X, …`` / ``…, как пишет X.``"""
    t = tokens[k]
    if fold(t.text) != "как" or k + 1 >= len(tokens):
        return None
    j = k + 1
    while j < len(tokens) - 1 and j < k + r.settings.as_said_adverbs and tokens[j].pos == "ADV":
        j += 1
    verb = tokens[j] if speech_class(tokens[j]) in ("say", "think") else None
    if verb is None:
        return None
    end = next((i for i in range(j + 1, len(tokens)) if tokens[i].text in ",.;:"), len(tokens))
    speaker = r.speakers.subject_of(verb, verb.start, tokens[end - 1].stop)
    return rest(r, verb, speaker, tokens, k, end)


def that(r: Reading, tokens: list[Token], k: int) -> Found | None:
    """``X заявил(, …), что …``, ``X выразил надежду на то, что …``."""
    t = tokens[k]
    cls = said(r.view, t)
    if cls is None or cls == "cite" or t.feats.get("VerbForm") in ("Inf", "Part") or denied(r, t):
        return None
    j = k + 1
    limit = min(len(tokens), k + r.settings.that_reach)
    while j < limit and fold(tokens[j].text) != "что":
        if tokens[j].text in OPENERS and (close := _name_closer(tokens, j)) is not None:
            j = close + 1  # "подтвердил «Ведомостям», что …": a name in quotation marks
            continue
        if (tokens[j].pos in ("VERB", "AUX") and tokens[j].feats.get("VerbForm") == "Fin") or tokens[j].text in OPENERS:
            return None
        if tokens[j].feats.get("VerbForm") == "Conv" and said(r.view, tokens[j]):
            return None  # "X отметил …, добавив, что …": the gerund's words
        j += 1
    if j >= limit or tokens[j - 1].text != ",":
        return None
    if cls == "express" and not any(expressed(r.view, x) for x in tokens[k + 1:j]):
        return None
    speaker = r.speakers.subject_of(t, t.start, tokens[j].start)
    return make(r, t, speaker, tokens[j].stop, next_speaker(r, tokens, j, t), (tokens[0].start, tokens[j].stop))


def _name_closer(tokens: list[Token], j: int) -> int | None:
    """The index of the closing mark of a name in quotation marks opened at ``j`` (a few words, the first
    capitalised, no verb: ``«Ведомостям»``), or None."""
    close = next((i for i in range(j + 1, min(len(tokens), j + 5)) if tokens[i].text in CLOSERS), None)
    inside = tokens[j + 1:close] if close is not None else []
    if not inside or not inside[0].text[:1].isupper() or any(x.pos in ("VERB", "AUX") for x in inside):
        return None
    return close


def next_speaker(r: Reading, tokens: list[Token], j: int, verb: Token | None = None) -> int:
    """The end of what is reported after ``что`` (``tokens[j]``): the sentence's, or the last comma before
    another speaker's verb of speech (``X заявил, что …, а Y отметил, что …``) — not a verb within quotation marks
    or a subordinate clause after that comma, still the speaker's words (``…, «пока Y не признает …»``); or the
    comma before ``и`` and a second predicate of the speaker's (``verb``), one with no subject of its own that agrees
    with it (``X заявил, что …, и раскритиковал Y``)."""
    end = sentence_end(r, tokens, j)
    depth = 0
    for i in range(j + 1, len(tokens)):
        x = tokens[i]
        if x.start >= end:
            break
        depth += (x.text in OPENERS) - (x.text in CLOSERS and depth > 0)
        if not depth and verb is not None and 0 < i < len(tokens) - 1 and fold(x.text) == "и" and \
                second_predicate(r.view, tokens[i + 1], verb):
            return tokens[i - 1].start
        if depth or speech_class(x) not in ("say", "think") or x.feats.get("VerbForm") != "Fin":
            continue
        commas = [c for c in range(j + 1, i) if tokens[c].text == ","]
        clause = tokens[commas[-1] + 1:i] if commas else []
        if clause and clause[0].pos == "SCONJ":
            continue
        if commas and r.actors.actors(clause):  # someone named between the comma and the verb
            return tokens[commas[-1]].start
    return end


def about_this(r: Reading, tokens: list[Token], k: int) -> Found | None:
    """``Об этом заявил X``, and a sentence that opens with another word for what was just said (``Это заявил X``,
    ``Так прокомментировал итоги X``, ``Такое мнение высказал X``, ``С таким заявлением выступил X``): the
    sentence before is what X said."""
    verb = _about_this(r, tokens, k)
    t = tokens[k]
    si = r.view.sentence_index(t.start)
    if verb is None or si == 0 or denied(r, verb):
        return None
    prev = r.view.sentences[si - 1]
    if r.text[prev.stop:t.start].count("\n") > r.settings.about_this_newlines:
        return None
    speaker = r.speakers.subject_of(verb, verb.start, tokens[-1].stop)
    start = max(prev.start, r.view.paragraph(prev.stop - 1)[0])
    return make(r, verb, speaker, start, prev.stop, (t.start, tokens[-1].stop))


def _about_this(r: Reading, tokens: list[Token], k: int) -> Token | None:
    """The verb of ``about_this`` when word ``k`` opens such an attribution."""
    t, reach = tokens[k], tokens[k + 1:k + r.settings.about_this_reach]
    if fold(t.text) in ("об", "о"):
        if not reach or fold(reach[0].text) != "этом":
            return None
        # "Об этом заявил X"; "Об этом в четверг, 9 мая, заявил X": the first verb, after a time told between
        verb = next((x for x in reach[1:] if speech_class(x) == "say"), None) or \
            next((x for x in tokens[k + 2:] if x.pos in ("VERB", "AUX")), None)
        return verb if verb is not None and speech_class(verb) == "say" else None
    opens = k == 0 or k == 1 and fold(tokens[0].text) in ("с", "со")  # "С таким заявлением выступил …"
    if not opens or len(tokens) <= k + 1 or tokens[k + 1].pos == "PUNCT":
        return None  # "Так, министр заявил …": a discourse word, not an anaphor
    word = fold(t.text)
    voiced = bool(lemmas(reach[0].text) & VOICED) if reach else False
    if word in ("это", "так") and not voiced:  # "Это заявил X", "Так считает X"
        found = next((x for x in reach if speech_class(x) in ("say", "think")), None)
        head = r.view.head(t)  # "Так глава комитета X прокомментировал …": the verb the word depends on, further on
        if found is None and head is not None and head.start > t.start and speech_class(head) in ("say", "think") \
                and not any(x.text in ",;:" for x in tokens[k + 1:] if x.start < head.start):
            found = head
        return found
    if lemmas(t.text) & ANAPHORS and voiced:  # "Такое мнение высказал X", "Это заявление сделал X"
        return next((x for x in reach[1:] if x.pos == "VERB" and (
            speech_class(x) in ("say", "think") or lemmas(x.text) & VOICING)), None)
    return None


def inverted(r: Reading, tokens: list[Token], k: int) -> Found | list[Found] | None:
    """``…, предупредил X.``, ``…, считает она``, ``…, уверен он``: a verb of saying or opinion after a
    comma, its subject after it, no "что"."""
    t = tokens[k]
    short = t.pos == "ADJ" and t.feats.get("Variant") == "Short"  # "…, уверен он"
    if said(r.view, t) not in ("say", "think") or (t.feats.get("VerbForm") != "Fin" and not short) or denied(r, t):
        return None
    if k < r.settings.inverted_start and not (k == 2 and tokens[0].pos in ("NOUN", "PROPN") and
                                              parenthetical(r, tokens, k) is not None):
        return None  # not so early in the sentence, but for one name before an aside ("X, подчеркнул он, готов …")
    i = k - 1
    while i > 0 and tokens[i].pos == "ADV":
        i -= 1
    if tokens[i].text != "," and not (tokens[i].text in DASHES and tokens[i - 1].text == ","):
        return None
    if any(x.text in OPENERS | CLOSERS for x in tokens[max(0, i - 1):i + 1]):
        return None  # a closing quotation mark: direct speech, read elsewhere
    if fold(tokens[0].text) in ("об", "о") and fold(tokens[1].text) == "этом":
        return None  # "Об этом в пятницу, 3 мая, сообщил X": the sentence before is the words (``about_this``)
    subj = r.view.child(t, SUBJECT)
    if subj is not None and subj.start < t.start:
        return None
    cut = i if tokens[i].text == "," else i - 1
    # no subject: "…, говорится в заявлении МИД", "…, сообщили в посольстве"
    speaker = r.speakers.noun_phrase(subj, of=t) if subj is not None else \
        r.speakers.subject_of(t, t.start, tokens[-1].stop)
    close = parenthetical(r, tokens, k)
    if close is not None:  # "X, подчеркнул он, готов …": the whole clause is the words, the attribution inside
        return make(r, t, speaker, tokens[0].start, sentence_end(r, tokens, close),
                    (tokens[cut].start, tokens[close].stop))
    if any(fold(x.text) == "что" for x in tokens[k + 1:]):
        return None
    colon = next((j for j in range(k + 1, len(tokens)) if tokens[j].text in ":;" or tokens[j].text in OPENERS), None)
    stop = tokens[colon].start if colon is not None else tokens[-1].stop
    first = make(r, t, speaker, dash_opened(r, tokens[0].start) if tokens[i].text in DASHES else tokens[0].start,
                 tokens[cut].start, (tokens[cut].start, stop))
    if first is None or colon is None or tokens[colon].text != ":":
        return first
    # "…, пишет X: …": what follows the colon is X's words too
    then = make(r, t, speaker, tokens[colon].stop, sentence_end(r, tokens, colon), (tokens[cut].start, stop))
    return [first, then] if then is not None else first


def emphasised(r: Reading, tokens: list[Token], k: int) -> Found | None:
    """``X подчеркнул важность скорого урегулирования спора``: a verb of saying whose object is a noun of ``EMPHASIS``;
    the object's phrase to the end of the sentence is what X said."""
    t = tokens[k]
    if said(r.view, t) != "say" or t.feats.get("VerbForm") != "Fin" or denied(r, t):
        return None
    obj = next((c for c in r.view.children(t) if c.rel == "obj" and c.start > t.start
                and lemmas(c.text) & EMPHASIS), None)
    if obj is None or any(x.pos in ("VERB", "AUX") and x.feats.get("VerbForm") == "Fin"
                          for x in tokens if t.stop <= x.start < obj.start):
        return None
    i = tokens.index(obj)
    speaker = r.speakers.subject_of(t, t.start, obj.start)
    return make(r, t, speaker, obj.start, next_speaker(r, tokens, i), (tokens[0].start, obj.start))


INDIRECT = (according_to, as_said, that, about_this, inverted, emphasised)
# The words a rule of ``INDIRECT`` starts at: a verb of speech or opinion (``said``: a verb, or a short adjective,
# ``уверен``), the first word of ``according_to``, ``as_said``, ``about_this``, or the first two of a sentence
# (``Такое мнение высказал …``; each rule returns None elsewhere).
_SPEECH_POS = frozenset({"VERB", "AUX", "ADJ"})
_OPENING_WORDS = frozenset({"по", "как", "об", "о"})


def parenthetical(r: Reading, tokens: list[Token], k: int) -> int | None:
    """``Турецкая сторона, подчеркнул он, готова …``: the index of the comma that closes an attribution set off
    inside its clause, when only the verb's own words (its subject) come before that comma and the clause goes
    on after it with words that are not the verb's (``…, сказал он, добавив, что …`` goes on with the verb's)."""
    own = {x.id for x in r.view.subtree(tokens[k], frozenset())}
    close = next((i for i in range(k + 1, len(tokens)) if tokens[i].text == ","), None)
    if close is None or any(x.id not in own for x in tokens[k + 1:close]):
        return None
    rest = [x for x in tokens[close + 1:] if x.pos != "PUNCT"]
    marks = [x.text in OPENERS for x in tokens[close + 1:] if x.text in OPENERS | CLOSERS]
    # words quoted in the clause (``X, подчеркнул он, «не отступит от …» и …``) are its own: quotation marks
    # that open and close in pairs, not a quotation that goes on from before or after
    paired = marks == [True, False] * (len(marks) // 2)
    if len(rest) < r.settings.parenthetical_rest_words or any(x.id in own for x in rest) or not paired or \
            any("\n" in x.text for x in tokens[close + 1:]):
        return None
    return close


def denied(r: Reading, verb: Token) -> bool:
    """``не говорил``, ``не считает, что …``: what follows is not the subject's words (but ``не исключил, что
    …``, ``не сомневается, что …`` are)."""
    if lemmas(verb.text) & ASSERTED_DENIED:
        return False
    before = r.view.tokens_in(max(0, verb.start - 4), verb.start)
    return any(fold(c.text) == "не" for c in r.view.children(verb)) or \
        bool(before and fold(before[-1].text) == "не")


# ---- what a rule makes


def sentence_end(r: Reading, tokens: list[Token], k: int) -> int:
    """End of the sentence from token ``k``, cut at a line break, without final punctuation."""
    end = tokens[-1].stop
    nl = r.text.find("\n", tokens[k].start, end)
    if nl >= 0:
        end = nl
    return end


def rest(r: Reading, verb: Token | None, speaker: Speaker, tokens: list[Token], k: int, end: int) -> Found | None:
    """The sentence without the attribution phrase ``tokens[k:end]``: the longer side."""
    before = (tokens[0].start, tokens[k].start) if k > 0 else None
    stop = sentence_end(r, tokens, min(end, len(tokens) - 1))
    colon = next((x for x, y in zip(tokens[end + 1:], tokens[end + 2:]) if x.text == ":" and y.text in OPENERS), None)
    if colon is not None:  # "По мнению X, …: «…»": the quotation after the colon goes on with X's words
        stop = min(stop, colon.start)
    after = (tokens[end].stop if end < len(tokens) else tokens[-1].stop, stop)
    pick = after
    if before is not None and (before[1] - before[0]) > (after[1] - after[0]):
        pick = before
    if before is not None and after[1] > after[0] and any(x.pos in ("NOUN", "PROPN") for x in tokens[:k]) and \
            not any(x.pos in ("VERB", "AUX") for x in tokens[:k]):
        pick = (before[0], after[1])  # "Индия, по его мнению, заинтересована …": the clause ("Вместе с тем, …": not)
    elif before is not None and quoted_whole(r.text, *after):
        pick = after  # "X упрекнул Y в том, что та, как он считает, «…»": the quoted words are his
    att = (tokens[k].start, tokens[end - 1].stop if end - 1 < len(tokens) else tokens[-1].stop)
    return make(r, verb, speaker, pick[0], pick[1], att)


def quoted_whole(text: str, a: int, b: int) -> bool:
    """The words ``a``..``b`` are one quotation in marks, and only it."""
    a, b = trim(text, a, b)
    while b > a and text[b - 1] in ".;!?":
        b -= 1
    return b - a > 2 and text[a] in OPENERS and text[b - 1] in CLOSERS and \
        not any(ch in OPENERS or ch in CLOSERS for ch in text[a + 1:b - 1])


def make(r: Reading, verb: Token | None, speaker: Speaker, a: int, b: int, att: tuple[int, int]) -> Found | None:
    """Reported words ``a``..``b`` trimmed, attributed to ``speaker`` by the words ``att``; None when too
    short or without a speaker."""
    text = r.text
    a, b = trim(text, a, b)
    while b > a and text[b - 1] in ".;" and not text[a:b - 1].endswith("."):
        b -= 1
    a, b = trim(text, a, b)
    if b - a > 2 and text[a] in OPENERS and text[b - 1] in CLOSERS and \
            not any(ch in OPENERS or ch in CLOSERS for ch in text[a + 1:b - 1]):
        a, b = a + 1, b - 1  # "по его словам, «приветствовал …»": the words without their quotation marks
    if b - a < r.settings.min_indirect_chars or len(re.findall(r"\w+", text[a:b])) < r.settings.min_indirect_words:
        return None
    if speaker.first_person or (speaker.entity is None):
        return None
    attribution = Attribution(verb, att[0], att[1], speaker)
    ev = r.view.evidence(min(a, att[0]), max(b, att[1]))
    return Found(a, b, False, attribution, ev, att[0])
