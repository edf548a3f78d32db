"""A meeting an agreement or a proposal sets (``стороны договорились собраться снова в марте в X``, ``министр
предложил провести консультации экспертов в Y в мае``, ``условились провести следующее заседание в 2031 году``): a
meeting of its own, planned (agreed) or proposed, of the time, city and round its infinitive's words tell, beside the
agreement or the proposal, which is made the day it is told.  A meeting word that already has its event (``провести
заседание``, the visit of an invitation: ``пригласил посетить X в следующем году``) keeps it, and takes that time
where its own words gave none."""
from __future__ import annotations

import dataclasses

from ...records import Document, Event, Participant, Sentence, Timex, Token
from .elided_rounds import clause_city
from .here_ahead import period_of_validity, told_ahead
from .rounds import round_of
from .sentence import Words
from .when import after_publication, put_off_before
from .words import AGREEING, HOLDING_VERBS, INVITE, MEETING_VERBS, NEXT_SITTINGS, REQUEST_VERBS, SESSIONS, trigger_type

SETTING = {"AGREE": "planned", "REQUEST": "proposed"}  # the act that sets a meeting, and the meeting's factuality


def set_meetings(events: list[Event], w: Words, doc: Document, sentence: Sentence,
                 event_id) -> tuple[list[Event], set[str]]:
    """``events`` with the meetings the sentence's agreements and proposals set, and the ids of the meetings told
    by a word of their own that took their time from the infinitive (no longer dated by the document)."""
    out, redated = list(events), set()
    for act in [e for e in events if e.start == sentence.start and e.type in SETTING]:
        trigger = next((t for t in w.tokens if t.start == act.trigger_start), None)
        if trigger is None or trigger.pos != "VERB" or w.lemma(trigger) not in AGREEING | REQUEST_VERBS | INVITE:
            continue
        found = _meeting_of(w, doc, trigger, sentence)
        if found is None:
            continue
        verb, x, own = found
        date = told_ahead(x.date, doc, [x])
        fact = SETTING[act.type]
        told = next((k for k, e in enumerate(out) if e.type == "CONSULT" and e.start == sentence.start
                     and e.trigger_start in own), None)
        if told is not None:  # "договорились провести заседание комиссии в мае": the noun's meeting
            e = out[told]
            if e.date.precision == "unknown" or e.date == doc.published or e.factuality == "occurred":
                out[told] = dataclasses.replace(e, date=date, factuality=fact if e.factuality == "occurred"
                                                else e.factuality, date_from="text")
                redated.add(e.id)
            continue
        if w.lemma(trigger) in INVITE:
            continue  # the visit an invitation tells is its own event (invitations.py), dated above if undated
        if any(e.type == "CONSULT" and e.start == sentence.start and e.factuality in ("planned", "proposed")
               and e.date == date for e in out):
            continue  # told already ("Следующий стороны договорились провести в мае": next_elided.py)
        end = max(t.stop for t in w.tokens if t.start in own)
        out.append(dataclasses.replace(
            act, id=event_id(doc.id, verb.start, "CONSULT"), type="CONSULT", trigger=verb.text,
            trigger_start=verb.start, trigger_stop=verb.stop, factuality=fact, mode="meet", date=date,
            date_from="text", place=clause_city(w, verb.start, end) or None, more=(),
            participants=tuple(dict.fromkeys(Participant(p.entity, "participant") for p in act.participants)),
            round=_round(w, verb)))
    return out, redated


def _meeting_of(w: Words, doc: Document, trigger: Token, sentence: Sentence
                ) -> tuple[Token, Timex, set[int]] | None:
    """The infinitive of a meeting the trigger verb governs (``собраться``, ``провести раунд``), the time it is set
    for (in the infinitive's words, or a time ahead told on the trigger itself: ``договорились в начале 2031 года
    провести …``; not a term it is due by, ``до конца года``, which dates no meeting), and the starts of the
    infinitive's words."""
    for c in w.children(trigger):
        if c.feats.get("VerbForm") != "Inf" or c.start < trigger.stop or not _a_meeting(w, c):
            continue
        own = {t.start for t in w.v.subtree(c)}
        times = [x for x in doc.timexes if sentence.start <= x.start < sentence.stop
                 and x.relation == "at" and x.date.precision != "unknown"
                 and not period_of_validity(doc.text, x)]
        then = put_off_before(w, doc, times)  # "провести отложенный в августе раунд 19 октября": not its day
        times = [x for x in times if x.start not in then]
        inside = [x for x in times if x.start in own]
        if inside:
            return c, inside[0], own
        on_trigger = [x for x in times if x.start not in own and trigger.stop <= x.start < c.start
                      and after_publication(x.date, doc.published)]
        if on_trigger:
            return c, on_trigger[0], own
    return None


def _a_meeting(w: Words, verb: Token) -> bool:
    """A verb of meeting (``собраться``, ``встретиться``), or one of holding whose object is a meeting (``провести
    консультации``, ``провести следующий раунд``, ``провести IX совет``)."""
    lem = w.lemma(verb)
    if lem in MEETING_VERBS:
        return True
    if lem not in HOLDING_VERBS:
        return False
    for o in w.children(verb):
        if o.rel != "obj" or o.id not in w.position:
            continue
        noun = w.lem[w.position[o.id]]
        if trigger_type(noun) == "CONSULT" or noun in SESSIONS or set(w.modifiers(o)) & NEXT_SITTINGS:
            return True
    return False


def _round(w: Words, verb: Token) -> int | None:
    """The round the infinitive's object tells (``провести следующий, пятый раунд``)."""
    obj = next((o for o in w.children(verb) if o.rel == "obj"), None)
    return round_of(w, obj) if obj is not None else None

