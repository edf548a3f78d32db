"""Rules of the event stage on records built by hand (no models): the lexicon's data, the merge of
an event told again, the link of a quote to its event, formats."""
import dataclasses
import re

import pytest

from khronika import lexicon
from khronika.format_rounds import ORDINALS
from khronika.formats import EVENT_FORMATS, KINDS
from khronika.lexicon import PLOVER_TYPES, LexiconError
from khronika.records import Event, Participant, Quote, Span
from khronika.settings import DEFAULT
from khronika.stages.events import words
from khronika.stages.events.merge import Known, merge
from khronika.stages.events.rounds import format_of, sentence_format
from khronika.stages.events.stage import with_events


def test_trigger_table_reads_words_patterns_and_present_only_verbs():
    assert words.TRIGGERS["встреча"] == ("CONSULT", "meet") and words.TRIGGERS["санкция"] == ("SANCTION", None)
    assert (("прийти", "к", "мнение"), "AGREE", None) == words.PATTERNS[0]
    assert "высылать" in words.IMPERFECTIVE and "выслать" not in words.IMPERFECTIVE
    assert {t for t, _ in words.TRIGGERS.values()} <= PLOVER_TYPES
    assert not any("ё" in w for w in words.TRIGGER_WORDS | words.EVENT_NOUNS)


def test_a_context_word_is_another_events_word_but_no_trigger():
    assert "договоренность" not in words.TRIGGERS
    assert "договоренность" in words.TRIGGER_WORDS and "договоренность" in words.EVENT_WORDS


def test_phrases_and_ordinals_from_data():
    assert "в ход" in words.PASSING_PHRASES and "с ссылка на" in words.ATTRIBUTION
    assert ORDINALS["четвертый"] == 4
    assert words.ends_with(["встреча", "в", "ход"], 3, words.PASSING_PHRASES)
    assert not words.ends_with(["ход"], 1, words.PASSING_PHRASES)


def test_event_formats_come_from_the_formats_table():
    assert [k.event for k in KINDS if k.event] == ["2+2", "summit", "strategic dialogue"]
    assert EVENT_FORMATS["summit"].name == "встречи на высшем уровне"
    assert format_of("консультации в формате «два плюс два»") == "2+2"
    assert format_of("встреча на высшем уровне") == "summit"
    assert format_of("встреча в верхах") is None  # the event stage's narrower summit pattern
    assert sentence_format("В таком формате встречи проходят редко.", "2+2") == "2+2"


def meeting(start, *people, **kw):
    return Event(id=f"v:{start}", type="CONSULT", trigger="встреча", trigger_start=start, trigger_stop=start + 7,
                 start=start, stop=start + 50, participants=tuple(Participant(p, "participant") for p in people), **kw)


def test_a_meeting_told_again_joins_unless_a_person_named_just_before_is_new():
    events = [meeting(0, "e:a", "e:b")]
    assert merge(events, meeting(60, "e:c"), Known(previous_persons=["e:x"], doc_dated=False))
    assert events[0].more == (Span(60, 110, "same event"),) and events[0].participants[-1].entity == "e:c"
    events = [meeting(0, "e:a", "e:b")]
    assert not merge(events, meeting(60, "e:c"), Known(previous_persons=["e:c"], doc_dated=False))
    # the same format outweighs a new person
    events = [meeting(0, "e:a", format="2+2")]
    assert merge(events, meeting(60, "e:c", format="2+2"), Known(previous_persons=["e:c"], doc_dated=False))


@pytest.mark.parametrize("change", [{"round": 3}, {"factuality": "planned"}, {"format": "summit"},
                                    {"place": "e:paris"}])
def test_a_meeting_of_another_round_factuality_format_or_city_stays_apart(change):
    events = [meeting(0, "e:a", round=2, format="2+2", place="e:berlin")]
    assert not merge(events, meeting(60, "e:a", **change), Known((), False))
    assert merge(events, meeting(60, "e:a", place="e:iso-DE"), Known((), False))  # the country of the city


def test_a_meeting_told_again_joins_the_last_one_of_its_city():
    events = [meeting(0, "e:a", place="e:berlin"), meeting(60, "e:b", place="e:paris")]
    assert merge(events, meeting(120, "e:a", place="e:berlin"), Known((), False))
    assert len(events[0].more) == 1 and not events[1].more


def test_nothing_joins_a_record_of_an_earlier_entry_of_a_live_blog():
    events = [meeting(0, "e:a")]
    assert not merge(events, meeting(60, "e:a"), Known((), False, entries=(55,)))  # "17:12" alone at 55
    assert merge(events, meeting(60, "e:a"), Known((), False, entries=(-1,)))


