"""The lexicon of the event rules, read from data files by ``khronika.lexicon``:

* ``data/event_triggers.tsv``: trigger words and patterns with their PLOVER type (``TRIGGERS``,
  ``PATTERNS``, and ``IMPERFECTIVE``: the triggers that count in the present tense only);
* ``data/event_words.tsv``: the word sets the rules read (``AGENT_NOUNS``, ``FUTURE_CUES``…);
* ``data/function_words.tsv`` (``IN_PREPOSITIONS``) and
  ``data/pronouns.tsv`` (``FIRST_PERSON_PLURAL``: its set ``WE``, shared with the stance stage).

Every lemma is written as ``Token.lemma`` has it: lower case, ``ё`` folded to ``е``.
"""
from __future__ import annotations

from ... import lexicon, morph
from ...lexicon import Column, LexiconError
from ...records import Token

MODES = frozenset({"meet", "visit", "host", "phone", "multilateral"})
_TRIGGER_COLUMNS = (Column("lemmas", convert=lexicon.spaced), Column("type", choices=lexicon.PLOVER_TYPES),
                    Column("mode", required=False, choices=MODES),
                    Column("use", required=False, choices=frozenset({"present", "past", "context", "joint"})))


def trigger_table(file: str = "event_triggers.tsv") -> tuple[lexicon.Row, ...]:
    """The rows of the trigger table, checked: a PLOVER type, a mode for CONSULT only, a use for a word only."""
    rows = lexicon.table(file, _TRIGGER_COLUMNS, key=("lemmas",))
    for r in rows:
        if r["use"] and r["use"] not in ("present", "past") and len(r["lemmas"]) > 1:
            raise LexiconError(r.file, r.line, f"use {r['use']!r} is for a trigger word, not a pattern")
        if r["mode"] and r["type"] != "CONSULT":
            raise LexiconError(r.file, r.line, f"a mode is for CONSULT, not {r['type']}")
    return rows


_ROWS = trigger_table()

# lemma → (PLOVER type, CONSULT mode)
TRIGGERS: dict[str, tuple[str, str | None]] = {r["lemmas"][0]: (r["type"], r["mode"]) for r in _ROWS
                                               if len(r["lemmas"]) == 1 and r["use"] != "context"}
# (lemmas, PLOVER type, CONSULT mode), in the file's order
PATTERNS: list[tuple[tuple[str, ...], str, str | None]] = [(r["lemmas"], r["type"], r["mode"]) for r in _ROWS
                                                           if len(r["lemmas"]) > 1]
IMPERFECTIVE = frozenset(r["lemmas"][0] for r in _ROWS if r["use"] == "present")  # a pattern's by its verb
PAST_ONLY = frozenset(r["lemmas"][0] for r in _ROWS if r["use"] == "past")  # a pattern's by its verb
JOINT = frozenset(r["lemmas"][0] for r in _ROWS if r["use"] == "joint")  # triggers only between two named sides
_WORDS = lexicon.words("event_words.tsv")
# The trigger words and the words of the table that are events only in context: another event's word
# for the rules of scope and dates; not those of one narrow sense among many (NARROW_TRIGGERS: "ответит", a threat
# to come, "вернула посла"; "в четверг ответила зеркально, объявив …": the date is the act's).
TRIGGER_WORDS = frozenset(r["lemmas"][0] for r in _ROWS if len(r["lemmas"]) == 1) - _WORDS["NARROW_TRIGGERS"]


def trigger_type(lemma: str) -> str:
    """The event type a trigger word's lemma codes; "" where it codes none."""
    return TRIGGERS.get(lemma, ("",))[0]



def _phrases(name: str) -> frozenset[str]:
    """A set of phrases (words joined by ``_`` in the file) as space-separated strings."""
    return frozenset(p.replace("_", " ") for p in _WORDS[name])


