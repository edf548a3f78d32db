"""Stances on sentences written for these tests (none from the seeds)."""
import ast
import re
from pathlib import Path

import pytest

import khronika.stages.quotes.stage as quote_stage
from khronika import lexicon
from khronika.lexicon import LexiconError
from khronika.records import Document, Salient, Source, Span
from khronika.settings import DEFAULT
from khronika.stages.quotes import QuoteStage
from khronika.stages.stances import StanceStage
from khronika.stages.stances import cues as cue_module
from khronika.stages.stances.context import Context
from khronika.stages.stances.cues import cues


def test_stances_stage_contract():
    stage = StanceStage()
    assert stage.name == "stances"
    assert stage.requires == {"text", "sentences", "mentions", "entities", "roles", "quotes", "speaker", "salient",
                              "quoted"}
    assert stage.provides == {"stances", "entities"}


def test_stances_cue_lexicon_covers_every_polarity():
    table = cues()
    assert {c.polarity for c in table} == {"converge", "diverge", "concern", "negative", "positive"}
    assert any(c.frame == "mutual" and c.shape == "pair" and "совпадать" in c.slots[1] for c in table)
    sizes = {"word": range(1, 2), "phrase": range(2, 5), "pair": range(2, 3), "triple": range(3, 4)}
    assert [c for c in table if len(c.slots) not in sizes[c.shape]] == []


def test_stances_cue_with_slots_its_shape_lacks_names_the_line(tmp_path, monkeypatch):
    (tmp_path / "stance_cues.tsv").write_text("# cues\npolarity\tframe\tshape\tslots\n"
                                              "negative\tagent\tword\tосудить\n"
                                              "positive\tagent\tpair\tподдержать\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA", tmp_path)
    lexicon.table.cache_clear()
    cue_module.cues.cache_clear()
    try:
        with pytest.raises(LexiconError, match=re.escape("stance_cues.tsv:4: a pair has 2 to 2 slots")):
            cues()
    finally:
        monkeypatch.undo()
        lexicon.table.cache_clear()
        cue_module.cues.cache_clear()
    assert len(cues()) > 10


def test_stances_find_no_quotes_themselves():
    """The stance package reads ``doc.quotes``: no module of it names the quote finder."""
    package = Path(cue_module.__file__).parent
    names = {n.id if isinstance(n, ast.Name) else n.attr if isinstance(n, ast.Attribute) else a.name
             for f in package.glob("*.py") for n in ast.walk(ast.parse(f.read_text(encoding="utf-8")))
             if isinstance(n, (ast.Name, ast.Attribute, ast.ImportFrom))
             for a in (n.names if isinstance(n, ast.ImportFrom) else [n])}
    assert not names & {"QuoteFinder", "find_quotes", "find_direct", "find_indirect", "read_transcript"}


def test_stances_resolve_pronouns_with_the_salience_the_quote_stage_recorded():
    doc = Document(id="d:1", path="t.txt", raw="", text="x" * 50, quoted=(Span(30, 40, "quoted"),),
                   salient=(Salient(5, "e:a"), Salient(20, "e:b", proxy="Fem")))
    salience = Context(doc, DEFAULT).salience
    assert salience.antecedent("?pron:Fem", 25) == "e:b"  # a body an unnamed woman speaks for
    assert salience.antecedent("?pron:Masc", 25) == "e:a"  # of unknown gender: the last one that may fit
    assert salience.antecedent("?pron:Masc", 5) is None  # nothing before
    assert salience.in_quote(35) and not salience.in_quote(40)


@pytest.fixture(scope="module")
def run(pipeline):
    quotes, stances = QuoteStage(), StanceStage()

    def go(text, with_quotes=False):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
        if with_quotes:
            doc = quotes(doc)
            doc = doc.replace(done=doc.done | quotes.provides)
        doc = stances(doc)
        names = {e.id: e.name for e in doc.entities}
        return doc, [(s.polarity, names.get(s.holder), names.get(s.other)) for s in doc.stances]
    return go



