"""The span stage on documents built by hand (tokens with morphology, NER spans) from sentences
written for these tests; a few slow tests go through the real models."""
import dataclasses
import re

import pytest

from khronika.records import Document, Mention, Sentence, Token
from khronika.settings import DEFAULT, Settings
from khronika.stages import spans as sp
from khronika.stages.spans import SpanStage

WORD = re.compile(r"\w+(?:[-.]\w+)*|[^\w\s]")


def make(text: str, ner=(), tags=None) -> Document:
    """A one-sentence document.  ``ner``: (substring, type) or (substring, type, nth occurrence);
    ``tags``: word → (pos, case) or (pos, case, rel, head word); words not listed are PROPN when
    capitalised, NOUN otherwise, case unset."""
    tags = tags or {}
    raw = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    ids = {}
    tokens = []
    for k, (_, _, w) in enumerate(raw, 1):
        ids.setdefault(w, f"1_{k}")
    for k, (a, b, w) in enumerate(raw, 1):
        tag = tags.get(w)
        if tag is None:
            pos = "PUNCT" if not re.search(r"\w", w) else "PROPN" if w[:1].isupper() else "NOUN"
            tag = (pos, None)
        pos, case, rel, head = (*tag, None, None)[:4]
        tokens.append(Token(a, b, w, id=f"1_{k}", pos=pos, feats={"Case": case} if case else {},
                            rel=rel, head_id=ids.get(head, "1_0") if rel else None))
    mentions = []
    for item in ner:
        sub, type_, nth = (*item, 0)[:3]
        pos = -1
        for _ in range(nth + 1):
            pos = text.index(sub, pos + 1)
        mentions.append(Mention(pos, pos + len(sub), type_, sub))
    sentence = Sentence(0, len(text), text, tuple(tokens))
    return Document(id="d:test", path="t.txt", raw=text, text=text, sentences=(sentence,), ner=tuple(mentions))


def run(doc: Document) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in SpanStage()(doc).ner}


# --- the stage ------------------------------------------------------------------------------------

def test_spans_stage_declares_its_data_flow():
    stage = SpanStage()
    assert stage.name == "spans"
    assert stage.requires == {"text", "sentences", "ner"} and stage.provides == {"ner"}


def test_spans_stage_sits_between_annotate_and_entities():
    from khronika.pipeline import build_pipeline

    names = [s.name for s in build_pipeline(resources=object()).stages]
    assert names.index("annotate") + 1 == names.index("spans") == names.index("entities") - 1


def test_spans_keep_a_plain_span_and_its_normal_form():
    doc = make("Вчера Пётр Иванов приехал.", [("Пётр Иванов", "PER")])
    doc = doc.replace(ner=(Mention(6, 17, "PER", "Пётр Иванов", normal="Пётр Иванов"),))
    out = SpanStage()(doc).ner
    assert [(m.text, m.type, m.normal) for m in out] == [("Пётр Иванов", "PER", "Пётр Иванов")]


def test_spans_drop_exact_duplicates():
    doc = make("Вчера Пётр Иванов приехал.", [("Пётр Иванов", "PER"), ("Пётр Иванов", "PER")])
    assert len(SpanStage()(doc).ner) == 1


# --- lists and brackets ---------------------------------------------------------------------------

def test_spans_split_bullet_lists():
    doc = make("Участники: Австрия • Бельгия • Дания.", [("Австрия • Бельгия", "LOC"), ("Дания", "LOC")])
    assert run(doc) == {("Австрия", "LOC"), ("Бельгия", "LOC"), ("Дания", "LOC")}


def test_spans_split_at_commas_and_line_breaks_dropping_function_words():
    doc = make("Голы забили Петров, Сидоров.\nВсе рады.", [("Петров, Сидоров", "PER"), ("Сидоров.\nВсе", "LOC")],
               tags={"Все": ("DET", None)})
    got = run(doc)
    assert ("Петров", "PER") in got and ("Сидоров", "PER") in got
    assert not any(text == "Все" for text, _ in got)


def test_spans_split_transliteration_in_brackets():
    doc = make("Слово взял Пол Смит (Paul Smith), директор.", [("Пол Смит (Paul Smith", "PER")])
    assert run(doc) == {("Пол Смит", "PER"), ("Paul Smith", "PER")}


