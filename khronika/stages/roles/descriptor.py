"""Where a descriptor lies: the words before a name (``министр обороны Японии Х``) or the appositions
after it (``Х, директор института``), read linearly, token by token, from the name outwards.

Syntax trees of long Russian appositions are too unreliable to follow, so a descriptor is the run of
descriptor words next to the name (nouns, adjectives, numbers, titles, names of bodies and places,
and prepositions or ``и`` inside), from its first title on.
"""
from __future__ import annotations

import re

from ... import gazetteer
from ...morph import lemmas
from ...records import Mention, Token
from ...settings import DEFAULT, RoleSettings
from ...view import MentionIndex
from .lexicon import (
    ABBREVIATIONS,
    APPOSITION_MARKS,
    DESCRIPTOR_POS,
    INNER_WORDS,
    NAMED_AFTER,
    PORTFOLIO_NOUNS,
    PORTFOLIO_PREPOSITIONS,
    QUOTES,
    head_lemma,
)

LATIN = re.compile(r"[A-Za-z][A-Za-z.'-]*")


def is_word(t: Token) -> bool:
    """Can the token be a word of a descriptor?"""
    return (t.pos in DESCRIPTOR_POS or t.text in QUOTES or t.text.lower() in ABBREVIATIONS
            or head_lemma(t) is not None  # participles: управляющий, заведующий, командующий
            or t.pos == "VERB" and t.rel == "amod" and t.feats.get("Case") is not None)  # a participle as an
    # adjective of the field: "министр вооруженных сил", "глава объединенного штаба"


def _in_name(m: Mention | None) -> bool:
    """Any token of an organisation or place name belongs to a descriptor (``глава Business NZ``)."""
    return m is not None and m.type in ("ORG", "LOC")


def continues(tokens: list[Token], i: int, idx: MentionIndex) -> bool:
    """Can token ``i`` be part of a descriptor?"""
    return is_word(tokens[i]) or _inner(tokens, i) or _in_name(idx.inner(tokens[i]))


def _inner(tokens: list[Token], i: int) -> bool:
    """May token ``i`` (a preposition, "и", an abbreviation's dot or a hyphen) stand inside a descriptor?"""
    t = tokens[i]
    low = t.text.lower()
    if t.text == "." and i > 0:
        return tokens[i - 1].text.lower() in ABBREVIATIONS
    if low in ("и", ",") and i + 2 < len(tokens) and tokens[i + 1].text.lower() in PORTFOLIO_PREPOSITIONS \
            and is_word(tokens[i + 2]) and i > 0 and is_word(tokens[i - 1]) \
            and (low == "и" or lemmas(tokens[i + 2].text) & PORTFOLIO_NOUNS):
        return True  # a second portfolio: "министр экономики и по вопросам торговли", "министр иностранных дел, по
        # делам эмиграции и …"
    if low == "," and _field_list(tokens, i):
        return True  # "министр сельского хозяйства, водных ресурсов и рыболовства": one ministry's fields
    if low == "за" and i + 1 < len(tokens) and tokens[i + 1].text.lower() == "рубежом" and i > 0 \
            and is_word(tokens[i - 1]):
        return True  # "по делам соотечественников за рубежом": abroad
    if i + 1 >= len(tokens) or not is_word(tokens[i + 1]):
        return False
    if low == "и" and i > 1 and tokens[i - 2].text.lower() in ("в", "во") and \
            tokens[i - 1].pos == tokens[i + 1].pos == "PROPN" and tokens[i - 1].feats.get("Case") == "Loc" \
            and tokens[i + 1].feats.get("Case") == "Loc":
        return True  # an envoy to two countries: "посол Франции в Кении и Уганде"
    if low == "и":  # "министр связи и коммуникаций", "писатель и журналист"; not "президент и первая леди"
        nxt, prev = tokens[i + 1], tokens[i - 1] if i > 0 else None
        return nxt.feats.get("Case") in ("Gen", "Ins") or head_lemma(nxt) is not None or (  # two words of one case
            prev is not None and prev.pos == nxt.pos and prev.pos in ("ADJ", "NOUN")  # after one preposition: "по
            and prev.feats.get("Case") == nxt.feats.get("Case") not in (None, "Nom"))  # правовым и консульским", "по
        # делам и политике"
    return low in INNER_WORDS or t.text == "-"