@pytest.mark.slow
def test_stances_read_the_quotes_the_quote_stage_found(pipeline, monkeypatch):
    text = ("Министр иностранных дел Турции Эрдал Кайнак провёл переговоры в Афинах. "
            "«Пока наши взгляды на миграцию расходятся», — сказал он.")
    doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
    assert doc.quotes and doc.salient and doc.quoted  # found and recorded by the quote stage
    expected = StanceStage()(doc).stances

    def refuse(*args, **kwargs):
        raise AssertionError("the stance stage looked for quotes")

    for name in ("find_direct", "find_indirect", "read_transcript", "turn_quotes", "find_quotes"):
        monkeypatch.setattr(quote_stage, name, refuse)
    monkeypatch.setattr(quote_stage.QuoteFinder, "__init__", refuse)
    stances = StanceStage()(doc).stances
    names = {e.id: e.name for e in doc.entities}
    assert [(s.polarity, names.get(s.holder), names.get(s.other)) for s in stances] == [
        ("diverge", "Турция", "Греция")]
    assert stances == expected


@pytest.mark.slow
def test_stances_diverge_and_its_negation(run):
    _, found = run("Канцлер Германии Фридрих Мерц заявил, что взгляды Германии и Польши на миграцию расходятся.")
    assert found == [("diverge", "Германия", "Польша")]
    _, found = run("Канцлер Германии Фридрих Мерц заявил, что взгляды Германии и Польши на миграцию не расходятся.")
    assert found == [("converge", "Германия", "Польша")]


@pytest.mark.slow
def test_stances_disagreements_between_two_sides(run):
    doc, found = run("Между Францией и Германией сохраняются разногласия по вопросу о бюджете.")
    assert found == [("diverge", "Франция", "Германия")]
    assert doc.stances[0].topic == "бюджете"


@pytest.mark.slow
def test_stances_a_question_that_divides_the_sides_of_the_meeting(run):
    _, found = run("Министры иностранных дел Чили и Перу провели переговоры в Лиме. "
                   "Вопрос о морской границе по-прежнему разделяет стороны.")
    assert sorted(found[0][1:]) == ["Перу", "Чили"] and found[0][0] == "diverge"


@pytest.mark.slow
def test_stances_concern_expressed_by_a_person_about_another_side(run):
    doc, found = run("Министр иностранных дел Австралии Пенни Вонг выразила обеспокоенность манёврами "
                     "индонезийского флота.")
    assert found == [("concern", "Пенни Вонг", "Индонезия")]
    assert doc.stances[0].topic.startswith("манёврами индонезийского")


@pytest.mark.slow
def test_stances_concern_of_a_side_named_by_an_adjective(run):
    doc, found = run("Турецкая сторона высказала опасения в связи с учениями Греции в Эгейском море.")
    assert found == [("concern", "Турция", "Греция")]
    assert doc.stances[0].topic.startswith("учениями Греции")


@pytest.mark.slow
def test_stances_negative_verbs(run):
    _, condemned = run("Премьер-министр Великобритании Кир Стармер осудил действия Аргентины.")
    assert condemned == [("negative", "Кир Стармер", "Аргентина")]
    _, opposed = run("Президент Бразилии Перейра да Кошта выступает против введения пошлин Мексикой.")
    assert opposed == [("negative", "Перейра да Кошта", "Мексика")]


@pytest.mark.slow
def test_stances_evaluation_is_held_by_the_speaker_of_the_clause(run):
    _, found = run("Канцлер Германии Фридрих Мерц заявил, что решение Польши о закрытии границы неприемлемо.",
                   with_quotes=True)
    assert found == [("negative", "Фридрих Мерц", "Польша")]


@pytest.mark.slow
def test_stances_demonstrative_object_looks_into_the_sentence_before(run):
    _, found = run("Президент Египта Абдель Фаттах ас-Сиси выступил в парламенте. "
                   "Эфиопия продолжает заполнять водохранилище плотины. "
                   "«Это чрезмерная реакция», — сказал президент Египта.")
    assert len(found) == 1 and found[0][0] == "negative" and found[0][2] == "Эфиопия"
    assert found[0][1] in ("Абдель Фаттах ас-Сиси", "Египет")


@pytest.mark.slow
def test_stances_positive_verbs(run):
    _, welcomed = run("Президент Франции Эмманюэль Макрон приветствовал решение Индии о прекращении огня.")
    assert welcomed == [("positive", "Эмманюэль Макрон", "Индия")]
    doc, praised = run("Министр иностранных дел Египта Бадр Абдель Ати высоко оценил помощь Саудовской Аравии.")
    assert praised == [("positive", "Бадр Абдель Ати", "Саудовская Аравия")]
    assert doc.stances[0].cue == "высоко оценил"


