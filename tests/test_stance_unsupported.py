"""Charges said to rest on nothing (``обвинения … не подкреплены ни одним фактом``, ``ничем не подтверждены``), on
sentences written for these tests with invented persons: who says so holds a negative stance towards who made the
charge; the same verbs not negated, or of anything but a charge, are none."""
import pytest

pytestmark = pytest.mark.slow

EXPELLED = "Белоруссия выслала литовского консула, обвинив его в шпионаже. "


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param(EXPELLED + "«Обвинения в адрес нашего консула не подкреплены ни одним фактом», — заявил министр "
                 "иностранных дел Литвы Миндаугас Гедрис.", [("negative", "Миндаугас Гедрис", "Белоруссия")],
                 id="not_backed_by_a_single_fact"),
    pytest.param(EXPELLED + "«Претензии к нашему консулу не подкреплены никакими доказательствами», — сказал министр "
                 "иностранных дел Литвы Миндаугас Гедрис.", [("negative", "Миндаугас Гедрис", "Белоруссия")],
                 id="claims_backed_by_no_evidence"),
    pytest.param("Россия обвинила эстонских дипломатов в шпионаже. Министр иностранных дел Эстонии Аллар Пыдра "
                 "заявил, что обвинения против эстонских дипломатов ничем не подтверждены.",
                 [("negative", "Аллар Пыдра", "Россия")], id="confirmed_by_nothing"),
    pytest.param(EXPELLED + "«Наши данные подкреплены фактами», — сказал министр иностранных дел Литвы Миндаугас "
                 "Гедрис.", [], id="backed_not_negated"),
    pytest.param("Россия сообщила о задержании эстонского дипломата. Министр иностранных дел Эстонии Аллар Пыдра "
                 "заявил, что эти данные пока не подтверждены.", [], id="data_not_confirmed"),
])
def test_stance_of_unsupported_charges(run, text, expected):
    accusers = {"Белоруссия", "Россия"}  # the charge of the sentence before is a stance of its own
    assert [s for s in run(text) if s[1] not in accusers] == expected