SINGULAR_ONLY = _WORDS["SINGULAR_ONLY"]
REQUEST_VERBS = _WORDS["REQUEST_VERBS"]
ANNOUNCE = _WORDS["ANNOUNCE"]
PASSING = _WORDS["PASSING"]
AGAINST = _WORDS["AGAINST"]
SEQUENCE = _WORDS["SEQUENCE"]
PUBLIC_MEETINGS = _WORDS["PUBLIC_MEETINGS"]
HELD_ONLY = _WORDS["HELD_ONLY"]
PUBLIC = _WORDS["PUBLIC"]
GUESTS = _WORDS["GUESTS"] | _WORDS["STATE_TITLES"]
GUEST_HEADS = _WORDS["GUEST_HEADS"]
GREETED = _WORDS["GREETED"] | GUESTS
GREETING = _WORDS["GREETING"]
PROCEDURE = _WORDS["PROCEDURE"]
PROCEDURE_VERBS = _WORDS["PROCEDURE_VERBS"]
AGENDA = _WORDS["AGENDA"]
DISCUSSED = _WORDS["DISCUSSED"]
SITTING_OUTCOMES = _WORDS["SITTING_OUTCOMES"]  # "обсудили итоги 11-й сессии": an earlier sitting (contents.py)
TOPICS = _WORDS["TOPICS"]  # what makes cooperation or aid a topic, as DISCUSSED does (objects.discussed_at)
AIMED = _WORDS["AIMED"]
POINTING = _WORDS["POINTING"]
PROPOSALS = _WORDS["PROPOSALS"]
AT_MEETING = _phrases("AT_MEETING")  # "на полях встречи": an act set at a meeting (venue.py)
AT_MEETING_NOUNS = _WORDS["AT_MEETING_NOUNS"]
SUMMONS = _WORDS["SUMMONS"]  # a protest lodged at a ministry: "вызван в МИД X", "вручил ноту" (venue.py)
EXPULSIONS = _WORDS["EXPULSIONS"]  # a sanction that expels envoys, in the expelling state's capital (venue.py)
FOREIGN_MINISTRY = _phrases("FOREIGN_MINISTRY")  # "вызван в министерство иностранных дел X": X's (venue.py)
SIDELINES = _phrases("SIDELINES")  # "на полях саммита": talks beside the meeting, another one
CONTINUING = _WORDS["CONTINUING"]  # "договорились продолжить консультации": no meeting of their own
SPEEDING = _WORDS["SPEEDING"]  # "договорились завершить переговоры до конца года": nor any (senses.py)
AGREEING = _WORDS["AGREEING"]
PRIVATE_PEOPLE = _WORDS["PRIVATE_PEOPLE"] | _WORDS["PUBLIC"]
DOMESTIC_CRITICS = _WORDS["DOMESTIC_CRITICS"]  # "оппозиция раскритиковала …": no diplomacy (private.py)
COURT = _WORDS["COURT"]  # "истец", "ответчик": a court document (actors.py)
# "активы будут заморожены": a sanction spelled out (measures.py)
SANCTION_MEASURES, SANCTIONED = _WORDS["SANCTION_MEASURES"], _WORDS["SANCTIONED"]
LAWMAKERS = _WORDS["LAWMAKERS"]
HOME_VOICES = DOMESTIC_CRITICS | LAWMAKERS  # a domestic debate's voices (domestic.py)
HOME_MARKS = _WORDS["HOME_MARKS"]
LEGISLATURES, GOVERNMENTS = _WORDS["LEGISLATURES"], _WORDS["GOVERNMENTS"]
PRIVATE_SUFFIXES = tuple(sorted(_WORDS["PRIVATE_SUFFIXES"]))  # "планетолог": a profession (private.py)
REPEATED = _WORDS["REPEATED"]  # "неоднократно прерывались": a series summed up, no one event (senses.habitual)
JOINT_BODIES = _WORDS["JOINT_BODIES"]  # "комиссия Чили и Перу": the countries act through it (actors.py)
PRIVATE_STAFF = _WORDS["PRIVATE_STAFF"]  # "директор института": a private body's people (private.py)
ALLOWING = _WORDS["ALLOWING"]  # "допускает проведение встречи": a possibility (possible.py)
GATHERINGS = _WORDS["GATHERINGS"]  # "на симпозиуме физиков": a gathering of private people (private.py)
REPRESENT_VERBS = _WORDS["REPRESENT_VERBS"]  # "Колумбию представляла посол X" (delegations.py)
TOPIC_PREPOSITIONS = _WORDS["TOPIC_PREPOSITIONS"]  # "данными о пусках ракет X": told about (participants.py)
ANSWER_VERBS, IN_KIND, IN_KIND_MEASURES = _WORDS["ANSWER_VERBS"], _WORDS["IN_KIND"], _WORDS["IN_KIND_MEASURES"]
CONSEQUENCE_VERBS = _WORDS["CONSEQUENCE_VERBS"]  # "получат адекватный ответ" (senses.py)
ANSWERED, CONSEQUENCES_FOR = _WORDS["ANSWERED"], _WORDS["CONSEQUENCES_FOR"]  # "ответит на вопрос" (senses.py)
DEMANDING = _WORDS["DEMANDING"] | REQUEST_VERBS
MUST = _WORDS["MUST"]
CORPORATE = _WORDS["CORPORATE"]
DOMESTIC_ACTS = _WORDS["DOMESTIC_ACTS"]
TREATY_WORDS = _WORDS["TREATY_WORDS"]
MAINTAINED = _WORDS["MAINTAINED"]
PASSING_PHRASES = _phrases("PASSING_PHRASES")
CONCESSIVE = _phrases("CONCESSIVE")  # "несмотря на протест X": an act told before (passing.py)
CONTENTS_LABELS = _phrases("CONTENTS_LABELS")  # "В этом выпуске: …": a digest's contents (digest.py)
DURING = _phrases("DURING")
WHICH = "который"  # the relative pronoun: its clause tells of the noun before it ("заседание которой")
PROTEST_BROUGHT = _WORDS["PROTEST_BROUGHT"]
RULINGS = _WORDS["RULINGS"]
EXCHANGE_TERMS = _phrases("EXCHANGE_TERMS")
SINCE = _phrases("SINCE")
SCOPE = _WORDS["SCOPE"]
DRAFTING = _WORDS["DRAFTING"]
UTTERANCES = _WORDS["UTTERANCES"]
SESSIONS = _WORDS["SESSIONS"]
LEVEL_FORMATS = _WORDS["LEVEL_FORMATS"]
BODY_HELD = _WORDS["BODY_HELD"]
BODY_CONVENED = _WORDS["BODY_CONVENED"]
BODY_ENDED = _WORDS["BODY_ENDED"]
OPENING = _WORDS["OPENING"]  # "договорились начать переговоры о …": no meeting (opened_talks.py)
MEASURE_VERBS = _WORDS["MEASURE_VERBS"]  # "примет решительные меры": a threat in the future only (patterns.py)
PLANNED_FOR = _WORDS["PLANNED_FOR"]  # "раунд, намеченный на 10 декабря": a plan (clause_date.planned_for)
ACT_DONE = _WORDS["ACT_DONE"]  # "высылку, объявленную во вторник": its clause's time is the act's (clause_date.py)
BODY_WORK = _WORDS["BODY_WORK"]
INTERNATIONAL_BODIES = _WORDS["INTERNATIONAL_BODIES"]
TAKEN = _WORDS["TAKEN"]  # "принято решение": no guest received (meeting_vetoes.py)
RELEASING = _WORDS["RELEASING"]  # "отпустили задержанных": no detention told (contents.py)
FORCES = _WORDS["FORCES"]
TALKS = _WORDS["TALKS"]
MECHANISM_VERBS = _WORDS["MECHANISM_VERBS"]
WALKING_OUT = _WORDS["WALKING_OUT"]  # "покинула переговоры": walked out, no meeting told (objects.py)
ANY_ONE = _WORDS["ANY_ONE"]  # "на любые новые ограничения": no particular act (senses.py)
CONCERNING = _WORDS["CONCERNING"]  # "положения, касающиеся X": X is what they are about
BACKING = _WORDS["BACKING"]  # "поддержку возобновлению переговоров": the meeting backed is proposed
MEETING_HOLDING = _WORDS["MEETING_HOLDING"]  # "о новом раунде переговоров": the meeting a proposal is of
EVENT_NOUNS = _WORDS["EVENT_NOUNS"]
EVENT_WORDS = TRIGGER_WORDS | EVENT_NOUNS  # what makes a date another event's
AGENT_NOUNS = _WORDS["AGENT_NOUNS"]
MEDIA_NOUNS = _WORDS["MEDIA_NOUNS"]
REPORT_VERBS = _WORDS["REPORT_VERBS"]
ATTRIBUTION = _phrases("ATTRIBUTION")
SPEECH = _WORDS["SPEECH"]
HAPPEN = _WORDS["HAPPEN"]
CANCEL = _WORDS["CANCEL"]
POSTPONE = _WORDS["POSTPONE"]
BLAME = _WORDS["BLAME"]
RESPONSIBLE_FOR = _WORDS["RESPONSIBLE_FOR"]  # "лиц, причастных к нападению": who, by an act (passing.py)
SERIES = _WORDS["SERIES"]
ATTITUDES = _WORDS["ATTITUDES"]
FUTURE_CUES = _WORDS["FUTURE_CUES"]
CIRCUMSTANCE = _phrases("CIRCUMSTANCE")
TIMES_OF_DAY = _WORDS["TIMES_OF_DAY"]
HYPOTHETICAL_CUES = _WORDS["HYPOTHETICAL_CUES"]
EXPECTING = _WORDS["EXPECTING"]  # "рассчитывает, что X смягчит": another's act hoped for (factuality.py)
MANNER_NOUNS = _WORDS["MANNER_NOUNS"]  # "прошли в деловом ключе": how a meeting went (unstated.py)
MANNER_ADVERBS = _WORDS["MANNER_ADVERBS"]  # "прошли конструктивно" (unstated.py)
EARLIER_CUES = _WORDS["EARLIER_CUES"]
SEQUELS = _WORDS["SEQUELS"] & EARLIER_CUES  # "Затем делегацию принял …": what came next in the story (when.py)
WEEKLY_REVIEW = _phrases("WEEKLY_REVIEW")
DECISIONS, IMPOSING = _WORDS["DECISIONS"], _WORDS["IMPOSING"]  # "решение о высылке", "о введении санкций" (passing.py)
TAKING_NOUNS = _WORDS["TAKING_NOUNS"]  # "приняли решение выслать": the day's news (when.py)
ACT_NOUNS = _WORDS["ACT_NOUNS"]  # "решением X присоединиться к санкциям": the noun an act's infinitive completes
NOT_DONE = _WORDS["NOT_DONE"]
OWN_LEADERS = _WORDS["OWN_LEADERS"]  # "согласовано с президентом": a clearance at home (senses.coordinated_with_allies)
ALLIES = _WORDS["ALLIES"]  # "согласован с союзниками": one's own allies, no side (senses.coordinated_with_allies)
NOT_VOWED = _WORDS["NOT_VOWED"]
PROPOSED_KEPT = _WORDS["PROPOSED_KEPT"]  # what a proposal asks for that is an event of its own (stage.py)
CONDITION_MARKS = _WORDS["CONDITION_MARKS"]  # "если X введет санкции, …": a condition, no act (conditions.py)
CONDITION_PHRASES = _phrases("CONDITION_PHRASES")  # "в случае высылки …"
THREAT_VERBS = _WORDS["THREAT_VERBS"]  # "пригрозил отменить визит": the threat is the act (conditions.py)
HELPING = _WORDS["HELPING"]  # "готова содействовать" …
SETTLING = _WORDS["SETTLING"]  # … "урегулированию": support offered (patterns._promotes_a_process)
REFUSED_OFFERS = _WORDS["REFUSED_OFFERS"]
UNTIMELY = _WORDS["UNTIMELY"]  # "счел преждевременным …": a refusal (refusals.untimely_refusals)
PROPOSED_THINGS = _WORDS["PROPOSED_THINGS"]  # "не поддержал идею Y": a refusal (refusals.py)
SUPPORT_VERBS = _WORDS["SUPPORT_VERBS"]
HALTING = _WORDS["HALTING"]  # "призвал Y прекратить обстрелы": the shelling is what the demand asks to stop
GROUNDS = _phrases("GROUNDS")  # "на основе договора 1960 года": a ground named, no act (passing.py)
CITING = _WORDS["CITING"]  # "сославшись на соглашение": a reason cited, no act (passing.py)
LITOTES = _WORDS["LITOTES"]
ANOTHER = _WORDS["ANOTHER"]
WARNING, FORCED = _WORDS["WARNING"], _WORDS["FORCED"]  # "предупредил, что X будет вынужден …": a threat
FELT = _WORDS["FELT"]  # "обеспокоенность гибелью рабочих в августе": the time of what is felt about; "Канада
# обеспокоена": the passive's subject feels it (participants.py)
SESSION_TOLD = _WORDS["SESSION_TOLD"]  # "работа десятой сессии": the session told
EARLIER_ONES = _WORDS["EARLIER_ONES"]
WRITINGS = _WORDS["WRITINGS"]
PUBLISHING = _WORDS["PUBLISHING"]
STATEMENTS = _WORDS["STATEMENTS"]  # "В коммюнике, зачитанном во вторник, …" (no_day.py)
NEXT_ONES = _WORDS["NEXT_ONES"]
STANDING = _WORDS["STANDING"]
INVITE = _WORDS["INVITE"]
MEETING_VERBS = _WORDS["MEETING_VERBS"] | _WORDS["ARRIVALS"]  # "договорились встретиться в мае" (here_ahead.py)
NEXT_SITTINGS = _WORDS["NEXT_SITTINGS"]  # "провести очередной совет в мае" (here_ahead.py)
HOLDING_VERBS = _WORDS["HOLDING_VERBS"]  # "договорились провести раунд в мае" (here_ahead.py)
HOSTING_VERBS = _WORDS["HOSTING_VERBS"]  # "готова принять заседание в марте" (planned.py)
ARRIVALS = _WORDS["ARRIVALS"]
ARRIVING = _WORDS["ARRIVING"]  # "груз прибывает": arrivals in any aspect (meeting_vetoes.goods_arrived)
CREWS = _WORDS["CREWS"]  # "экипаж освобожден": people freed, as persons are (triggers._freeing_no_people)
JOINING = _WORDS["JOINING"]  # "к ним не присоединился": negated, a refusal (refusals.refusals_to_join)
VISITING = _WORDS["VISITING"]  # "посетил мавзолей": a visit whose object may be a site (meeting_vetoes)
PROMISED_ANSWERS = _WORDS["PROMISED_ANSWERS"]  # "пообещало ответные меры": a threat (senses.promised_an_answer)
SITES = _WORDS["SITES"]  # "посетил мавзолей": a stop of a stay, no visit (meeting_vetoes.visited_a_site)
MEANWHILE = _WORDS["MEANWHILE"]
SIGNING = _WORDS["SIGNING"]
HEADS = _WORDS["HEADS"]
FOUNDING = _WORDS["FOUNDING"]
SPORT = _WORDS["SPORT"]
SCORE = _WORDS["SCORE"]
ONE_SIDED_ACTS = _WORDS["ONE_SIDED_ACTS"]
ONE_SIDED_VERBS = _WORDS["ONE_SIDED_VERBS"]
STATE_TITLES = _WORDS["STATE_TITLES"]
DEPUTY_TITLES = _WORDS["DEPUTY_TITLES"]
OFFERING = _WORDS["OFFERING"]
STATE_BODIES = _WORDS["STATE_BODIES"]
ARMED_GROUPS, PARTY_NOUNS = _WORDS["ARMED_GROUPS"], _WORDS["PARTY_NOUNS"]  # non-state parties (actors.py)
STATE_NOUNS = _WORDS["STATE_NOUNS"]
SHARED_STATE_NOUNS = _WORDS["SHARED_STATE_NOUNS"]  # state nouns institutes and companies use too (actors.py)
COUNTERPART_NOUNS = _WORDS["COUNTERPART_NOUNS"]  # agents named by their peer: "коллега" (actors.py)
MEETING_SIDES = _WORDS["MEETING_SIDES"]  # "Стороны договорились", "Собеседники обсудили": the meeting's sides
SHARED_SIDE_NOUNS = _WORDS["SHARED_SIDE_NOUNS"]  # a company's side as well as a state's: "сторона" (actors.py)
BOTH = _WORDS["BOTH"]  # "обе стороны": the sides all together
JUDGED_OUTCOMES = _WORDS["JUDGED_OUTCOMES"]  # "приветствовала итоги раунда": a stand on its outcome
BEGUN = _WORDS["BEGUN"]  # "Раунд, начавшийся в понедельник": a meeting told by the day it began
STATE_PHRASES = _phrases("STATE_PHRASES")
PLACE_PREPOSITIONS = _WORDS["PLACE_PREPOSITIONS"]
PLACE_HEADS = _WORDS["PLACE_HEADS"]
MEDIATION = _WORDS["MEDIATION"]  # "при посредничестве X": a third party, no side (participants.py)
NOT_PLACE_NOUNS = _WORDS["NOT_PLACE_NOUNS"]
NAMED_BY_PLACE = _WORDS["NAMED_BY_PLACE"]  # "в Славковском формате": a kind named by a place, no place
LEAD_VERBS = _WORDS["LEAD_VERBS"]
LIGHT_VERBS = _WORDS["LIGHT_VERBS"]
DELEGATION_NOUNS = _WORDS["DELEGATION_NOUNS"]
CHAIR_WORDS = _WORDS["CHAIR_WORDS"]  # "Заседание сопредседательствовали X и Y" (delegations.py)
OPEN_VERBS = _WORDS["OPEN_VERBS"]  # "Встречу открыл X", with the meeting noun as the object (delegations.py)
PARTAKE = _WORDS["PARTAKE"]
# a trigger of several senses → the words one of which it needs near it for its diplomatic sense
SENSES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (_WORDS["ENVOY_TRIGGERS"], _WORDS["ENVOYS"]), (_WORDS["ARMS_TRIGGERS"], _WORDS["ARMS"]),
    (_WORDS["AIRCRAFT_TRIGGERS"], _WORDS["AIRCRAFT"]), (_WORDS["STOP_TRIGGERS"], _WORDS["ENFORCERS"]),
    (_WORDS["FREEZE_TRIGGERS"], _WORDS["FROZEN"]))