@pytest.mark.slow
def test_stances_relations_developing_well(run):
    _, found = run("Президент Казахстана Бекет-Жомарт Сатыбалдиев считает, что отношения Казахстана и Узбекистана "
                   "развиваются успешно.", with_quotes=True)
    assert found == [("positive", "Бекет-Жомарт Сатыбалдиев", "Узбекистан")]


@pytest.mark.slow
def test_stances_we_in_a_transcript_is_the_speakers_side(run):
    doc, found = run("Э.Макрон: Мы провели переговоры с нашими индийскими коллегами в Париже.\n\n"
                     "По климату у нас взгляды близки. Франция готова продолжать диалог.")
    assert found and found[0][0] == "converge" and found[0][2] == "Индия"
    assert found[0][1] in ("Франция", "Макрон")


@pytest.mark.slow
def test_stances_sides_reaching_one_opinion(run):
    _, found = run("Министры иностранных дел Индии и Бразилии встретились в Дели. Индия и Бразилия "
                   "давно сотрудничают. Обе страны пришли к единому мнению по реформе ВТО.")
    assert [(p, {h, o}) for p, h, o in found] == [("converge", {"Индия", "Бразилия"})]


@pytest.mark.slow
def test_stances_goals_and_purposes_are_not_stances(run):
    _, goal = run("Канцлер Германии Фридрих Мерц подчеркнул, что Германия и Польша должны найти общий подход.")
    assert goal == []
    _, purpose = run("Президент Франции Эмманюэль Макрон сделает всё, чтобы Франция поддержала Индию.")
    assert purpose == []


@pytest.mark.slow
def test_stances_evidence_is_the_cue_sentence(run):
    doc, _ = run("Визит продлился два дня. Премьер-министр Великобритании Кир Стармер осудил действия Аргентины. "
                 "Затем он улетел в Лондон.")
    s = doc.stances[0]
    assert doc.text[s.start:s.stop] == "Премьер-министр Великобритании Кир Стармер осудил действия Аргентины."


# ---- common forms: a goal reported as reached, the noun object of a verb, "стороны" as possessors


@pytest.mark.slow
def test_stances_a_common_approach_still_sought_or_to_come_is_no_stance(run):
    assert run("Перу и Чили ищут общий подход к охране границы.")[1] == []
    assert run("Перу и Чили найдут общий подход к охране границы.")[1] == []


@pytest.mark.slow
def test_stances_keeping_up_contacts_is_no_support(run):
    assert run("Аргентина поддерживает тесные контакты с Чили.")[1] == []
    assert run("Аргентина поддерживает позицию Чили в споре о границе.")[1] == [("positive", "Аргентина", "Чили")]


@pytest.mark.slow
def test_stances_regret_protest_and_support_expressed(run):
    assert run("МИД Японии выразил сожаление в связи с решением Южной Кореи.")[1] == [
        ("negative", "МИД Японии", "Южная Корея")]
    assert run("Президент Франции Эмманюэль Макрон выразил поддержку Украине.")[1] == [
        ("positive", "Эмманюэль Макрон", "Украина")]
    assert run("Президент Бразилии выразил соболезнования народу Турции.")[1] == []


@pytest.mark.slow
def test_stances_naming_an_action_by_an_evaluation(run):
    assert run("Министр обороны Чили Майя Фернандес назвала учения Перу безответственными.")[1] == [
        ("negative", "Майя Фернандес", "Перу")]
    assert run("Визит президента Бразилии в Каракас Аргентина расценила как оскорбление.")[1] == [
        ("negative", "Аргентина", "Бразилия")]


@pytest.mark.slow
def test_stances_an_evaluation_in_the_words_of_a_speaker(run):
    _, found = run("Министр иностранных дел Перу Эльмер Шиаллер прибыл в Сантьяго. "
                   "«Заявления Чили о границе носят провокационный характер», — сказал он.", with_quotes=True)
    assert found == [("negative", "Эльмер Шиаллер", "Чили")]