def test_spans_split_abbreviation_in_brackets():
    doc = make("Об этом сообщил Фонд защиты природы (ФЗП) в среду.", [("Фонд защиты природы (ФЗП)", "ORG")])
    assert run(doc) == {("Фонд защиты природы", "ORG"), ("ФЗП", "ORG")}


def test_spans_abbreviation_after_a_person_is_an_organisation():
    doc = make("Службу провёл архиепископ Иоанн Петров (РПЦ) в храме.", [("Иоанн Петров (РПЦ)", "PER")])
    assert run(doc) == {("Иоанн Петров", "PER"), ("РПЦ", "ORG")}


def test_spans_person_name_before_brackets_typed_as_organisation_is_a_person():
    doc = make("Службу провёл архиепископ Иоанн Петров (РПЦ) в храме.", [("Иоанн Петров (РПЦ)", "ORG")])
    assert run(doc) == {("Иоанн Петров", "PER"), ("РПЦ", "ORG")}


def test_spans_trim_unpaired_brackets_and_quotes():
    doc = make("Арбитры: Пак Сон (Корея) • «Ли Мин» и другие.", [("Корея) •", "LOC"), ("«Ли Мин", "PER")])
    got = run(doc)
    assert ("Корея", "LOC") in got and ("Ли Мин", "PER") in got


def test_spans_trim_unpaired_straight_quote():
    doc = make('Газета "Вечерний город пишет об этом.', [('"Вечерний город', "ORG")])
    assert run(doc) == {("Вечерний город", "ORG")}


def test_spans_name_in_brackets_after_an_organisation():
    doc = make("Всемирный фонд природы (WWF) (World Wide Fund) выступил против.",
               [("Всемирный фонд природы", "ORG")])
    assert run(doc) >= {("Всемирный фонд природы", "ORG"), ("WWF", "ORG"), ("World Wide Fund", "ORG")}


# --- persons --------------------------------------------------------------------------------------

def test_spans_join_given_name_and_patronymic_with_surname():
    doc = make("Встреча с Иваном Петровичем Сидоровым прошла.", [("Иваном Петровичем", "PER"), ("Сидоровым", "PER")],
               tags={"Иваном": ("PROPN", "Ins"), "Петровичем": ("PROPN", "Ins"), "Сидоровым": ("PROPN", "Nom")})
    assert run(doc) == {("Иваном Петровичем Сидоровым", "PER")}


def test_spans_join_initials_with_surname():
    doc = make("Доклад прочёл И. П. Сидоров вчера.", [("И. П.", "PER"), ("Сидоров", "PER")])
    assert run(doc) == {("И. П. Сидоров", "PER")}


def test_spans_do_not_join_two_complete_names():
    doc = make("Пришли Анна Петрова Мария Сидорова вдвоём.", [("Анна Петрова", "PER"), ("Мария Сидорова", "PER")])
    assert run(doc) == {("Анна Петрова", "PER"), ("Мария Сидорова", "PER")}


def test_spans_join_two_given_names_and_two_surnames_of_one_person():
    doc = make("Прибыла Мария Фернанда Эспиноса Гарсес вчера.", [("Мария Фернанда", "PER"), ("Эспиноса Гарсес", "PER")])
    assert run(doc) == {("Мария Фернанда Эспиноса Гарсес", "PER")}
    doc = make("Пришли Анна Мария Ольга Сидорова вдвоём.", [("Анна Мария", "PER"), ("Ольга Сидорова", "PER")])
    assert run(doc) == {("Анна Мария", "PER"), ("Ольга Сидорова", "PER")}  # a given name after the seam


@pytest.mark.parametrize("text, first, rest", [
    ("Министр иностранных дел Сигридюр Анна Бьяртмарсдоттир провела переговоры.", "Сигридюр", "Анна Бьяртмарсдоттир"),
    ("Слово взял посол Гудмундюр Эйнар Тораринссон.", "Гудмундюр", "Эйнар Тораринссон"),
    ("Спикер парламента Хальвардюр Оулавссон выступил первым.", "Хальвардюр", "Оулавссон"),
])
def test_spans_an_unknown_given_name_tagged_a_place_joins_the_person_after_it(text, first, rest):
    for kind in ("LOC", "ORG"):
        doc = make(text, [(first, kind), (rest, "PER")])
        assert run(doc) == {(f"{first} {rest}", "PER")}