_FIELD_WORDS = 6  # the most words a field of a ministry's list may have between its commas and its closing "и"


def _field_list(tokens: list[Token], i: int) -> bool:
    """Is the comma at ``i`` one between the fields of one office, a list of genitives closed by ``и`` (``министр
    экономики, торговли и промышленности``, ``министр сельского хозяйства, водных ресурсов и рыболовства``)?  Not a
    comma before another title (``министр обороны, генерал армии``), whose first word is no genitive."""
    if i == 0 or tokens[i - 1].pos != "NOUN" or tokens[i - 1].feats.get("Case") != "Gen":
        return False
    for k in range(i + 1, min(len(tokens) - 1, i + 1 + _FIELD_WORDS)):
        t = tokens[k]
        if t.text.lower() == "и" and k > i + 1:
            return tokens[k + 1].pos in ("ADJ", "NOUN") and tokens[k + 1].feats.get("Case") == "Gen"
        if t.text != "," and (t.pos not in ("ADJ", "NOUN") or t.feats.get("Case") != "Gen"):
            return False
    return False


def _is_person(m: Mention | None, idx: MentionIndex) -> bool:
    """Is the mention a named person (whose words end a descriptor read towards it)?"""
    return m is not None and m.type == "PER" and idx.kind(m) == "person"


def _from_first_head(span: list[Token], s: RoleSettings) -> list[Token]:
    """The part of ``span`` from its first title (with up to ``title_adjectives`` adjectives before it)."""
    first = next((i for i, t in enumerate(span) if head_lemma(t)), None)
    if first is None:
        return []
    start = first
    while start > 0 and first - start < s.title_adjectives and adjective(span[start - 1]):
        start -= 1
    return span[start:]


def adjective(t: Token) -> bool:
    """An adjective, or a word the tagger took for a noun that modifies one as an adjective does (a rare country
    adjective, read as a noun: ``со своим бурундийским коллегой``)."""
    return t.pos == "ADJ" or t.pos == "NOUN" and (t.rel == "amod" or gazetteer.adjective_country(t.text) is not None)


def at_the_head(tokens: list[Token], i: int) -> bool:
    """Is token ``i`` the ``глава`` of ``во главе``/``во главу`` (at the head of), which is no title?"""
    return i > 0 and tokens[i - 1].text.lower() in ("во", "в") and head_lemma(tokens[i]) == "глава"


def descriptor_before(tokens: list[Token], k: int, idx: MentionIndex, s: RoleSettings = DEFAULT.roles) -> list[Token]:
    """The descriptor that ends just before token ``k`` (the start of a name)."""
    j = k
    while j > 0 and not _is_person(idx.inner(tokens[j - 1]), idx) and continues(tokens, j - 1, idx):
        j -= 1
    span = _after_break(tokens[j:k], idx)
    while span and (span[0].text.lower() in INNER_WORDS or span[0].text in QUOTES and span[0].text != "«"):
        span = span[1:]
    desc = _from_first_head(span, s)
    return [] if desc and (at_the_head(tokens, tokens.index(desc[0])) or _named_after(tokens, tokens.index(desc[0]))) \
        else desc


