"""An agreement named as what is kept, carried out, broken, left or overseen is one reached before, referred to: no
agreement is reached in the sentence (kept.py).  Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Уругвая призвал Аргентину соблюдать достигнутые договоренности о судоходстве по реке.",
    "Парагвай, по словам министра иностранных дел Бразилии, грубо нарушил соглашение о поставках электроэнергии.",
    "Эквадор вышел из соглашения с Колумбией о совместном вылове тунца, сообщил МИД Эквадора.",
    "В Монтевидео собралась на заседание комиссия по контролю за мирным соглашением Гайаны и Суринама.",
    "Этот шаг Чили противоречит духу мирного соглашения между Боливией и Чили, заявили в МИД Боливии.",
    "Министры иностранных дел Гайаны и Суринама обсудили ход реализации соглашения о пограничной торговле между "
    "Гайаной и Суринамом.",
])
def test_an_agreement_kept_or_broken_is_none_reached(types_of, text):
    assert "AGREE" not in types_of(text)


@pytest.mark.parametrize("text", [
    "Министры иностранных дел Уругвая и Аргентины подписали соглашение о контроле за качеством воды в реке.",
    "Уругвай и Аргентина договорились о соблюдении режима тишины на границе.",
    "Министры иностранных дел Чили и Перу достигли договоренности о выполнении плана разминирования.",
])
def test_an_agreement_on_keeping_something_is_one(types_of, text):
    assert "AGREE" in types_of(text)


def test_an_agreement_with_its_own_date_stays_the_background_act(types_of):
    assert "AGREE" in types_of("Министр иностранных дел Аргентины заявил, что Буэнос-Айрес выполняет обязательства по "
                            "соглашению с Уругваем от 4 мая 2019 года.")
