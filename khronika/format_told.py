"""What one document tells of standing formats of dialogue (``told_by``), read at ingest and kept in the store.

Sentence by sentence, the formats each names (``format_kinds.formats_in``) or takes up from the sentences before it,
their sides, and a history entry per sentence with its status (``format_status``), date and round; the store-wide
records are made of these by ``formats.build_formats`` (the package's account of formats is ``formats.py``'s
docstring).
"""
from __future__ import annotations

import dataclasses
import re

from .format_after import after_numbered, held_on, number_called_off
from .format_again import (
    ANOTHER_ROUND,
    HOLD_NEXT,
    ITS_MEETING,
    MECHANISM_AGAIN,
    ORGANISATION_AGAIN,
    days_again,
    days_begun,
    first_since,
    name_again,
    noun_again,
    round_again,
    taken_up,
    told_again,
)
from .format_aliases import acronyms, bound, by_acronym, short_named
from .format_bodies import (
    TWO_OF_THEM,
    by_party,
    calls,
    digest_item,
    international,
    main_pair,
    offices,
    other_noun,
    parties_told,
    sides_in,
    status_again,
    told_sides,
    trades_only,
)
from .format_clauses import EARLIER
from .format_history import Told
from .format_kinds import (
    EVENT_FORMATS,
    EVENT_NAMES,
    formats_in,
    kinds_told,
    loose,
    particular,
)
from .format_local import local_statuses, planned_after, relative_turns
from .format_merge import (
    date_resumptions,
    recent,
)
from .format_names import (
    DOCUMENT_ALONE,
    MECHANISM_ALONE,
    NEEDS,
    Named,
    level_of,
)
from .format_parties import (
    NEGOTIATION,
    TRACK,
    bare_rounds,
    host_side,
    linked_orgs,
    mediated,
    one_of_each,
    unnamed_party,
)
from .format_parties import bodies as national_bodies
from .format_parties import parties as non_state_parties
from .format_proper import PROPER_FORMAT, met_sides, named_before
from .format_rounds import numbered, round_in
from .format_series import series_of
from .format_standing import standing
from .format_status import (
    IDLE_TOLD,
    PROPOSED_AGAIN,
    PROPOSED_TO_CONVENE,
    SUSPENSION,
    membership,
    only_agreed,
    status_of,
    talks_turned,
)
from .ids import country_code, country_id, is_country

AS_PLACE = re.compile(r"(?:^|\s)(?:в|во|на|из|под)\s+$", re.I)  # "после событий на Украине": a place, not a side
# The format named just before, told as such: "Министры встретились в этом формате впервые с 2003 года".
THIS_FORMAT = re.compile(r"\bв\s+(?:этом|таком|данном|том\s+же|подобном)\s+(?:формате|составе)\b", re.I)
def of_organisation_before(text: str, before: list) -> bool:
    """Does the sentence tell a meeting of "the organisation" (``ORGANISATION_AGAIN``) right after one named one?"""
    return len(before) == 1 and before[0].fixed and bool(ORGANISATION_AGAIN.search(text))


# a body told as bilateral or joint ("двустороннего комитета", "совместной комиссии", "смешанной группы"), talks told by
# their mediator ("раунд консультаций при посредничестве X"): of the two countries its document is about, no mediator
BILATERAL = re.compile(r"двусторонн|совместн|смешанн|.*\bпри\s+посредничеств", re.I)
# the words of a meeting: a sentence that tells an event told before by none of them names no format of it
MEETING_WORD = re.compile(r"встреч|саммит|переговор|консультаци|заседани|сесси|форум|диалог|формат|раунд", re.I)
HELD_ROUND = ("round", "resumed")  # a round the document reports held ("четвертый раунд и первый после перерыва")
FORMAT_REACH = 3  # sentences after a format's mention within which "предыдущий раунд" is that format's