OWN_ACTOR = _WORDS["OWN_ACTOR"]
ENVOY_TRIGGERS = _WORDS["ENVOY_TRIGGERS"]
ENVOYS = _WORDS["ENVOYS"]
ORDERED_OUT, LEAVING, LEFT_GROUNDS = _WORDS["ORDERED_OUT"], _WORDS["LEAVING"], _WORDS["LEFT_GROUNDS"]  # expulsions.py
GIVEN_TO_LEAVE = _WORDS["GIVEN_TO_LEAVE"]  # "дали послу 72 часа на то, чтобы покинуть страну" (expulsions.py)
RECALL_VERBS = _WORDS["RECALL_VERBS"]
RETURN_TRIGGERS = _WORDS["RETURN_TRIGGERS"]
SENDING_BACK = _WORDS["SENDING_BACK"]  # "вернула посла в …": the envoy is the object (envoys.py)
HEADS_OF_MISSION = _WORDS["HEADS_OF_MISSION"]
INTENTION_HEADS = _WORDS["INTENTION_HEADS"]
EVALUATING_HEADS = _WORDS["EVALUATING_HEADS"]
EXCLUSION_TRIGGERS = _WORDS["EXCLUSION_TRIGGERS"]
CLUBS = _WORDS["CLUBS"]
EXTRADITION_TRIGGERS = _WORDS["EXTRADITION_TRIGGERS"]
READY = _WORDS["READY"]
CONSENT = _WORDS["CONSENT"]
EVALUATION_VERBS = _WORDS["EVALUATION_VERBS"]
EVALUATED = _WORDS["EVALUATED"]
PASSIVE_AGENCY = _WORDS["PASSIVE_AGENCY"]
DOING_VERBS = _WORDS["DOING_VERBS"]  # "санкции, введенные X": who does the act (doers.py)
APPROVING, JOINT_DOCUMENTS, JOINT_SUBJECTS = _WORDS["APPROVING"], _WORDS["JOINT_DOCUMENTS"], _WORDS["JOINT_SUBJECTS"]
ENFORCERS = _WORDS["ENFORCERS"]  # forces at a border or at sea: an adjective of a country names their state
DETENTIONS = _WORDS["DETENTIONS"]  # a detention told again takes the sides of an act told of it (detentions.py)
ADOPTING = _WORDS["ADOPTING"]  # adopting a document: an agreement when several sides do (approvals.py)
COMPANY_PARTS = _WORDS["COMPANY_PARTS"]  # the last part of a company compound ("агрохолдинг"; private.py)
KEPT = _WORDS["KEPT"]  # keeping, breaking or overseeing an agreement: one reached before (kept.py)
NONE_SUCH = _WORDS["NONE_SUCH"]  # "никаких переговоров": no such act (factuality.py)
GIVING, GIVEN_AMOUNTS = _WORDS["GIVING"], _WORDS["GIVEN_AMOUNTS"]  # "выделит три миллиона долларов": aid (aid.py)
HANDING = _WORDS["HANDING"]  # "передал коллеге предложение", not "предложение передано" (patterns.py)


