"""Paradigm: a finite verb coordinated after a verb that governs an infinitive (``призвал X «не допускать …» и
осудил Y``) shares that verb's subject, however the parse hung it from the infinitive: the second verb's stance is
the subject's.  Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,polarity,holders", [
    ("Министр иностранных дел Чили Рауль Сепульведа призвал Лиму «не допускать провокаций» и осудил «античилийскую "
     "риторику» перуанских депутатов.", "negative", ("Рауль Сепульведа", "Чили")),
    ("Глава МИД Ганы Кваме Асанте пообещал «продолжить переговоры» и раскритиковал позицию Того.", "negative",
     ("Кваме Асанте", "Гана")),
    ("Премьер-министр Непала Рам Бахадур Тхапа предложил «вернуться к консультациям» и поддержал инициативу Индии.",
     "positive", ("Рам Бахадур Тхапа", "Непал")),
    ("Министр иностранных дел Кении Питер Мванги потребовал от Уганды «освободить задержанных» и осудил действия "
     "угандийской полиции.", "negative", ("Питер Мванги", "Кения")),
    ("Президент Перу Хорхе Салас решил отозвать посла из Сантьяго и осудил решение Чили.", "negative",
     ("Хорхе Салас", "Перу")),
    ("Министерство иностранных дел Ганы призвало Того «воздержаться от односторонних шагов» и осудило обстрел "
     "пограничного поста.", "negative", ("Министерство иностранных дел Ганы", "Гана")),
])
def test_stances_a_second_verb_after_an_infinitive_clause_has_the_first_verbs_subject(stances_of, text, polarity,
                                                                                       holders):
    found = stances_of(text)
    assert any(s[0] == polarity and s[1] in holders for s in found), found


def test_stances_a_second_infinitive_is_no_stance_of_its_own(stances_of):
    found = stances_of("Министр иностранных дел Ганы Кваме Асанте призвал Того «прекратить обстрелы» и вернуть "
                       "пленных.")
    assert not [s for s in found if s[0] == "positive"]
