"""A foreign name the tagger calls an instrumental though none of its words ends as one takes the title before it
(sentences written for these tests)."""
import pytest

from khronika.records import Token
from khronika.stages.roles.attach import name_case

pytestmark = pytest.mark.slow


def _token(text, case):
    return Token(text=text, start=0, stop=len(text), pos="PROPN", feats={"Case": case})


def test_an_instrumental_tag_with_no_instrumental_ending_is_no_case():
    assert name_case([_token("Эдвальд", "Ins"), _token("Кречке", "Ins")]) is None
    assert name_case([_token("Эдвальдом", "Ins"), _token("Кречке", "Ins")]) == "Ins"


def test_a_title_before_a_name_tagged_instrumental_by_guess_is_its_role(roles):
    text = ("Министр иностранных дел Никарагуа Эдвальд Кречке в письме, направленном в Гавану, поблагодарил "
            "кубинских коллег.")
    assert ("Эдвальд Кречке", "министр иностранных дел", "Никарагуа") in roles(text)
