"""Statuses told of one format among several a sentence names, for ``formats.py`` (``format_told.told_by``).

``local_statuses``: the status words that govern one mention (``исключена из «Большой семёрки»``, ``возобновлении
формата …``, ``запланированном на июнь саммите …``) hold for that one alone; ``relative_turns``: a break or a putting
off told in a relative clause right after its name; ``planned_after``: a meeting to come told in a relative clause a
few words after it.  Each returns the sentence with those words blanked out, so that the other mechanisms take the
status of the rest of the sentence (``format_status.status_of``).
"""
from __future__ import annotations

import re

from .format_rounds import round_in

# Status words that govern the mention right after them (up to a few words between, a date among them):
# "исключена из «Большой восьмерки»", "возобновлении формата G8", "намеченном на март 2019 года саммите G20".
_GOVERNING = [
    ("suspended", r"(?:приостанов|заморож|прерва|исключ(?:ен|ил|ать|ени))\w*(?:\s+из)?"),
    ("proposed-resumption", r"(?:возобновлени|возвращени)\w*|возобновить(?:\s+работу|\s+деятельность)?"),
    ("cancelled", r"отмен\w*|бойкотир\w*|прекращени\w*\s+(?:\w+\s+)?(?:деятельности|существования)|роспуск\w*|"
                  r"упразднени\w*"),
    ("postponed", r"отлож\w*|перенесенн\w*|перенесённ\w*"),
    ("planned", r"(?:запланированн|намеченн|предстоящ|следующ|очередн)\w*(?!\s+раз\b)"),
]
_BEFORE = r"(?:\s+[\w-]+){0,5}?\s+[«\"„“]?$"
GOVERNING = [(status, re.compile(r"\b" + words + _BEFORE, re.I)) for status, words in _GOVERNING]
# A proposal to resume needs someone asking for it (a REQUEST event) or a word of asking.
_ASKING = re.compile(r"предлаг|предлож|призыв|призва|настаива|добива|выступа\w* за|договар|договорил|условил|"
                     r"согласил|намерен", re.I)  # asked for, or agreed on: "договорились … возобновить работу X"
# A break told of a body in a relative clause right after its name ("Механизма …, деятельность которого
# приостановлена с 2029 года"): that body's, not another's of the sentence.
# … or in a participle clause ("возобновили диалог, прерванный в 2028 году").
_RELATIVE = [("suspended", re.compile(r"\s*,\s+(?:(?:[\w-]+\s+){0,2}?котор\w+\s+(?:[\w-]+\s+){0,3}?"
                                      r"(?:приостановл|заморож|прерван)|(?:приостановленн|замороженн|прерванн))"
                                      r"\w*[^,.;:]*", re.I)),
             ("postponed", re.compile(r"\s*,\s+(?:котор\w+\s+(?:[\w-]+\s+){0,3}?(?:переносил|откладывал|перенесл|"
                                      r"отложил|перенес[её]н|отложен)|(?:отложенн|перенесенн|перенесённ))\w*[^,.;:]*",
                                      re.I))]


def local_statuses(sentence: str, spans: dict[str, list[tuple[int, int]]],
                   events: list[dict]) -> tuple[dict[str, list[tuple[str, int, int]]], str]:
    """In a sentence naming several mechanisms (``spans``: each name's mentions), the statuses told by
    words governing one mention: name → [(status, start, stop of the governing words)]; and the
    sentence with those words blanked out, for the other mechanisms."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    if len(spans) < 2:
        return out, sentence
    asking = any(e["type"] == "REQUEST" for e in events) or bool(_ASKING.search(sentence))
    blanked = sentence
    for name, places in spans.items():
        for start, stop in places:
            before = sentence[:start]
            for status, pattern in GOVERNING:
                m = pattern.search(before)
                if m is None or status == "proposed-resumption" and not asking:
                    continue
                if any(s == status for s, _, _ in out.get(name, [])):
                    break
                out.setdefault(name, []).append((status, m.start(), stop))
                blanked = blanked[:m.start()] + " " * (stop - m.start()) + blanked[stop:]
                break
    return out, blanked


def relative_turns(sentence: str, blanked: str, spans: dict[str, list[tuple[int, int]]]
                   ) -> tuple[dict[str, list[tuple[str, int, int]]], str]:
    """A break or a putting off told of a mechanism in a relative clause right after its name (``Механизма …,
    деятельность которого приостановлена с 2029 года``, ``Саммит …, который дважды переносили, прошел …``): name →
    [(status, start, stop of the clause)], that mechanism's alone; and ``blanked`` with those clauses blanked out,
    for the status of the rest of the sentence."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    for name, places in spans.items():
        for _, stop in places:
            for status, pattern in _RELATIVE if stop >= 0 else ():
                m = pattern.match(sentence, stop)
                if m and status not in [s for s, _, _ in out.get(name, [])]:
                    out.setdefault(name, []).append((status, stop, m.end()))
                    blanked = blanked[:stop] + " " * (m.end() - stop) + blanked[m.end():]
    return out, blanked


# A meeting to come told in a relative clause after its name, a few words on ("… 35-го саммита глав государств Лиги,
# который пройдет 3 июня в Багдаде"): that mechanism's alone, in a sentence naming another one.
_PLANNED_AFTER = re.compile(r"(?:\s+[\w-]+){0,4}?\s*,\s+котор\w+\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:пройд|состо(?:ит|ят)ся|намечен|запланирован)\w*[^,.;:]*", re.I)
_ORDINAL_BEFORE = re.compile(r"[\w-]+\s+$")


def planned_after(sentence: str, blanked: str, spans: dict[str, list[tuple[int, int]]]
                  ) -> tuple[dict[str, list[tuple[str, int, int]]], str]:
    """In a sentence naming several mechanisms, the one whose name a relative clause of a meeting to come follows
    (``… на которой одобрил программу 35-го саммита …, который пройдет 3 июня``): name → [("planned", start of its
    name, or of the ordinal before it, end of the clause)]; and ``blanked`` with those words blanked out."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    if len(spans) < 2:
        return out, blanked
    for name, places in spans.items():
        for start, stop in places:
            m = _PLANNED_AFTER.match(sentence, stop) if start >= 0 else None
            if m is None or name in out:
                continue
            before = _ORDINAL_BEFORE.search(sentence, 0, start)
            a = before.start() if before and round_in(sentence[before.start():stop]) else start
            out[name] = [("planned", a, m.end())]
            blanked = blanked[:a] + " " * (m.end() - a) + blanked[m.end():]
    return out, blanked