def told_by(store, row: dict, events: list[dict], doc=None, links: dict[str, str] | None = None) -> dict:
    """What one document says of formats: its mentions (each a ``Named`` as a dict, its sides and its
    history entries, citing the document's event ids), the dates of the suspensions it reports, and
    its place in the order formats are read in (published date, path).  ``doc``: the document as
    ``Store.told_views`` gives it (else it is read); ``links``: as ``format_parties.linked_orgs`` takes them."""
    doc = linked_orgs(store, doc if doc is not None else store.document(row["id"]), links)
    idle = bool(IDLE_TOLD.search(doc.text))  # "Комиссия не собиралась с 2028 года": what is proposed is to meet again
    mentions = []
    last: list[Named] = []
    earlier, gap = [], 0  # the formats the last sentence that named one named, and the sentences since
    rounds: dict[str, int] = {}  # the last round of each format the document numbered
    own: dict[str, int] = {}  # the round of each format the document reports as of its day
    before: list[Named] = []
    before_sides: set[str] = set()
    mentioned: list[Named] = []  # every format the document named so far
    doc_sides: dict[str, set[str]] = {}  # the sides the document first gave each format
    met: set[str] = set()  # the formats whose meetings (held, planned, put off…) the document told
    previous: list[Named] = []  # the formats the sentence before named, of any kind
    lately, lately_gap = [], 0  # the formats the last sentence naming one named, and the sentences since
    quiet = 0  # the sentences since the last one that named a format, however loosely
    said = ""  # the sentence before
    pair_here: set[str] = set()  # the two countries the last sentence naming two named
    parties: dict[str, set[str]] = {}  # the parties the document tells of each format (``between``)
    explicit: set[int] = set()  # the mentions that tell them
    codes = {country_code(m.entity) for m in doc.mentions if is_country(m.entity)}
    codes |= {country_code(x) for x in sides_in(doc.text, [], [])}  # "польско-литовского диалога": states told too
    # "Правительство X и Фронт … (ФНО)": a party that is no state, a side; a parliament: its country
    named_parties = non_state_parties(doc.mentions, doc.text)
    non_state = {**national_bodies(doc.mentions), **named_parties}
    organisations = international(doc.mentions)
    orgs = organisations | set(non_state)  # "переговоры Чили и ОАГ": a side
    armed = set(named_parties.values()) - organisations  # the parties no state it names: "альянса XYZ"
    # each sentence's mediators, sides between which, joined and hosts, read once
    told = [told_sides(doc.text[s.start:s.stop], s.start, doc.mentions, is_country, orgs) for s in doc.sentences]
    mediating = set().union(*(t[0] for t in told))  # "при посредничестве X": no side in any sentence
    doc_pair = main_pair(doc.mentions, lambda x: is_country(x) and x not in mediating)
    shorts: dict[str, Named] = {}  # short names the document gave formats in brackets ("(ССВУ)")
    called: dict[str, set[str]] = {}
    found = [tuple(offices(formats_in(doc.text[s.start:s.stop]), doc.text[s.start:s.stop], s.start, doc.mentions))
             for s in doc.sentences]  # each sentence's, read once: not a body named as a person's office
    others = [n for s, names in zip(doc.sentences, found) for n in names if n.type not in DOCUMENT_ALONE
              and not only_agreed(doc.text[s.start:s.stop], n)]  # not a body only agreed to be set up
    if others:  # another format named: no body told by its session alone (nor a group by its meeting, but by a body)
        mechanism = any(n.fixed or n.type not in NEEDS for n in others)
        found = [tuple(n for n in names if n.type not in DOCUMENT_ALONE or n.type in MECHANISM_ALONE and not mechanism)
                 for names in found]
    found = bare_rounds(found, bool(named_parties))  # "Третий раунд переговоров прошел …": a party's, or the track's
    tracks = {n.name: n for names in found for n in names if TRACK.search(n.name)}
    since = [0, 0, 0]  # the mentions before each of the last three sentences
    for s, names, sides_told in zip(doc.sentences, found, told):
        text = doc.text[s.start:s.stop]
        held = [(i, e) for i, (_, _, entries) in enumerate(mentions) if i >= since[-3] for e in entries
                if e["status"] in ("round", "meeting") and e["date"] and len(e["date"]) == 10]
        days_again(text, said, [e for i, e in held if i >= since[-1]])  # "Сессия, шедшая два дня …"
        days_begun(text, [e for _, e in held])  # "… завершилось во вторник. … Переговоры начались в понедельник."
        since.append(len(mentions))
        here = [e for e in events if any(s.start <= a < s.stop for a in [e["start"]] + [x["start"] for x in e["more"]])]
        named = by_party(bound(list(names), text, doc.text, codes), codes) or by_acronym(text, shorts)
        named = offices(named, text, s.start, doc.mentions)  # not "Председатель Постоянного комитета X Ли Вэй"
        named = named_before(named, mentioned)  # "Первый саммит альянса …" after "саммит Альянса государств …"
        if of_organisation_before(text, previous) and not any(n.fixed for n in named):
            named = []  # "саммит организации стал первым с …": no summit of its own but the organisation's
        agreed = {n.name for n in named if only_agreed(text, n)}  # "условились об учреждении рабочей группы по …"
        for e in here:  # a sentence that takes up a format named before ("в таком формате")
            if not s.start <= e["start"] < s.stop and not MEETING_WORD.search(text):
                continue  # an arrival fused into the summit ("Глава X прибыл в Y накануне"): no format named again
            kind = EVENT_FORMATS.get(e["format"] or "")
            if of_organisation_before(text, previous):
                continue  # "саммит организации стал первым": told before, not a summit of its own
            if kind and not any(n.fixed or kind.pattern.search(n.surface) for n in named) \
                    and kind.name not in {n.name for n in named} and not trades_only(text, kind.pattern):
                # not "трехсторонний саммит" again as a summit, nor "научный саммит"
                named.append(Named(kind.name, kind.name, kind.label, tuple(kind.members), level_of(kind.label)))
        if not last and gap <= FORMAT_REACH and (ANOTHER_ROUND.search(text) or THIS_FORMAT.search(text)):
            last = earlier  # "Предыдущий раунд состоялся в июне", a few sentences on
        last = [] if len(last) == 1 and other_noun(text, last[0]) else last  # "заседание комиссии" after a conference
        own_names = bool(named)
        known = {n.name: (frozenset(doc_sides.get(n.name) or ()), rounds.get(n.name)) for n in mentioned}
        named = taken_up(text, named, last, EVENT_NAMES, said, mentioned, known) or round_again(text, mentioned,
                                                                                              known=known) \
            or status_again(text, mentioned, here) \
            or name_again(text, mentioned, EVENT_NAMES)  # "предложил возобновить работу комиссии", "Торговые …"
        again = not named and len(previous) == 1 and not ANOTHER_ROUND.search(text) and noun_again(text, said)
        # "Предыдущий, пятый раунд прошел …" a sentence on: the format named before
        after_gap = not named and first_since(text)  # "Это первый подобный контакт с 2019 года"
        prior = previous or ([n for n in lately if n.name in met] if (ANOTHER_ROUND.search(text) or after_gap) and (
            lately_gap <= 1 or (quiet <= FORMAT_REACH or MECHANISM_AGAIN.search(text))  # "Формат …": however far
            and {n.name for n in lately} == {n.name for n in mentioned if not loose(n)})  # named no other
                             else [])  # of a format whose meetings the document told, a few sentences on where it
        its = not named and len(prior) == 1 and ITS_MEETING.search(text)  # "Ее шестое заседание прошло …"
        if not named and len(prior) == 1 and (ANOTHER_ROUND.search(text) or EARLIER.search(text) or its or after_gap
                                              or THIS_FORMAT.search(text) or again or HOLD_NEXT.search(text)
                                              or of_organisation_before(text, prior)):
            named = list(prior)  # "Прошлая встреча в формате «3+1» прошла в мае. Очередную … созвать …"
            if its:  # one of its series, told without its name
                named = [dataclasses.replace(prior[0], surface="", start=-1, stop=-1, spans=())]
        said = text
        track = not named and len(tracks) == 1 and (talks_turned(text, here) or HOLD_NEXT.search(text)) and (
            NEGOTIATION.search(next(iter(tracks))) or next(iter(tracks)) in {n.name for n in mentioned})
        if track and (theirs := doc_sides.get(next(iter(tracks)))) and (told_here := {
                m.entity for m in doc.mentions if s.start <= m.start < s.stop and is_country(m.entity)}) \
                and not told_here & theirs:
            track = False  # a digest's other story ("X и Y вернулись за стол переговоров"): not the track of others
        if track:  # "переговоры были заморожены": the document's one negotiation track's
            named = [dataclasses.replace(next(iter(tracks.values())), surface="", start=-1, stop=-1, spans=())]
        previous = [n for n in named if not loose(n)]
        countries = {m.entity for m in doc.mentions if s.start <= m.start < s.stop and is_country(m.entity)
                     and not AS_PLACE.search(doc.text[max(0, m.start - 8):m.start])}
        helping, between, joined, hosts = sides_told  # mediators, hosts
        between, joined = {non_state.get(x, x) for x in between}, {non_state.get(x, x) for x in joined}
        between = between if len(between) >= 2 else set()
        between, joined = (set(), set()) if any(n.fixed for n in named) else (between, joined)  # "между X и Y"
        countries = (between or countries) - helping
        adjectival = sides_in(text, [], []) if len(countries) != 2 else set()  # "Перуанско-чилийские связи …"
        pair_before, pair_here = pair_here, countries if len(countries) == 2 else adjectival if len(
            adjectival) == 2 else pair_here
        named = [short_named(n, text, s.start, doc.mentions) for n in named  # not a kind in a text of no state
                 if codes or n.fixed or n.name not in EVENT_NAMES]
        shorts.update(acronyms(named))
        # a pair of states alone (not two states with organisations: "«квартет» … подключить к нему X и Y")
        pair = {country_id(c) for n in named if n.fixed and len(n.countries) == 2 and not n.orgs for c in n.countries}
        if pair and len(told := sides_in(text, here, sorted(countries) if 2 <= len(countries) <= 3 else [])) >= 2:
            # "перуанско-чилийского Совета по вопросам сотрудничества …": not the council of that name of another pair
            named = [n for n in named if not (n.fixed and len(n.countries) == 2 and not n.orgs
                                              and not told <= {country_id(c) for c in n.countries})]
        named = particular(named, mentioned)
        calls(called, text, named)  # the nouns the document calls a format by just before its name ("диалог «2+2»")
        sole = series_of(text, [n for n in named if n.name not in agreed],  # not a body only agreed on
                         mentioned, countries, doc_sides, met, called, rounds) \
            if not (agreed and round_in(text) == 1) else None  # nor the first meeting of that body
        named = [sole] if sole else named or round_again(text, mentioned, by_number=True, known=known)
        previous = [sole] if sole else previous  # "Предыдущая, пятая сессия прошла … Следующую проведут …"
        mentioned += named
        quiet = 0 if named else quiet + 1
        last = [n for n in named if n.fixed or n.name in EVENT_NAMES]
        # another format named between ("по вопросам …" consultations inside a mechanism's meeting are not)
        earlier, gap = (last, 0) if last else ([] if any(not loose(n) for n in named) else earlier, gap + 1)
        if not named:
            before, lately_gap = [], lately_gap + 1
            continue
        timexes = [x for x in doc.timexes if s.start <= x.start < s.stop and x.date.iso()]
        sides = (between or sides_in(text, here, sorted(countries) if 2 <= len(countries) <= 3 else [], non_state)
                 | joined) - helping
        sides = {non_state.get(x, x) for x in sides}
        sides = mediated(sides, mediating, armed)  # the mediator no side: "при посредничестве X"
        if len(named) == 1 and len(its_pair := sides_in(named[0].surface, [], [])) == 2:
            sides = its_pair  # "Финско-эстонской комиссии …": the pair its own name gives, whoever else is named
        if any(not n.fixed and NEGOTIATION.search(n.name) for n in named):  # a government's talks with a party
            sides = one_of_each(sides, {country_id(c) for c in codes} - mediating, armed)
        if named and not any(n.fixed for n in named) and (item := digest_item(text, max(named[0].start, 0))):
            a, b = s.start + item[0], s.start + item[1]  # a digest's item: the sides it names, not the other items'
            sides &= {non_state.get(m.entity, m.entity) for m in doc.mentions if a <= m.start < b} \
                | sides_in(text[item[0]:item[1]], [], [])
            if len(sides) < 2:  # "саммит в Г. отложен" among other news: no sides of its own, no format
                before, lately_gap = [], lately_gap + 1
                continue
        if len(sides) < 2 and helping and 2 <= len(countries) <= 3:
            sides = set(countries)  # "при посредничестве X и Y прошел раунд переговоров A и B": the mediators' event
        if len(sides - hosts) >= 2:  # "Чили и Перу провели в Кито …": no host named only as a place
            sides -= hosts
        sides = host_side(sides, doc_pair, hosts)  # "Оттава … раунд, намеченный в Пекине": Beijing the other side
        if len(sides) < 2 and len(pair_before) == 2 and TWO_OF_THEM.search(text):
            sides = set(pair_before)  # "… между двумя странами": the two the sentence before named
        if len(sides) < 2 and len(doc_pair) == 2 and any(BILATERAL.match(n.surface) for n in named if not n.fixed):
            sides = set(doc_pair)  # "на заседании двустороннего комитета": of the two countries the document is about
        if not any(n.fixed for n in named):  # "правительство X и оппозиционные группы": the one party named
            sides = unnamed_party(text, sides, armed)
        if not own_names and len(named) == 1 and doc_sides.get(named[0].name) and (len(sides) < 2 or TWO_OF_THEM.search(
                text)):  # "Стороны решили провести шестую встречу": the sides the document gave that meeting
            sides = set(doc_sides[named[0].name])
        if not countries and len(named) == 1 and not named[0].fixed and sides < (told_sides_of := set(
                doc_sides.get(named[0].name) or ())) and len(told_sides_of) >= 2 and told_again(text, numbered(text)):
            sides = told_sides_of  # "Участники условились, что очередной саммит …": all the sides told, not
            # those the sentence's pronoun or descriptor was resolved to
        if not sides and before and {n.name for n in named} <= {n.name for n in before}:
            sides = set(before_sides)  # "Первые две встречи в этом формате прошли …": the sides told before
        if (sole or track) and doc_sides.get(named[0].name):
            sides = set(doc_sides[named[0].name])  # "Седьмое заседание комиссии прошло в Лиме": the sides told before
        before, before_sides = named, sides
        if len(sides) < 2 and (lone := {n.name for n in named if NEEDS.get(n.type) == "sides" and not n.fixed
                                        and len(doc_sides.get(n.name) or ()) < 2}):
            mentioned = [n for n in mentioned if n.name not in lone]  # "создать рабочую группу по …" without its sides:
            previous = [n for n in previous if n.name not in lone]  # not what the next sentences go on about
        for n in named:
            doc_sides[n.name] = doc_sides.get(n.name) or set(sides) if len(sides) >= 2 else doc_sides.get(n.name, set())
        told = Told(doc, row, text, here, timexes, s.start)
        local, rest = local_statuses(text, {n.name: list(n.places()) for n in named}, here)
        clauses, rest = relative_turns(text, rest, {n.name: list(n.places()) for n in named})
        ahead, rest = planned_after(text, rest, {n.name: list(n.places()) for n in named})
        # a meeting to come told in a clause is not what the next sentences go on about ("Заседание провел …")
        last, previous = [n for n in last if n.name not in ahead], [n for n in previous if n.name not in ahead]
        if agreed:  # a body only agreed to be set up: no format, nor what the next sentences go on about
            mentioned, previous = [n for n in mentioned if n.name not in agreed], [n for n in previous
                                                                                 if n.name not in agreed]
        earlier = [n for n in earlier if n.name not in ahead]
        lately, lately_gap = (previous, 0) if previous else (lately, lately_gap + 1)
        status = None if membership(text) else status_of(rest, here)
        if status in (None, "planned") and PROPOSED_AGAIN.search(text) and not PROPOSED_AGAIN.search(rest):
            status = "proposed-resumption"  # "предложил созвать сессию, отложенную в мае, осенью": the break told in
            # the clause blanked out of the rest (``relative_turns``) still makes the proposal one to meet again
        if status in (None, "planned", "meeting", "round") and PROPOSED_TO_CONVENE.search(text) and idle:
            status = "proposed-resumption"  # "предложил созвать комиссию" of a document that tells it idle
        status = "resumed" if after_gap and status in (None, "meeting", "round") else status  # the meeting told before
        for n in named:
            if n.name in ahead and n.name not in local and n.name not in clauses:  # "…, который пройдет 3 июня"
                entries = [dict(e, events=[v["id"] for v in here if a <= v["trigger_start"] - s.start < b])
                           for e, (_, a, b) in zip(told.local(ahead[n.name], clause=True), ahead[n.name])]
            elif n.name in local:
                entries = told.local(local[n.name])
            else:  # the rest of the sentence, less the words, dates and events of another's meeting to come
                others = [e for e in here if not any(a <= e["trigger_start"] - s.start < b
                                                     for spans in ahead.values() for _, a, b in spans)]
                rest_told = Told(doc, row, text, others, timexes, s.start) if ahead else told
                entries = rest_told.entries(n, status, {**local, **ahead, **{f" {k}": v for k, v in clauses.items()}},
                                            rounds.get(n.name), own.get(n.name))  # not a clause's date either
            if n.name not in local and entries is not None:  # "… впервые после 12-го заседания в X в 2019 году"
                entries = held_on(told, after_numbered(told, entries))
            if n.name in clauses and entries is not None:  # "…, который дважды переносили, прошел …"
                entries = entries + told.local(clauses[n.name], clause=True)
            if again and entries and rounds.get(n.name):  # "… пятой сессии комиссии. Сессия глав государств пройдет …"
                entries = [dict(e, round=rounds[n.name], status="round" if e["status"] == "meeting" else e["status"])
                           if e["round"] is None and e["status"] in ("meeting", "round", "planned") else e
                           for e in entries]
            if entries is not None and n.name not in agreed:
                mentions.append((dataclasses.asdict(n), met_sides(sides, entries, here) if n.type == PROPER_FORMAT
                                 else sorted(sides), entries))
                if between and not n.fixed:  # the parties told: "Израиль и ХАМАС возобновили …", "между X и Y"
                    parties.setdefault(n.name, set(sides))
                    explicit.add(len(mentions) - 1)
                met |= {n.name for e in entries if e["status"] != "active"}
                rounds[n.name] = max((e["round"] for e in entries if e.get("round")), default=rounds.get(n.name))
                own[n.name] = next((e["round"] for e in entries if e.get("round") and e["status"] in HELD_ROUND
                                    and recent(e["date"], row["published"], month=True)), own.get(n.name) or (
                    round_in(text) if not entries else None))  # "Это был бы 9-й форум": the document's own round
                if not entries and own.get(n.name):  # … of the meeting it told put off ("Саммит … перенесен")
                    number_called_off(mentions, n.name, own[n.name])
    suspensions = [[e["date"], sorted(p["entity"] for p in e["participants"])] for e in events  # with its sides
                   if e["type"] == "SANCTION" and e["date"] and SUSPENSION.search(e["trigger"])]
    mentions = standing(kinds_told(date_resumptions(parties_told(mentions, parties, explicit), row["published"])))
    return {"doc": row["id"], "order": [row["published"] or "", row["path"]], "mentions": mentions,
            "suspensions": suspensions}

