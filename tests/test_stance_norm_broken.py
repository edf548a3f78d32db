"""A partner called natural; a breach of a court's decision or of airspace: the owner of the norm broken is whom the
breach wrongs or who set it, never the side that breaks it. Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министр иностранных дел Египта назвал Турцию «естественным партнером Египта в Средиземноморье».",
                 [("positive", "Египет", "Турция")], id="a_natural_partner"),
    pytest.param("МИД Эстонии заявил, что российский вертолет нарушил воздушное пространство Эстонии.",
                 [("negative", "МИД Эстонии", "Россия")], id="airspace_broken"),
    pytest.param("Министр иностранных дел Перу заявил: «Их арест — грубое нарушение постановления Международного "
                 "трибунала». Перу вручило ноту протеста Чили.",
                 [("negative", "Перу", "Чили"), ("negative", "Перу", "Чили")], id="a_court_decision_broken"),
])
def test_norm_broken(stances_of, text, expected):
    assert stances_of(text) == expected