def test_an_act_told_again_joins_with_a_common_source():
    act = dataclasses.replace(meeting(0), type="SANCTION", participants=(Participant("e:no", "source"),))
    events = [act]
    assert merge(events, dataclasses.replace(act, start=60, stop=90), Known((), True))
    other = dataclasses.replace(act, start=100, participants=(Participant("e:ee", "source"),))
    assert not merge(events, other, Known((), True))


def quote(start, stop, evidence):
    return Quote(id=f"q:{start}", text="…", start=start, stop=stop, evidence_start=evidence[0],
                 evidence_stop=evidence[1])


def test_a_quote_takes_the_event_of_its_evidence_with_the_nearest_trigger():
    far, near = meeting(0), dataclasses.replace(meeting(0), id="v:near", trigger_start=40, trigger_stop=45)
    retold = dataclasses.replace(meeting(200), more=(Span(300, 350, "same event"),))
    q_here, q_again, q_none = quote(30, 39, (0, 50)), quote(310, 320, (300, 350)), quote(400, 410, (400, 450))
    linked = with_events((q_here, q_again, q_none), [far, near, retold])
    assert [q.event for q in linked] == ["v:near", "v:200", None]
    assert with_events((q_here,), [far, dataclasses.replace(far, id="v:second")])[0].event == "v:0"  # tie: first


def test_event_settings_hold_the_windows():
    s = DEFAULT.events
    assert (s.request_before, s.cue_before, s.own_date_chars) == (8, 6, 40)


@pytest.mark.parametrize("row, problem", [
    ("встреча\tMEET\tmeet\t", "t.tsv:2: type 'MEET' is not one of"),
    ("санкция\tSANCTION\tmeet\t", "t.tsv:2: a mode is for CONSULT, not SANCTION"),
    ("выразить протест\tPROTEST\t\tcontext", "t.tsv:2: use 'context' is for a trigger word, not a pattern"),
    ("создать комиссия\tAGREE\t\tjoint", "t.tsv:2: use 'joint' is for a trigger word, not a pattern"),
])
def test_a_broken_trigger_table_names_file_and_line(tmp_path, monkeypatch, row, problem):
    monkeypatch.setattr(lexicon, "DATA", tmp_path)
    lexicon.table.cache_clear()
    (tmp_path / "t.tsv").write_text(f"lemmas\ttype\tmode\tuse\n{row}\n", encoding="utf-8")
    try:
        with pytest.raises(LexiconError, match=re.escape(problem)):
            words.trigger_table("t.tsv")
    finally:
        lexicon.table.cache_clear()


def test_windows_are_read_from_the_settings():
    from khronika.stages.events.factuality import factuality
    from khronika.stages.events.sentence import Words

    from .test_events import sentence_of

    doc, tokens = sentence_of([("Министры", "NOUN", "1_3", "nsubj"), ("не", "PART", "1_3", "advmod"),
                               ("встретились", "VERB", "1_0", "root")])
    narrow = dataclasses.replace(DEFAULT.events, negation_before=0)
    assert factuality(Words.of(doc, doc.sentences[0]), [tokens[2]]) == "negated"
    assert factuality(Words.of(doc, doc.sentences[0], narrow), [tokens[2]]) == "occurred"


def test_trigger_table_reads_joint_triggers_and_senses():
    assert {"создать", "объявить"} <= words.JOINT and "создать" in words.TRIGGERS
    senses = dict((frozenset(t), w) for t, w in words.SENSES)
    assert any("посол" in w for t, w in senses.items() if "отозвать" in t)
    assert any("ракета" in w for t, w in senses.items() if "разместить" in t)
    assert "выдать" in words.EXTRADITION_TRIGGERS and "союз" in words.CLUBS


def test_negative_evaluations_are_the_stance_cues_and_the_event_lexicons_own():
    # shared with data/stance_cues.tsv (eval and feeling words), plus the event lexicon's ACCUSE_EVALUATION
    assert {"неприемлемый", "провокация", "сожаление"} <= words.NEGATIVE_EVALUATION
    assert "некорректный" in words.NEGATIVE_EVALUATION
    assert "протест" not in words.NEGATIVE_EVALUATION  # a PROTEST trigger stays a protest
    assert "поддержка" not in words.NEGATIVE_EVALUATION



@pytest.mark.parametrize("date, published, later", [
    ((2016, 7), (2016, 4, 19), True),  # a July meeting told in April lies ahead
    ((2016, 4), (2016, 4, 19), False),  # the same month: it may have been held
    ((2015, 7), (2016, 4, 19), False),
    ((2016, 4, 20), (2016, 4, 19), True),
    ((2016, 4, 20), (), False),  # an undated document tells nothing
    ((), (2016, 4, 19), False),
])
def test_event_dated_after_its_document_is_no_occurred_one(date, published, later):
    from khronika.records import PartialDate
    from khronika.stages.events.when import after_publication

    assert after_publication(PartialDate(*date), PartialDate(*published)) is later
