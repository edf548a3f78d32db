import pytest

from khronika.translit import looks_japanese, name_en


@pytest.mark.parametrize("name, country, expected", [
    ("Сергей Лавров", None, "Sergey Lavrov"),
    ("Юрий Ежов", None, "Yuriy Yezhov"),
    ("Наталья Щербакова", None, "Natalya Shcherbakova"),
    ("Ёсихидэ Суга", None, "Yoshihide Suga"),
    ("Сигэру Исиба", None, "Shigeru Ishiba"),
    ("Тосимицу Мотэги", None, "Toshimitsu Motegi"),
    ("Ёко Камикава", None, "Yoko Kamikawa"),
    ("Хаяси Ёсимаса", None, "Hayashi Yoshimasa"),
    ("Таро Асо", "JP", "Taro Aso"),
])
def test_translit_name_en(name, country, expected):
    assert name_en(name, country) == expected


@pytest.mark.parametrize("name, japanese", [("Дзюнъитиро Коидзуми", False), ("Кэнта Идзуми", True),
                                             ("Путин", False), ("Анна Иванова", False)])
def test_translit_looks_japanese(name, japanese):
    assert looks_japanese(name) is japanese
