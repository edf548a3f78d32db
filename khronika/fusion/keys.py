"""Blocking keys of a report: two reports that ``rules.link`` could link share one, so the store
indexes them (``event_keys``) and an ingest compares a new report only with those sharing a key.

Every way ``rules`` links two reports names something both have:
* meetings: a person in common (two persons, or one on a visit, or one and the format) — the key
  of a person is the skeleton of the surname less a case ending or a woman's ``-а`` (``same_person`` wants them
  equal up to one), so it holds in any transcription and whether the person is resolved to a full name or not; the
  format (its round or one person with it); a round and two sides; a round and the place, or the day, or the month
  (``MM``); a named mechanism; the day and the place (two sides on one day in one place, a meeting told without its
  sides), the day and the country of the place of two sides or more (one report naming a city of the country the
  other names), a city and two sides (an undated report of them), a city (an undated report in it), or the day and the
  sides (the same sides on one day), a body the general patterns name (or its head noun) and the day (for a review
  dated by its document, the days it may retell too: ``days.retold_days``), a planned or
  multilateral meeting's city, a planned meeting's two sides — a day as ``MM-DD``, each of those the report may be of
  (``days.days_told``: its own day, its document's date and the days before, its year-less dateline's); a phone
  call's day; the range of days a sitting is told held over (``заседание проходило во вторник и среду``, told with
  no person and one side, beside the session of those days: ``meeting_link._one_span``); a key of the meetings held
  that a planned one follows (the next meeting, dated or telling its round);
* other acts: a source in common (an entity, or a country it stands for; of a mutual act, a target too), a key of
  the meeting an outcome follows, a count of documents signed, a day (``MM-DD``: an act whose source is not told
  fuses on its day), or a word of the evidence (acts much alike, one of them undated or dated to its month only).
A key starts with the type: reports of two types never fuse.  A new kind of key comes with a migration that empties
the stored index (as ``0019``), so that the next ingest rebuilds it over the whole store.
"""
from __future__ import annotations

from itertools import combinations

from ..translit import VARIANT_LETTERS, vowels_masked
from .days import retold_days
from .persons import surname_key
from .report import Report, body_heads
from .rules import MUTUAL, ROUND_SIDES, days_told


def keys_of(r: Report) -> frozenset[str]:
    t = r.type
    persons = {p.id: surname_key(p.surname) or p.id for p in r.persons}
    if t != "CONSULT":
        of_meeting = {f"{t}|mt:{k}" for m in r.meetings for k in keys_of(m)}
        signed = {f"{t}|n:{r.signed}"} if r.signed else set()
        sources = r.sources | r.targets if t in MUTUAL else r.sources  # a mutual act told from either side
        words = {f"{t}|w:{w}" for w in r.words}  # much alike, one told undated or by its month (``_act_link``)
        return frozenset({f"{t}|s:{persons.get(s, s)}" for s in sources} | {f"{t}|day:{d}" for d in days_told(r)}
                         | of_meeting | signed | words)
    # a person: a long surname by its skeleton with the inner vowels masked, which its transcription variants share
    # (one key, not two: the exact name's would find a subset of the same candidates, and double the index)
    keys = {f"{t}|pv:{vowels_masked(name)}" if len(name) >= VARIANT_LETTERS and not name.startswith("e:")
            else f"{t}|p:{name}" for name in persons.values()}
    if r.date or r.round and r.round >= 2:  # the next meeting after the meetings held (an undated one only learns its
        # series from them, unless it tells its round: "следующий, третий саммит")
        keys |= {f"{t}|mt:{k}" for m in r.meetings for k in keys_of(m)}
    if r.format is not None:
        keys.add(f"{t}|f:{r.format}")
    keys |= {f"{t}|m:{name}" for name in r.mechanisms}
    if r.factuality == "planned" and r.date:  # the next session of a body the general patterns name
        keys |= {f"{t}|b:{name}" for name in r.bodies}
    if r.round and r.round >= 2 and len(r.sides) <= ROUND_SIDES:
        keys |= {f"{t}|r:{r.round}|{a}+{b}" for a, b in combinations(sorted(r.sides), 2)}
    if r.round and r.round >= 2 and r.place is not None:
        keys.add(f"{t}|r:{r.round}|{r.place.key}")
    if r.round and r.round >= 2:  # the months it may be of ("14-е заседание" told of last week, in a digest)
        keys |= {f"{t}|r:{r.round}|mo:{day[:2]}" for day in days_told(r)}
        if r.date and len(r.date) == 7:
            keys.add(f"{t}|r:{r.round}|mo:{r.date[5:7]}")
    if r.place is not None and not r.place.is_country and 2 <= len(r.sides) <= ROUND_SIDES:
        keys |= {f"{t}|at:{r.place.key}|{a}+{b}" for a, b in combinations(sorted(r.sides), 2)}
    if r.factuality == "planned" and 2 <= len(r.sides) <= ROUND_SIDES:  # a planned meeting of these sides
        keys |= {f"{t}|plan:{a}+{b}" for a, b in combinations(sorted(r.sides), 2)}
    if r.place is not None and not r.place.is_country:  # an undated report in the city of a dated one
        keys.add(f"{t}|c:{r.place.key}")
    if r.place is not None and not r.place.is_country and (r.factuality == "planned" or r.mode == "multilateral"):
        keys.add(f"{t}|{'plan' if r.factuality == 'planned' else 'multi'}:{r.place.key}")
    for day in days_told(r):  # the days it may be of: its own, its document's and a few before, its dateline's
        if r.round and r.round >= 2:
            keys.add(f"{t}|r:{r.round}|d:{day}")
        if r.place is not None:
            keys.add(f"{t}|d:{day}|{r.place.key}")
        if len(r.sides) >= 2:
            keys.add(f"{t}|d:{day}|" + "+".join(sorted(r.sides)))
            if r.place is not None and r.place.country:  # the country of its place, named or holding its city
                keys.add(f"{t}|d:{day}|in:{r.place.country}")
        keys |= {f"{t}|b:{name}|d:{day}" for name in r.bodies}  # a body both name, of that day
        keys |= {f"{t}|bh:{head}|d:{day}" for head in body_heads(r)}  # a body named otherwise, of that day
        if r.mode == "phone":  # a call of that day, one report not telling whose
            keys.add(f"{t}|ph:{day}")
    if r.through and r.date and r.through != r.date:  # a sitting told held over these days (``_one_span``)
        keys.add(f"{t}|span:{r.date}|{r.through}")
    if len(r.sides) >= 2:  # a body's sitting a review dated by its document retells (``modes.retold_sitting``)
        keys |= {f"{t}|b:{name}|d:{day}" for day in retold_days(r) for name in r.bodies}
    return frozenset(keys)
