"""A military rank between an office's body and the name is the holder's own title, in any case (sentences written
for these tests)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Посол вручил письмо председателя Военного совета генерала Омара Хасана.",
    "Посол вручил письмо председателя Военного совета генерал-майора Омара Хасана.",
])
def test_a_rank_after_the_body_of_an_office_in_the_genitive_is_the_holders(roles_of, text):
    found = {(name, position) for name, position, _ in roles_of(text)}
    assert ("Омар Хасан", "председатель") in found, found
    assert not any(position.startswith("председатель генерал") for _, position in found), found