def negative_evaluations() -> frozenset[str]:
    """The words of a negative evaluation: the stance cues' one-word negative evaluations and feelings
    (``data/stance_cues.tsv``: ``неприемлемый``, ``провокация``, ``сожаление``…) with ``ACCUSE_EVALUATION``.
    The stance table is read, not copied, so that both stages share one list; a trigger of another type
    (``протест``) is left to its own type."""
    columns = tuple(Column(name) for name in ("polarity", "frame", "shape", "slots"))
    cues = lexicon.table("stance_cues.tsv", columns, key=("polarity", "frame", "shape", "slots"))
    found = {x for r in cues if r["polarity"] == "negative" and r["frame"] in ("eval", "feeling")
             and r["shape"] == "word" for x in r["slots"].split("|")}
    other_types = {x for x, (type_, _) in TRIGGERS.items() if type_ != "ACCUSE"}  # "протест" is a PROTEST
    return frozenset(found - other_types) | _WORDS["ACCUSE_EVALUATION"]


NEGATIVE_EVALUATION = negative_evaluations()
READINESS_SAID = _WORDS["READINESS_SAID"]  # "подчеркнул готовность": a readiness declared (triggers.py)
OUTCOMES = _WORDS["OUTCOMES"]  # "Главный итог — решение начать …": an agreement (outcomes.py)
EXERCISES = _WORDS["EXERCISES"]  # "Учения носят плановый характер": described, not held (exercises.py)
EXERCISES_HELD = _WORDS["EXERCISES_HELD"]
DISPUTED = _WORDS["DISPUTED"]  # "назвал обвинения голословными": a rejection (evaluation.py)
INVENTED = _WORDS["INVENTED"]  # "назвал обвинения выдумкой": a rejection (evaluation.py)
JUDGING = _WORDS["JUDGING"]  # "считаем обвинения абсурдными": the object is what is judged (evaluation.py)
NAMED_AS = _WORDS["NAMED_AS"]  # "назвал власти X «режимом»": an evaluation as what one is called (evaluation.py)

