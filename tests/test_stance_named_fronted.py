"""``Этот шаг X назвал «недружественным»``: the object of a verb of naming before the verb, the adjective its
complement, is named so as in ``X назвал этот шаг «недружественным»``: held by who names it, towards the side the
demonstrative points back to. Sentences written for these tests with invented persons."""
import pytest

pytestmark = pytest.mark.slow

BEFORE = "Министр иностранных дел Чили Хуан Перес прокомментировал решение Перу. "


@pytest.mark.parametrize("text, expected", [
    pytest.param(BEFORE + "Этот шаг Перес назвал «недружественным».", [("negative", "Хуан Перес", "Перу")],
                 id="fronted_object"),
    pytest.param(BEFORE + "Перес назвал этот шаг «недружественным».", [("negative", "Хуан Перес", "Перу")],
                 id="object_after_the_verb"),
    pytest.param(BEFORE + "Этот шаг Перес назвал важным.", [], id="no_cue_adjective"),
])
def test_stance_named_fronted(stances_of, text, expected):
    assert stances_of(text) == expected