@pytest.mark.parametrize("text, place, person", [
    ("Мэр Клайпеды Витаутас Грубис открыл выставку.", "Клайпеды", "Витаутас Грубис"),  # a genitive place
    ("Министр иностранных дел Норвегии Ингрид Хальвор прибыла.", "Норвегии", "Ингрид Хальвор"),  # a known country
    ("Губернатор Подмосковья Андрей Ветров приехал.", "Подмосковья", "Андрей Ветров"),
])
def test_spans_a_place_before_a_person_stays_a_place(text, place, person):
    doc = make(text, [(place, "LOC"), (person, "PER")])
    assert run(doc) == {(place, "LOC"), (person, "PER")}


def test_spans_an_office_and_its_field_are_no_organisation():
    doc = make("Министры иностранных дел Чили и Перу встретились.", [("Министры иностранных дел Чили", "ORG")],
               tags={"Министры": ("NOUN", "Nom")})
    assert {m for m in run(doc) if m[1] == "ORG"} == set()  # the countries are found by the gazetteer
    doc = make("Верховный суд Чили вынес решение.", [("Верховный суд Чили", "ORG")], tags={"Верховный": ("ADJ", "Nom")})
    assert ("Верховный суд Чили", "ORG") in run(doc)
    doc = make("Замглавы Федеральной таможенной службы прибыл.", [("Замглавы Федеральной таможенной службы", "ORG")])
    assert run(doc) == {("Федеральной таможенной службы", "ORG")}


def test_spans_do_not_join_names_in_different_cases():
    doc = make("Пришла вдова Петрова Анна Ивановна с детьми.", [("Петрова", "PER"), ("Анна Ивановна", "PER")],
               tags={"Петрова": ("PROPN", "Gen"), "Анна": ("PROPN", "Nom"), "Ивановна": ("PROPN", "Nom")})
    assert run(doc) == {("Петрова", "PER"), ("Анна Ивановна", "PER")}


def test_spans_plausible_name_without_tokens_still_joins_a_split_name():
    text = "с Иваном Ивановичем Петровым"
    joined = sp.join_names([Mention(2, 19, "PER", text[2:19]), Mention(20, 28, "PER", text[20:28])], text)
    assert [(m.start, m.stop) for m in joined] == [(2, 28)]


def test_spans_split_two_names_in_apposition():
    text = "Это сделал отец Петра Ивановича Сидорова Павел Иванович Сидоров давно."
    doc = make(text, [("Петра Ивановича Сидорова Павел Иванович Сидоров", "PER")],
               tags={"Петра": ("PROPN", "Gen", "nmod", "отец"),
                     "Ивановича": ("PROPN", "Gen", "flat:name", "Петра"),
                     "Сидорова": ("PROPN", "Gen", "flat:name", "Петра"),
                     "Павел": ("PROPN", "Nom", "appos", "отец"),
                     "Иванович": ("PROPN", "Nom", "flat:name", "Павел"),
                     "Сидоров": ("PROPN", "Nom", "flat:name", "Павел")})
    assert run(doc) == {("Петра Ивановича Сидорова", "PER"), ("Павел Иванович Сидоров", "PER")}


# --- types and non-names --------------------------------------------------------------------------

def test_spans_country_tagged_as_person_is_a_place():
    doc = make("В турнире сыграли Эфиопия и Перу.", [("Эфиопия", "PER")])
    got = run(doc)
    assert ("Эфиопия", "LOC") in got and ("Эфиопия", "PER") not in got