_FUNCTION_WORDS = lexicon.words("function_words.tsv")
IN_PREPOSITIONS = _FUNCTION_WORDS["IN_PREPOSITIONS"]
FIRST_PERSON_PLURAL = lexicon.words("pronouns.tsv")["WE"]  # "мы договорились": the speaker takes part


def lemma(t: Token) -> str:
    """The token's lemma as the annotate stage stores it (``Token.lemma``); computed the same way
    for a token that lacks it (one built by hand, or stored by an older version)."""
    return t.lemma if t.lemma is not None else morph.lemma_as(t.text, t.pos).replace("ё", "е")


def tense(t: Token) -> str | None:
    """The tense of a verb token (``past``, ``pres``, ``futr``); None for any other word (``встречу`` the noun is
    no ``(я) встречу``).  A verb of both aspects in the first person is in the present: a statement's own act
    (``Приветствуем решение сторон``, ``констатируем``), not a promise."""
    found = morph.tense(t.text) if t.pos in ("VERB", "AUX") else None
    if found == "futr" and _performative(t.text.lower()):
        return "pres"
    return found


def _performative(word: str) -> bool:
    """A first-person form of a verb of both aspects: read both as perfective future and imperfective present."""
    readings = [p for p in morph.parses(word) if p.tag.POS == "VERB" and p.tag.person == "1per"]
    return any(p.tag.tense == "pres" and p.tag.aspect == "impf" for p in readings) \
        and any(p.tag.tense == "futr" for p in readings)