def _after_break(span: list[Token], idx: MentionIndex) -> list[Token]:
    """The words of ``span`` after its last inanimate common noun in the nominative or accusative that is no title, no
    part of a name and not in quotes: such a noun is a word of the sentence, not of a title's complements, which are
    in the genitive or after a preposition (``передал перуанскому коллеге послание президента X``: ``послание``
    ends the colleague's words; ``президента`` alone is X's); an animate one is a form of address that goes with
    the name (``министр обороны мулла X``)."""
    cut, quoted = 0, False
    for i, t in enumerate(span):
        if t.text in QUOTES:
            quoted = t.text != "»" if t.text in "«»" else not quoted
            continue
        if not quoted and t.pos == "NOUN" and t.feats.get("Case") in ("Nom", "Acc") and t.text[:1].islower() \
                and t.feats.get("Animacy") != "Anim" \
                and head_lemma(t) is None and t.text.lower() not in ABBREVIATIONS and idx.inner(t) is None \
                and not (i > 0 and span[i - 1].pos == "ADP"):
            cut = i + 1
    return span[cut:]


def _named_after(tokens: list[Token], i: int) -> bool:
    """Does a descriptor from token ``i`` follow ``имени``/``им.`` (``улица имени маршала …``), a part of a thing's
    name?"""
    j = i - 1 if i > 0 and tokens[i - 1].text != "." else i - 2
    return j >= 0 and tokens[j].text.lower() in NAMED_AFTER


def descriptor_after(tokens: list[Token], k: int, idx: MentionIndex, s: RoleSettings = DEFAULT.roles) -> list[Token]:
    """An apposition after a name that ends before token ``k``: ``, директор института`` or
    ``- директор института`` or ``(второй тренер)``; the title must come within ``apposition_reach``
    words."""
    if k >= len(tokens) or tokens[k].text not in APPOSITION_MARKS:
        return []
    j = k + 1
    while j < len(tokens) and not _is_person(idx.inner(tokens[j]), idx) and continues(tokens, j, idx):
        j += 1
    if j < len(tokens) and idx.kind(idx.inner(tokens[j])) == "person":
        return []  # ", известный правозащитник Лев Пономарев": the words describe the next name
    span = tokens[k + 1:j]
    desc = _from_first_head(span, s)
    return desc if desc and span.index(desc[0]) <= s.apposition_reach else []


def descriptors_before(tokens: list[Token], k: int, idx: MentionIndex,
                       s: RoleSettings = DEFAULT.roles) -> list[list[Token]]:
    """The descriptor before a name and those before it separated by commas (``лидер партии,
    депутат парламента Иван Петров``), up to ``max_chain``."""
    out: list[list[Token]] = []
    while len(out) < s.max_chain:
        desc = descriptor_before(tokens, k, idx, s)
        if not desc:
            break
        out.append(desc)
        k = tokens.index(desc[0])
        if k == 0 or tokens[k - 1].text != ",":
            break
        k -= 1
    return out


def descriptors_after(tokens: list[Token], k: int, idx: MentionIndex,
                      s: RoleSettings = DEFAULT.roles) -> list[list[Token]]:
    """The appositions after a name, each after a comma (``Иван Петров, известный юрист, член
    Общественной палаты``), up to ``max_chain``: an apposition with no title is passed over when it
    is made of descriptor words alone."""
    out: list[list[Token]] = []
    k = _past_latin_alias(tokens, k)  # "Ян Новак (Jan Nowak), научный руководитель …"
    for n in range(s.max_chain):
        if k >= len(tokens) or (n and tokens[k].text != ","):
            break
        desc = descriptor_after(tokens, k, idx, s)
        if desc:
            out.append(desc)
            k = tokens.index(desc[-1]) + 1
            continue
        j = k + 1  # an apposition without a title: passed over if it is descriptor words alone
        while j < len(tokens) and (is_word(tokens[j]) or tokens[j].pos == "ADP") and idx.inner(tokens[j]) is None:
            j += 1
        if tokens[k].text != "," or j == k + 1:
            break
        k = j
    return out


def _past_latin_alias(tokens: list[Token], k: int) -> int:
    """The token after a name's spelling in Latin letters in brackets at ``k`` (``(Jan Nowak)``), else ``k``."""
    if k >= len(tokens) or tokens[k].text != "(":
        return k
    close = next((j for j in range(k + 1, min(len(tokens), k + 6)) if tokens[j].text == ")"), None)
    inside = tokens[k + 1:close] if close else []
    return close + 1 if inside and all(LATIN.fullmatch(t.text) for t in inside) else k