@pytest.mark.parametrize("text, ner, word, type_", [
    # a place named in the plural, in the genitive after "с" or with a plural ending, beside its adjective
    ("Туристы видели Азорские острова и вернулись с Азор.", [("Азорские острова", "LOC"), ("Азор", "PER", 1)],
     "Азор", "LOC"),
    ("Бои за Карпатские перевалы шли на Карпатах.", [("Карпатские перевалы", "LOC"), ("Карпатах", "PER")],
     "Карпатах", "LOC"),
    # a person with the stem of a place adjective stays a person: an oblique case of one
    ("Депутат Ивановской области встретился с Ивановым.", [("Ивановской области", "LOC"), ("Ивановым", "PER")],
     "Ивановым", "PER"),
    # no place adjective in the document: nothing to go by
    ("Делегация вернулась с Азор.", [("Азор", "PER")], "Азор", "PER"),
])
def test_spans_place_in_an_oblique_case_tagged_as_person_is_a_place(text, ner, word, type_):
    assert (word, type_) in run(make(text, ner))


def test_spans_international_organisations_are_organisations():
    doc = make("Решение Евросоюза поддержали страны ЕС и Европейского союза.",
               [("Евросоюза", "LOC"), ("ЕС", "LOC"), ("Европейского союза", "LOC")])
    assert run(doc) == {("Евросоюза", "ORG"), ("ЕС", "ORG"), ("Европейского союза", "ORG")}


def test_spans_seat_of_power_is_the_institution_except_as_a_place():
    doc = make("Кремль ответил, а в Кремле прошёл приём.", [("Кремль", "LOC"), ("Кремле", "LOC")],
               tags={"в": ("ADP", None)})
    assert run(doc) == {("Кремль", "ORG"), ("Кремле", "LOC")}


def test_spans_space_station_is_a_place():
    doc = make("Экипаж вернулся с МКС вчера.", [("МКС", "ORG")])
    assert run(doc) == {("МКС", "LOC")}


def test_spans_built_places_are_locations():
    doc = make("Самолёт сел в аэропорту «Пулково», а вечером концерт прошёл во Дворце спорта.",
               [("Пулково", "ORG"), ("Дворце спорта", "ORG")],
               tags={"аэропорту": ("NOUN", "Loc"), "Дворце": ("NOUN", "Loc"), "спорта": ("NOUN", "Gen")})
    assert run(doc) == {("Пулково", "LOC"), ("Дворце спорта", "LOC")}


def test_spans_drop_common_noun_abbreviations_and_bare_legal_forms():
    doc = make("По данным СМИ, ПАО отказалось.", [("СМИ", "ORG"), ("ПАО", "ORG")])
    assert run(doc) == set()


def test_spans_drop_numbers_and_domain_zones():
    doc = make("Сайты в зоне .РФ открыли 5 лет назад.", [("РФ", "LOC"), ("5", "ORG")])
    assert run(doc) == set()


def test_spans_drop_quoted_vehicle_names_everywhere_in_the_document():
    doc = make("Корабль «Прогресс» стартовал, и «Прогресс» пристыковался, а компания Энергомаш молчит.",
               [("Прогресс", "ORG", 1), ("Энергомаш", "ORG")])
    assert run(doc) == {("Энергомаш", "ORG")}


def test_spans_vehicle_words_do_not_drop_people():
    doc = make("Командир корабля Юрий Петров доложил.", [("Юрий Петров", "PER")])
    assert run(doc) == {("Юрий Петров", "PER")}


def test_spans_drop_titles_of_works_and_time_zones():
    doc = make("Читайте в статье «Новый рассвет» к 10 часам по московскому времени.",
               [("Новый рассвет", "ORG"), ("московскому времени", "LOC")])
    assert run(doc) == set()


# --- boundaries that shrink -----------------------------------------------------------------------

def test_spans_trim_legal_form_before_quoted_name():
    doc = make("Акции ОАО «Северсталь» выросли, сообщает РИА «Восток».",
               [("ОАО «Северсталь»", "ORG"), ("РИА «Восток»", "ORG")])
    assert run(doc) == {("Северсталь", "ORG"), ("Восток", "ORG")}


def test_spans_trim_kind_word_before_unquoted_name():
    doc = make("Об этом пишет агентство Reuters.", [("агентство Reuters", "ORG")])
    assert run(doc) == {("Reuters", "ORG")}


def test_spans_trim_quotes_around_the_whole_name():
    doc = make("Акции «Северстали» выросли.", [("«Северстали»", "ORG")])
    assert run(doc) == {("Северстали", "ORG")}