def lemmas(tokens: list[Token]) -> list[str]:
    return [lemma(t) for t in tokens]


def court_sentence(lem: list[str]) -> bool:
    """Does a sentence (its lemmas) speak of a lawsuit or a criminal case: a word of ``COURT``, not one that a state's
    measure names as its target (``санкции, введенные против судей``: a measure between states, no case)?"""
    return any(x in COURT and not _sanctioned(lem, k) for k, x in enumerate(lem))


_SANCTIONS = frozenset({"санкция", "санкционный"})
_TARGET_REACH = 2  # "против судей", "против грузинских судей"


def _sanctioned(lem: list[str], k: int) -> bool:
    """Is the word at ``k`` what sanctions named before it are against (``санкции … против [двух] судей``)?"""
    before = lem[max(0, k - _TARGET_REACH - 1):k]
    return "против" in before and any(x in _SANCTIONS for x in lem[:k])


def sport_sentence(lem: list[str]) -> bool:
    """Does a sentence (its lemmas) speak of sport: a word of ``SPORT``, or ``со счётом``?"""
    return any(x in SPORT or x in SCORE and k > 0 and lem[k - 1] == "с" for k, x in enumerate(lem))


def ends_with(lem: list[str], i: int, phrases: frozenset[str]) -> bool:
    """Do the lemmas just before position ``i`` make one of ``phrases``?"""
    return any(" ".join(lem[max(0, i - len(p.split())):i]) == p for p in phrases)
