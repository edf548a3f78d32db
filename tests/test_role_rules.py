"""Rules of the role and coreference stages on hand-built sentences (no models: tokens, tags and
mentions written here), with their settings."""
from khronika.ids import country_id
from khronika.records import Document, Entity, Mention, Sentence, Source, Token
from khronika.settings import RoleSettings
from khronika.stages.roles.about import main_country
from khronika.stages.roles.attach import one_person
from khronika.stages.roles.descriptor import descriptors_before
from khronika.stages.roles.parse import parse_descriptor
from khronika.view import view


def sentence(*words: tuple[str, str, str | None], mentions=(), entities=()) -> tuple[Document, list[Token]]:
    """A one-sentence document of ``(text, pos, case)`` words; ``mentions`` are ``(first, last, type,
    entity)`` word indices."""
    tokens, at = [], 0
    for i, (text, pos, case) in enumerate(words):
        tokens.append(Token(at, at + len(text), text, id=f"1_{i + 1}", pos=pos, feats={"Case": case} if case else {}))
        at += len(text) + 1
    text = " ".join(w for w, _, _ in words)
    ms = tuple(Mention(tokens[a].start, tokens[b].stop, type_, text[tokens[a].start:tokens[b].stop], entity=e)
               for a, b, type_, e in mentions)
    doc = Document.from_source(Source(path="t.txt", text=text)).replace(
        text=text, sentences=(Sentence(0, len(text), text, tuple(tokens)),), mentions=ms, entities=tuple(entities))
    return doc, tokens


PETROV = Entity("p:petrov", "person", "Иван Петров")
# "лидер партии, депутат парламента Японии Иван Петров"
CHAIN = (("лидер", "NOUN", "Nom"), ("партии", "NOUN", "Gen"), (",", "PUNCT", None), ("депутат", "NOUN", "Nom"),
         ("парламента", "NOUN", "Gen"), ("Японии", "PROPN", "Gen"), ("Иван", "PROPN", "Nom"),
         ("Петров", "PROPN", "Nom"))
CHAIN_MENTIONS = ((5, 5, "LOC", country_id("JP")), (6, 7, "PER", "p:petrov"))
JAPAN = Entity(country_id("JP"), "country", "Япония", code="JP")


def test_descriptors_in_a_row_before_a_name_up_to_max_chain():
    doc, tokens = sentence(*CHAIN, mentions=CHAIN_MENTIONS, entities=(PETROV, JAPAN))
    idx = view(doc).mentions(doc)
    chain = descriptors_before(tokens, 6, idx)
    assert [[t.text for t in d] for d in chain] == [["депутат", "парламента", "Японии"], ["лидер", "партии"]]
    assert len(descriptors_before(tokens, 6, idx, RoleSettings(max_chain=1))) == 1


def test_parse_descriptor_reads_the_country_and_completes_the_position():
    doc, tokens = sentence(*CHAIN, mentions=CHAIN_MENTIONS, entities=(PETROV, JAPAN))
    idx = view(doc).mentions(doc)
    (p,) = parse_descriptor(tokens[3:6], idx, "Nom")
    assert (p.position, p.of, p.of_span, p.former) == ("депутат парламента", country_id("JP"),
                                                   (tokens[5].start, tokens[5].stop), False)
    assert parse_descriptor(tokens[3:6], idx, "Ins") == []  # the title does not agree with the name


def test_one_person_stops_at_an_office_of_another_country():
    words = (("канцлер", "NOUN", "Nom"), ("ФРГ", "PROPN", "Gen"), (",", "PUNCT", None),
             ("министр", "NOUN", "Nom"), ("Швеции", "PROPN", "Gen"), ("Мария", "PROPN", "Nom"))
    de, se = Entity(country_id("DE"), "country", "Германия", code="DE"), Entity(country_id("SE"), "country", "Швеция")
    doc, tokens = sentence(*words, mentions=((1, 1, "LOC", de.id), (4, 4, "LOC", se.id)), entities=(de, se))
    idx = view(doc).mentions(doc)
    near, far = tokens[3:5], tokens[0:2]
    parts = [(p, d) for d in (near, far) for p in parse_descriptor(d, idx, "Nom")]
    assert [p.position for p, _ in one_person(parts, doc.text)] == ["министр"]


def test_main_country_needs_a_lead():
    words = tuple((w, "PROPN", "Nom") for w in ("Япония", "Япония", "Китай", "Япония"))
    jp, cn = JAPAN, Entity(country_id("CN"), "country", "Китай", code="CN")
    ms = tuple((i, i, "LOC", e.id) for i, e in enumerate((jp, jp, cn, jp)))
    doc, _ = sentence(*words, mentions=ms, entities=(jp, cn))
    idx = view(doc).mentions(doc)
    assert main_country(doc, idx) == jp.id
    assert main_country(doc, idx, RoleSettings(main_country_lead=4)) is None


def test_the_stages_read_their_own_settings():
    from khronika.settings import CorefSettings, Settings
    from khronika.stages.coref import CorefStage
    from khronika.stages.roles import RoleStage

    settings = Settings(roles=RoleSettings(max_chain=1), coref=CorefSettings(window_sentences=1))
    assert RoleStage(settings).settings.max_chain == 1
    coref = CorefStage(settings)
    assert coref.settings.window_sentences == 1 and coref.roles.max_chain == 1


def test_a_genitive_title_after_a_title_completes_it_when_the_names_case_is_unknown():
    # "заместитель министра обороны Хуан Гомес", the foreign name's case unknown (None): one position, not two
    words = (("заместитель", "NOUN", "Nom"), ("министра", "NOUN", "Gen"), ("обороны", "NOUN", "Gen"))
    doc, tokens = sentence(*words)
    idx = view(doc).mentions(doc)
    assert [p.position for p in parse_descriptor(tokens, idx, None)] == ["заместитель министра обороны"]
    # a title in the same case is a second title of the name: "министр, генерал армии"
    words = (("министр", "NOUN", "Nom"), ("обороны", "NOUN", "Gen"), ("генерал", "NOUN", "Nom"),
             ("армии", "NOUN", "Gen"))
    doc, tokens = sentence(*words)
    assert [p.position for p in parse_descriptor(tokens, view(doc).mentions(doc), None)] == \
        ["министр обороны", "генерал армии"]