def test_spans_trim_job_title_before_organisation():
    doc = make("Замглавы Федеральной таможенной службы уволен.", [("Замглавы Федеральной таможенной службы", "ORG")])
    assert run(doc) == {("Федеральной таможенной службы", "ORG")}


def test_spans_trim_street_words_but_not_region_words():
    doc = make("Митинг на Садовой улице у острова Врангеля и в Тульской области.",
               [("Садовой улице", "LOC"), ("острова Врангеля", "LOC"), ("Тульской области", "LOC")])
    assert run(doc) == {("Садовой", "LOC"), ("Врангеля", "LOC"), ("Тульской области", "LOC")}


# --- organisations named again --------------------------------------------------------------------

def test_spans_repeated_multiword_name_is_the_organisation_again():
    doc = make("Редакция «Новой газеты» ответила. Новая газета сообщила об этом.",
               [("Новой газеты", "ORG")], tags={"Новой": ("ADJ", "Gen"), "Новая": ("ADJ", "Nom")})
    assert run(doc) == {("Новой газеты", "ORG"), ("Новая газета", "ORG")}


def test_spans_repeated_single_name_is_the_organisation_again():
    doc = make("Компания Siemens выиграла тендер, и инженер Siemens приехал.", [("Siemens", "ORG")])
    assert run(doc) == {("Siemens", "ORG")} and len(SpanStage()(doc).ner) == 2


# --- boundaries that grow -------------------------------------------------------------------------

def test_spans_extend_organisation_over_genitive_country_keeping_the_place():
    doc = make("Представитель Министерства финансов Франции заявил.",
               [("Министерства финансов", "ORG"), ("Франции", "LOC")], tags={"Франции": ("PROPN", "Gen")})
    assert run(doc) == {("Министерства финансов Франции", "ORG"), ("Франции", "LOC")}


def test_spans_do_not_extend_over_a_place_in_another_case():
    doc = make("Министерство финансов Франции передало.", [("Министерство финансов", "ORG"), ("Франции", "LOC")],
               tags={"Франции": ("PROPN", "Dat")})
    assert run(doc) == {("Министерство финансов", "ORG"), ("Франции", "LOC")}


def test_spans_extend_in_a_chain_of_genitives():
    doc = make("Член Комитета Сената США выступил.", [("Комитета", "ORG"), ("Сената", "ORG"), ("США", "LOC")],
               tags={"Сената": ("PROPN", "Gen"), "США": ("PROPN", "Gen")})
    assert run(doc) == {("Комитета Сената США", "ORG"), ("Сената США", "ORG"), ("США", "LOC")}


def test_spans_extend_over_what_the_organisation_is_attached_to():
    doc = make("Заседание Совета при губернаторе и УФСБ по Москве прошло.",
               [("Совета", "ORG"), ("УФСБ", "ORG"), ("Москве", "LOC")],
               tags={"при": ("ADP", None), "по": ("ADP", None), "губернаторе": ("NOUN", "Loc"), "и": ("CCONJ", None)})
    assert run(doc) == {("Совета при губернаторе", "ORG"), ("УФСБ по Москве", "ORG"), ("Москве", "LOC")}


def test_spans_do_not_extend_over_adverbial_pri():
    doc = make("Совет при этом промолчал.", [("Совет", "ORG")],
               tags={"при": ("ADP", None), "этом": ("PRON", "Loc")})
    assert run(doc) == {("Совет", "ORG")}


def test_spans_include_relational_adjective_before_organisation():
    doc = make("Заявления французского МИДа и нового Парламента совпали.",
               [("МИДа", "ORG"), ("Парламента", "ORG")],
               tags={"французского": ("ADJ", "Gen"), "МИДа": ("PROPN", "Gen"), "нового": ("ADJ", "Gen"),
                     "Парламента": ("PROPN", "Gen")})
    assert run(doc) == {("французского МИДа", "ORG"), ("Парламента", "ORG")}


def test_spans_include_adjective_with_the_whole_quoted_name():
    doc = make("Игрок петербургского «Зенита» забил.", [("Зенита", "ORG")],
               tags={"петербургского": ("ADJ", "Gen"), "Зенита": ("PROPN", "Gen")})
    assert run(doc) == {("петербургского «Зенита»", "ORG")}


