"""A sentence that turns to what goes on meanwhile (``Тем временем …``, ``Между тем …``) starts another story: its
act is of the day of publication, not of the day of the act told just before it (invented news)."""
import pytest

pytestmark = pytest.mark.slow

STORY = ("Посол Латвии был вызван в МИД Литвы, где ему вручили ноту протеста в связи с задержанием судна. "
         "Судно под флагом Того было задержано латвийскими пограничниками накануне. "
         "{opening} в Риге министр иностранных дел Латвии Байба Браже отвергла обвинения Вильнюса.")


@pytest.mark.parametrize("opening", ["Тем временем", "Между тем"])
def test_an_act_told_meanwhile_is_of_the_day_of_publication(lima_news, opening):
    doc = lima_news(STORY.format(opening=opening))
    [reject] = [e for e in doc.events if e.type == "REJECT"]
    assert reject.date.iso() == "2024-05-17"
