"""A meeting put off told with the date it had been set for before the words of its setting (``А 9 декабря в Осло
должен был пройти третий раунд …, его отложили``): postponed, of that date; a weekday (its week untold) dates nothing.
Invented sentences only."""
from tests.test_format_idle_and_joint import _history

_HEAD = ("Неделя дипломатии\n\nМосква, 11 декабря 2030 /Газета/. На прошлой неделе Норвегия и Исландия договорились "
         "о квотах. ")


def test_the_date_told_before_it_was_to_be_held(tmp_path):
    hist = _history(tmp_path, _HEAD + "А 9 декабря в Осло должен был пройти третий раунд норвежско-японского "
                    "экономического диалога — его Токио отложил еще в ноябре.\n", "экономический диалог")
    assert ("postponed", 3, "2030-12-09") in hist


def test_the_date_told_after_it_as_before(tmp_path):
    hist = _history(tmp_path, _HEAD + "Третий раунд норвежско-японского экономического диалога должен был пройти в "
                    "Осло 9 декабря, но Токио его отложил.\n", "экономический диалог")
    assert ("postponed", 3, "2030-12-09") in hist


def test_a_weekday_before_it_dates_nothing(tmp_path):
    hist = _history(tmp_path, _HEAD + "А в понедельник в Осло должен был пройти третий раунд норвежско-японского "
                    "экономического диалога — его Токио отложил еще в ноябре.\n", "экономический диалог")
    assert ("postponed", 3, None) in hist