def test_spans_leave_country_adjective_after_a_title_to_the_role():
    doc = make("Глава французского МИДа прибыл.", [("МИДа", "ORG")],
               tags={"Глава": ("NOUN", "Nom"), "французского": ("ADJ", "Gen"), "МИДа": ("PROPN", "Gen")})
    assert run(doc) == {("МИДа", "ORG")}


# --- nesting --------------------------------------------------------------------------------------

def test_spans_place_inside_organisation_name_is_nested():
    doc = make("Сессия Совета Европы открылась.", [("Совета Европы", "ORG")])
    assert run(doc) == {("Совета Европы", "ORG"), ("Европы", "LOC")}


def test_spans_missed_country_and_continent_are_places():
    doc = make("Он стал чемпионом Европы, обыграв Норвегию.", [],
               tags={"Он": ("PRON", "Nom"), "Европы": ("PROPN", "Gen"), "Норвегию": ("PROPN", "Acc")})
    assert run(doc) == {("Европы", "LOC"), ("Норвегию", "LOC")}


def test_spans_country_as_whole_organisation_gets_no_place_twin():
    doc = make("Правительство Китая заявило.", [("Китая", "ORG")])
    assert run(doc) == {("Китая", "ORG")}


# --- through the real models ----------------------------------------------------------------------

@pytest.mark.slow
def test_spans_real_models_nest_country_in_ministry(resources):
    from khronika.pipeline import Pipeline
    from khronika.records import Source
    from khronika.stages.annotate import AnnotateStage

    class Verbatim:
        name, requires, provides = "verbatim", frozenset({"raw"}), frozenset({"text"})

        def __call__(self, doc):
            return doc

    pipe = Pipeline([Verbatim(), AnnotateStage(resources), SpanStage()])
    doc = pipe(Document.from_source(Source(path="t.txt", text=(
        "Представитель Министерства иностранных дел Франции Анн-Клер Леженд сообщила, что доклад "
        "подготовил аналитик Марк Дюбуа (Marc Dubois)."))))
    got = {(m.text, m.type) for m in doc.ner}
    assert ("Министерства иностранных дел Франции", "ORG") in got and ("Франции", "LOC") in got
    assert ("Марк Дюбуа", "PER") in got and ("Marc Dubois", "PER") in got


def test_spans_quoted_name_after_a_kind_of_organisation_is_one():
    doc = make("Лидер партии «Новая Сила Молдовы» выступил, а журнал «Вектор» промолчал.",
               [("Молдовы", "LOC")])
    got = run(doc)
    assert ("Новая Сила Молдовы", "ORG") in got and ("Вектор", "ORG") in got
    assert ("Молдовы", "LOC") in got  # a country inside an organisation's name is a place of its own


def test_spans_quote_window_is_a_setting():
    doc = make("Лидер партии «Новая Сила Молдовы» выступил, а журнал «Вектор» промолчал.", [])
    narrow = Settings(spans=dataclasses.replace(DEFAULT.spans, quote_window=2))
    got = {(m.text, m.type) for m in SpanStage(narrow)(doc).ner}
    assert ("Вектор", "ORG") in got and ("Новая Сила Молдовы", "ORG") not in got


def test_spans_quoted_words_after_other_nouns_stay_as_they_are():
    doc = make("Он прочитал роман «Белая гвардия».", [])
    assert run(doc) == set()


def test_spans_person_span_opening_with_a_listed_organisation_is_split():
    doc = make("Оператор Аль-Джазиры Сами Хадж арестован.", [("Аль-Джазиры Сами Хадж", "PER")])
    assert run(doc) == {("Аль-Джазиры", "ORG"), ("Сами Хадж", "PER")}


def test_spans_two_surnames_of_full_names_are_two_mentions():
    doc = make("Борис Джонсон и Эмманюэль Макрон встретились. Чем ответит Джонсон Макрону?",
               [("Борис Джонсон", "PER"), ("Эмманюэль Макрон", "PER"), ("Джонсон Макрону", "PER")])
    got = run(doc)
    assert ("Джонсон", "PER") in got and ("Макрону", "PER") in got and ("Джонсон Макрону", "PER") not in got