@pytest.mark.slow
def test_stances_seeing_an_action_as_a_provocation_is_against_its_author(run):
    _, found = run("Власти Японии и Южной Кореи рассматривают пуски ракет КНДР как провокации.")
    assert found == [("negative", "Япония", "КНДР")]
    assert run("Правительство Японии рассматривает вопрос о помощи Перу.")[1] == []


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    pytest.param("Глава МИД Индии Рагхунатх Бхатнагар заявил, что позиции Индии и Франции по "
                 "климатической повестке совпадают.",
                 [("converge", "Индия", "Франция")],
                 id="converge_between_the_named_sides"),
    pytest.param("Глава МИД Индии Рагхунатх Бхатнагар заявил, что позиции Индии и Франции по "
                 "климатической повестке не совпадают.",
                 [("diverge", "Индия", "Франция")],
                 id="negation_turns_converge_into_diverge"),
    pytest.param("Министр иностранных дел Австралии Пенни Вонг заявила, что ситуация вокруг Индонезии "
                 "не вызывает опасений.",
                 [],
                 id="negation_blocks_concern"),
    pytest.param("Греческие дипломаты стали лучше понимать турецкие озабоченности.",
                 [],
                 id="a_feeling_no_one_expresses_is_no_stance"),
    pytest.param("Министр иностранных дел Турции Эрдал Кайнак провёл переговоры в Афинах. "
                 "«Пока наши взгляды на миграцию расходятся», — сказал он.",
                 [("diverge", "Турция", "Греция")],
                 id="we_in_a_quote_is_the_speakers_country"),
    pytest.param("Делегации приветствовали подписание соглашения.",
                 [],
                 id="unnamed_groups_hold_no_stance"),
    pytest.param("Разногласия по бюджету сохраняются.",
                 [],
                 id="no_holder_no_stance"),
    pytest.param("Министр иностранных дел Чили Альберто ван Кларен встретился с коллегой из Перу. "
                 "Стороны нашли общий подход к охране границы.",
                 [("converge", "Чили", "Перу")],
                 id="a_common_approach_found_is_converge"),
    pytest.param("Дипломатам Чили и Перу удалось выработать общую позицию по охране границы.",
                 [("converge", "Чили", "Перу")],
                 id="a_common_approach_they_managed_to_find_is_converge"),
    pytest.param("Министры иностранных дел Чили и Перу отметили совпадение позиций по вопросу о границе.",
                 [("converge", "Чили", "Перу")],
                 id="the_coincidence_of_positions_noted_by_the_subject"),
    pytest.param("Президент Чили Габриэль Борич принял президента Перу. "
                 "Президенты констатировали совпадение позиций сторон по вопросу о границе.",
                 [("converge", "Чили", "Перу")],
                 id="the_coincidence_of_the_positions_of_the_sides"),
    pytest.param("Министр иностранных дел Чили Альберто ван Кларен встретился с коллегой из Перу. "
                 "Стороны констатировали, что разногласия по ряду вопросов сохраняются.",
                 [("diverge", "Чили", "Перу")],
                 id="disagreements_the_sides_state_remain"),
])
def test_stances_found(run, text, expected):
    _, found = run(text)
    assert found == expected


@pytest.mark.slow
def test_stances_the_sides_expressing_satisfaction_with_a_second_verb(run):
    _, found = run("Минск, 4 марта. Министры иностранных дел Белоруссии и Индонезии провели переговоры в Минске. "
                   "Белоруссия и Индонезия подписали меморандум.\n\nСтороны договорились ускорить подготовку "
                   "соглашения о торговле и выразили удовлетворение ростом взаимной торговли.")
    assert ("positive", "Белоруссия", "Индонезия") in found


@pytest.mark.slow
def test_stances_an_act_named_after_a_sentence_of_the_holders_side_is_the_other_sides(run):
    _, found = run("Варшава, 4 марта. Министерство иностранных дел Польши объявило двух сотрудников посольства "
                   "Белоруссии персонами нон грата. Польские власти сообщили, что дипломаты занимались шпионажем.\n\n"
                   "Временный поверенный в делах Белоруссии был вызван в МИД Польши. Белорусский дипломат получил "
                   "ноту.\n\nПосольство Белоруссии назвало высылку «недружественным шагом».")
    assert ("negative", "Белоруссия", "Польша") in found


@pytest.mark.slow
def test_stances_a_side_said_to_bear_the_responsibility_is_blamed(run):
    _, found = run("Министр иностранных дел Белоруссии Игорь Лапич заявил, что Литва несет ответственность за "
                   "срыв переговоров.")
    assert found == [("negative", "Игорь Лапич", "Литва")]
