"""A mechanism told to lie idle (``бездействовал``, ``бездействует с …``) is a suspended entry, of the year told with
it; a joint session of two governments told after them (``Правительства X и Y провели … совместное заседание``) is a
meeting of that series.  Invented sentences only."""
from khronika.format_retro import suspended_since
from khronika.format_status import status_of
from tests.test_format_history_told import ingested_formats


def _history(tmp_path, text: str, starts: str) -> list[tuple]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    found = [f for f in ingested_formats(tmp_path, path) if f["name"].startswith(starts)]
    assert len(found) == 1, found
    return [(h["status"], h["round"], h["date"]) for h in found[0]["history"]]


def test_idle_words_tell_a_break():
    for sentence in ("Механизм консультаций бездействовал почти четыре года.",
                     "Комиссия бездействует с 2029 года из-за спора о тарифах.",
                     "После выборов рабочие группы бездействовали."):
        assert status_of(sentence, []) == "suspended", sentence
    assert status_of("Грузовики на границе простаивали неделями.", []) != "suspended"


def test_idle_since_a_year_is_suspended_then(tmp_path):
    hist = _history(tmp_path, "Встреча в Монтевидео\n\nМонтевидео, 7 июля 2031 /Агентство/. Министры Уругвая и "
                    "Парагвая провели в Монтевидео пятую сессию Смешанной комиссии Уругвай — Парагвай. Смешанная "
                    "комиссия Уругвай — Парагвай бездействует с 2029 года.\n", "смешанная комиссия")
    assert ("suspended", None, "2029") in hist and ("round", 5, "2031-07-07") in hist


def test_idle_from_the_year_told_before_the_verb_keeps_the_founding(tmp_path):
    hist = _history(tmp_path, "Комиссия в Лиме\n\nЛима, 14 мая 2031 /Андина/. Министры Перу и Эквадора провели во "
                    "вторник в Лиме 9-е заседание двусторонней комиссии по пограничному сотрудничеству. Двусторонняя "
                    "комиссия по пограничному сотрудничеству была создана в 2001 году, но после спора о квотах в 2026 "
                    "году бездействовала три года.\n", "двусторонняя комиссия")
    assert ("suspended", None, "2026") in hist and ("active", None, "2001") in hist


def test_idle_date_reader():
    class X:
        def __init__(self, text, start, relation, iso):
            self.text, self.start, self.relation = text, start, relation
            self.date = type("D", (), {"iso": lambda _self: iso})()

    text = "Совет был создан в 2010 году, но в 2027 году бездействовал."
    at = text.index("2027")
    assert suspended_since(text, [X("2027 году", at, "at", "2027")], 0) == "2027"
    later = "Совет бездействовал, а в 2027 году собрался."
    assert suspended_since(later, [X("2027 году", later.index("2027"), "at", "2027")], 0) is None


def test_a_joint_session_told_after_the_two_governments_is_a_meeting_of_it(tmp_path):
    hist = _history(tmp_path, "Заседание в Вильнюсе\n\nВильнюс, 12 марта 2031 /ЭЛТА/. Правительства Литвы и Польши "
                    "провели во вторник в Вильнюсе совместное заседание. Это четвертое совместное заседание двух "
                    "кабинетов; предыдущее состоялось в Варшаве в мае 2029 года.\nСледующее совместное заседание "
                    "правительств договорились провести в Польше в 2032 году.\n", "совместное заседание")
    # numbered the sentence after; the next one agreed, none held since the fourth: the fifth
    assert ("round", 4, "2031-03-11") in hist and ("planned", 5, "2032") in hist


def test_a_joint_session_told_once_is_no_series(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Заседание в Вильнюсе\n\nВильнюс, 12 марта 2031 /ЭЛТА/. Кабинеты министров Латвии и Эстонии "
                    "провели 11 марта в Риге совместное заседание. Министры обсудили энергетику.\n", encoding="utf-8")
    assert not [f for f in ingested_formats(tmp_path, path) if f["name"].startswith("совместное заседание")]