def test_spans_surname_of_a_full_name_recurs_untagged():
    doc = make("Кулеба и Ван обсудили визит. Министр Дмитрий Кулеба прибыл в Пекин. Кулебе показали город.",
               [("Дмитрий Кулеба", "PER")])
    got = run(doc)
    assert ("Кулеба", "PER") in got and ("Кулебе", "PER") in got


def test_spans_capital_tagged_as_person_is_a_place():
    doc = make("3 сентября 2024 года, Улан-Батор", [("Улан-Батор", "PER")])
    assert run(doc) == {("Улан-Батор", "LOC")}


@pytest.mark.parametrize("text, span, country, person", [
    ("Министр иностранных дел Бурунди Ндикумана прибыл в Кигали.", "Бурунди Ндикумана", "Бурунди", "Ндикумана"),
    ("Посол Южной Кореи Пак Сон Ми вручила ноту.", "Южной Кореи Пак Сон Ми", "Южной Кореи", "Пак Сон Ми"),
    ("Глава МИД Гвинеи Камара Сори заявил о протесте.", "Гвинеи Камара Сори", "Гвинеи", "Камара Сори"),
])
def test_spans_a_country_opening_a_persons_name_is_a_place(text, span, country, person):
    assert run(make(text, [(span, "PER")])) >= {(country, "LOC"), (person, "PER")}


def test_spans_a_given_name_that_is_also_a_country_stays_a_name():
    assert ("Израиль Гельфанд", "PER") in run(make("Математик Израиль Гельфанд читал лекции.",
                                                   [("Израиль Гельфанд", "PER")]))


# --- a group word opening a span: "Делегации X" ----------------------------------------------------

@pytest.mark.parametrize("text,sub,type_,want", [
    ("Делегации Гватемалы и Белиза провели встречу.", "Делегации Гватемалы", "LOC", ("Гватемалы", "LOC")),
    ("Делегация Кении прибыла в Аддис-Абебу.", "Делегация Кении", "LOC", ("Кении", "LOC")),
    ("Делегацию Намибии возглавил министр.", "Делегацию Намибии", "ORG", ("Намибии", "LOC")),
    ("Делегациями Чили и Боливии подписан меморандум.", "Делегациями Чили", "ORG", ("Чили", "LOC")),
    ("Делегацией Монголии было предложено продлить консультации.", "Делегацией Монголии", "LOC",
     ("Монголии", "LOC")),
    ("Делегации Марокко предстоит провести переговоры.", "Делегации Марокко", "ORG", ("Марокко", "LOC")),
    ("Делегация Ассоциации фермеров прибыла на ярмарку.", "Делегация Ассоциации фермеров", "ORG",
     ("Ассоциации фермеров", "ORG")),
])
def test_spans_group_word_opening_a_span_is_no_part_of_the_name(text, sub, type_, want):
    got = run(make(text, [(sub, type_)]))
    assert want in got and not any(t.startswith("Делегац") for t, _ in got)


def test_spans_group_word_alone_names_nothing_and_a_body_after_it_stays():
    assert run(make("Делегацию Того возглавил министр.", [("Делегацию", "ORG"), ("Того", "LOC")])) == {("Того", "LOC")}
    doc = make("Делегация профсоюза горняков приехала на завод.", [("Делегация профсоюза горняков", "ORG")])
    assert run(doc) == {("Делегация профсоюза горняков", "ORG")}
    doc = make("Глава делегации Вануату выступил.", [("Вануату", "LOC")])
    assert run(doc) == {("Вануату", "LOC")}


# --- a style before a name: "Его Превосходительство X" ---------------------------------------------

