"""Forums of states as meetings: a forum whose own words name two countries or more or its level (``министерский
форум X и Y``, ``Форум регионов X и Y``, ``форум министров``), or a forum told again after one (``Следующий форум
пройдет …``), told as held, to come, put off or called off; never a forum of business, science or youth."""
from __future__ import annotations

from ...records import Token
from .bodies import FORUMS, ROMAN, countries_named
from .sentence import Words
from .words import BODY_ENDED, BODY_HELD, CANCEL, HAPPEN, LIGHT_VERBS, POSTPONE

FORUM = FORUMS[0]

FORUM_LEVELS = {"министерский", "министр", "межпарламентский", "межправительственный", "межгосударственный",
                "глава", "лидер"}  # a forum of states by its level ("министерский форум", "форум министров")
PRIVATE_FORUMS = {"экономический", "инвестиционный", "деловой", "бизнес", "молодежный", "научный", "студенческий",
                  "образовательный", "промышленный", "финансовый", "технологический", "предприниматель", "ученый",
                  "молодежь", "инвестор", "банковский", "медицинский", "спортивный", "туристический", "культурный"}
PRIVATE_PREFIXES = ("бизнес", "медиа", "интернет", "кибер", "экспо")  # "бизнес-форум", "медиафорум"


def forum_held(w: Words, i: int) -> int | None:
    """A forum of states (``forum_of_states``) told as held, to come, put off or called off: the subject of a verb of
    taking place, of ending or of putting off (``министерский форум X и Y прошел в …``, ``Форум, который должен был
    пройти …, перенесен``, ``форум … не состоится``), or the object of a finite verb of holding or putting off
    (``X и Y отложили министерский форум``, ``провели форум``); not one held as a habit (``форум проводится
    ежегодно``) nor one a side is ready for or proposes (``готова провести форум``: the readiness, the proposal)."""
    t = w.tokens[i]
    h = w.head_index(t)
    if h is None or not forum_of_states(w, i):
        return None
    verb, word = w.tokens[h], w.lem[h].removesuffix("ся")
    if t.rel.startswith("nsubj"):
        told = word in HAPPEN | BODY_HELD | BODY_ENDED | POSTPONE | CANCEL or w.lem[h] in HAPPEN | BODY_HELD \
            or word in LIGHT_VERBS and not _habit(verb)
    else:
        told = t.rel == "obj" and (word in LIGHT_VERBS | POSTPONE | CANCEL) and verb.feats.get("VerbForm") == "Fin" \
            and not _habit(verb)
    return max(2, countries_named(w, _phrase_of(w, i))) if told else None


def forum_of_states(w: Words, i: int) -> bool:
    """``форум`` at ``i`` is a forum of states: its own words name two countries or more (``Форум регионов X и Y``,
    ``X-Y-ский форум``) or its level (``министерский форум``), or a forum of states was named before in the document
    (``Words.bodies``: ``Следующий форум пройдет …``); never one of business, science or youth (``экономический
    форум``, ``инвестиционный``), however many countries come."""
    if w.lem[i] != FORUM:
        return False
    own = _phrase_of(w, i)
    words = {w.lem[k] for k in own} | set(w.modifiers(w.tokens[i]))
    if words & PRIVATE_FORUMS or any(w.lem[k].startswith(PRIVATE_PREFIXES) for k in own):
        return False
    return countries_named(w, own) >= 2 or bool(words & FORUM_LEVELS) or FORUM in w.bodies


def _phrase_of(w: Words, i: int) -> range:
    """The positions of a noun's own phrase: from the adjectives and numbers before it to its last genitive, up to a
    comma, a verb or a preposition."""
    a = i
    while a > 0 and (w.tokens[a - 1].pos in ("ADJ", "NUM") or ROMAN.fullmatch(w.tokens[a - 1].text)):
        a -= 1
    b = i + 1
    while b < len(w.tokens) and w.tokens[b].pos not in ("VERB", "AUX", "ADP", "PUNCT", "SCONJ") \
            or b < len(w.tokens) and w.tokens[b].text in ("–", "-", "—") and b + 1 < len(w.tokens) \
            and w.tokens[b + 1].pos == "PROPN":
        b += 1
    return range(a, b)


def _habit(verb: Token) -> bool:
    """A verb of holding in the imperfective present or past (``проводится ежегодно``, ``проводился с 1990 года``): what
    is done as a habit, no one session."""
    return verb.feats.get("Aspect") == "Imp" and verb.feats.get("Tense") in ("Pres", "Past")


def told_again(w: Words, i: int) -> bool:
    """A forum told again (``Следующий форум пройдет …``): no country named in its own words, one of states named
    before; its sides are the last meeting's."""
    return w.lem[i] == FORUM and FORUM in w.bodies and countries_named(w, _phrase_of(w, i)) == 0


def forum_meetings(w: Words) -> list[tuple[int, str]]:
    """(position of the trigger word, CONSULT mode) of each forum of states told as held, to come, put off or called
    off in the sentence."""
    return [(i, "multilateral" if n > 2 else "meet") for i in range(len(w.tokens)) if (n := forum_held(w, i) or 0)]


def forum_heads(w: Words) -> set[str]:
    """``форум`` when the sentence names a forum of states, for the forum told again in later sentences."""
    return {FORUM} if any(forum_of_states(w, k) for k in range(len(w.tokens))) else set()