# A title with a person in the genitive before the named holder: ``пресс-секретарь президента Чили Хосе Переса Ана
# Роблес``, ``советник премьер-министра Ирландии Шона Келли по внешней политике Мэри Флинн``.  The title is the
# holder's; the genitive person holds only the title nearest before his own name (``президент`` of Чили).

def _person_ending_at(tokens: list[Token], j: int, idx: MentionIndex) -> Mention | None:
    """The named person whose mention ends with token ``j - 1``."""
    m = idx.inner(tokens[j - 1]) if j > 0 else None
    return m if _is_person(m, idx) and m.entity and m.stop == tokens[j - 1].stop else None


def _scope_phrase(tokens: list[Token], j: int, idx: MentionIndex, s: RoleSettings) -> int:
    """The token after a ``по …`` phrase of plain words at ``j`` (``по внешней политике``), else ``j``."""
    if j >= len(tokens) or tokens[j].text.lower() != "по":
        return j
    i = j + 1
    while i < len(tokens) and i - j <= s.apposition_reach and idx.inner(tokens[i]) is None and \
            tokens[i].pos in ("ADJ", "NOUN") and head_lemma(tokens[i]) is None:
        i += 1
    return i if i > j + 1 else j


def holder_after(tokens: list[Token], end: int, m: Mention, idx: MentionIndex,
                 s: RoleSettings = DEFAULT.roles) -> Mention | None:
    """The named holder right after the person ``m`` ending before token ``end`` (past a ``по …`` phrase), another
    person than ``m``: then ``m`` is the genitive of the title before him."""
    j = _scope_phrase(tokens, end, idx, s)
    n = idx.at(tokens[j].start) if j < len(tokens) else None
    return n if _is_person(n, idx) and n.entity and n.entity != m.entity else None


def split_at_owner(desc: list[Token]) -> tuple[bool, list[Token]]:
    """A descriptor before a genitive person who stands before a holder: (does it hold a title of the holder, the
    part that is the genitive person's).  The genitive person's is the last title when it is in the genitive
    (``пресс-секретарь президента Чили`` → ``президента Чили``); a lone genitive title may be either's (neither)."""
    titles = [i for i, t in enumerate(desc) if head_lemma(t)]
    if not titles:
        return False, []
    genitive = desc[titles[-1]].feats.get("Case") in ("Gen", "Acc")
    if len(titles) == 1:
        return not genitive, []
    return True, desc[titles[-1]:] if genitive else []


def holders_descriptor(tokens: list[Token], k: int, idx: MentionIndex,
                       s: RoleSettings = DEFAULT.roles) -> tuple[list[Token], list[Token], Mention | None]:
    """For the holder named from token ``k``: (the descriptor before the genitive person before him and the ``по …``
    phrase between them, the genitive person's title, the genitive person): ``советник премьер-министра Ирландии
    [Шона Келли] по внешней политике``; else two empty lists and None."""
    owner, scope = _person_ending_at(tokens, k, idx), []
    if owner is None:
        j = next((j for j in range(k - 2, max(0, k - 2 - s.apposition_reach), -1) if tokens[j].text.lower() == "по"),
                 None)
        if j is None or _scope_phrase(tokens, j, idx, s) != k:
            return [], [], None
        owner, scope = _person_ending_at(tokens, j, idx), tokens[j:k]
    holder = idx.at(tokens[k].start)
    if owner is None or holder is None or holder.entity == owner.entity:
        return [], [], None
    desc = descriptor_before(tokens, next(i for i, t in enumerate(tokens) if t.start >= owner.start), idx, s)
    holds, owners = split_at_owner(desc)
    return (desc + scope, owners, owner) if holds else ([], [], None)