@pytest.mark.parametrize("text,sub,want", [
    ("Его Превосходительство Хорхе Альварадо вручил грамоты.", "Превосходительство Хорхе Альварадо", "Хорхе Альварадо"),
    ("Письмо Его Превосходительства Чан Ван Лыонга получено.", "Превосходительства Чан Ван Лыонга",
     "Чан Ван Лыонга"),
    ("Её Величеству Маргарите передали послание.", "Величеству Маргарите", "Маргарите"),
    ("Встреча с Его Высочеством Мансуром Хамдани прошла в Эр-Рияде.", "Высочеством Мансуром Хамдани",
     "Мансуром Хамдани"),
    ("Его Святейшество Кирилл Мефодиевич выступил.", "Святейшество Кирилл Мефодиевич", "Кирилл Мефодиевич"),
    ("Заявление сделал Достопочтенный Найджел Брамвелл, член парламента.", "Достопочтенный Найджел Брамвелл",
     "Найджел Брамвелл"),  # the style of a British minister ("The Rt Hon")
])
def test_spans_style_before_a_name_is_no_part_of_it(text, sub, want):
    assert (want, "PER") in run(make(text, [(sub, "PER")]))


def test_spans_a_thing_named_after_a_person_is_no_part_of_the_name():
    doc = make("Делегация посетила Мавзолей Кемаля Ататюрка в Анкаре.", [("Мавзолей Кемаля Ататюрка", "PER")])
    assert ("Кемаля Ататюрка", "PER") in run(doc)


def test_spans_style_alone_is_no_name_and_other_names_stay():
    doc = make("Ваше Превосходительство, господин Оливейра, благодарю вас.",
               [("Превосходительство", "PER"), ("Оливейра", "PER")])
    assert run(doc) == {("Оливейра", "PER")}
    doc = make("Её Величество посетила Лиссабон.", [("Величество", "PER"), ("Лиссабон", "LOC")])
    assert run(doc) == {("Лиссабон", "LOC")}
    doc = make("Томаш Светлик прибыл в Прагу.", [("Томаш Светлик", "PER"), ("Прагу", "LOC")])
    assert run(doc) == {("Томаш Светлик", "PER"), ("Прагу", "LOC")}
    # the style with its pronoun and the monarch's title, no name: the tagger's span of them is none
    doc = make("Его Величество Король принял приглашение посетить Лиссабон.",
               [("Его Величество Король", "PER"), ("Лиссабон", "LOC")])
    assert run(doc) == {("Лиссабон", "LOC")}
    doc = make("Его Величество Эмир Тамим принял министра.", [("Его Величество Эмир Тамим", "PER")])
    assert run(doc) != set()


def test_spans_initials_glued_to_an_untagged_word_name_a_person():
    doc = make("Председатель Хурала Б.Ганбаатар принял посла, а Н.Новгород и Т.Ерёмина ждут.",
               ner=[("Т.Ерёмина", "PER")])
    got = run(doc)
    assert ("Б.Ганбаатар", "PER") in got
    assert not any(t.startswith("Н.") for t, _ in got)  # a place the dictionary knows
    assert ("Т.Ерёмина", "PER") in got and ("Ерёмина", "PER") not in got  # a tagged one as it was


def test_spans_a_surname_of_the_document_closing_a_place_as_its_verbs_subject_is_the_person():
    text = "Посредник Ханна Мензель прибыла. В Ардатови Мензель ответила на вопросы."
    doc = make(text, [("Ханна Мензель", "PER"), ("Ардатови Мензель", "LOC")],
               tags={"Мензель": ("PROPN", "Nom", "nsubj", "ответила"), "ответила": ("VERB", None)})
    assert run(doc) >= {("Ардатови", "LOC"), ("Мензель", "PER")}


def test_spans_a_body_named_after_a_person_of_the_document_keeps_its_name():
    text = "Посредник Ханна Мензель прибыла. Фонд Мензель сообщил о встрече."
    doc = make(text, [("Ханна Мензель", "PER"), ("Фонд Мензель", "ORG")],
               tags={"Мензель": ("PROPN", "Gen", "nmod", "Фонд"), "сообщил": ("VERB", None)})
    assert ("Фонд Мензель", "ORG") in run(doc)


def test_spans_initials_and_a_surname_of_the_document_read_as_an_organisation_are_the_person():
    text = "Г. Петренко: встреча без нас бессмысленна. Сенатор Григорий Петренко прокомментировал встречу."
    doc = make(text, [("Г. Петренко", "ORG"), ("Григорий Петренко", "PER")])
    assert ("Г. Петренко", "PER") in run(doc)
