"""A photo gallery's captions (captions.py), its numbered items (``2/6. …``) and what its captions tell (a sentence
without a verb that names its actors and then the meeting, dated by its item's label); on pages written for these
tests."""
import pytest

from khronika.captions import with_captions
from khronika.stages.clean.items import digest_items

GALLERY = """<html><body><main><h1>Дипломатическая неделя: фотохроника</h1>
<p class="lead">Переговоры и консультации — в подборке фотографий.</p>
<figure><img src="1.jpg"><figcaption>1/3. Чили, Сантьяго, 2 марта. Министры иностранных дел Чили и Перу Хуан Ибаньес
и Ана Кастро перед началом третьего заседания межправительственной комиссии. Фото: Ана Лопес/AFP</figcaption></figure>
<figure><img src="2.jpg"><figcaption>2/3. Уругвай, Монтевидео, 4 марта. Заместители министров Уругвая и Парагвая во
время политических консультаций. © Reuters</figcaption></figure>
<figure><img src="3.jpg"><figcaption>3/3. Боливия, Ла-Пас, 5 марта. Посол Аргентины Луис Роблес вручает верительные
грамоты президенту Боливии. Фото: пресс-служба президента</figcaption></figure>
</main></body></html>"""
LEAD = "Дипломатическая неделя: фотохроника\n\nПереговоры и консультации — в подборке фотографий."


def test_a_gallerys_captions_follow_its_text_without_their_credits():
    text = with_captions(GALLERY, LEAD)
    assert text.startswith(LEAD) and text.count("\n\n") == 4
    assert "межправительственной комиссии.\n\n2/3." in text and "Фото:" not in text and "©" not in text


def test_an_articles_caption_stays_out():
    body = "Министры иностранных дел Чили и Перу провели переговоры в Лиме. " * 20
    page = ("<html><body><h1>Переговоры в Лиме</h1><p>" + body + "</p><figure><img src='1.jpg'><figcaption>Министры "
            "Чили и Перу на переговорах в Лиме. Фото: Ана Лопес/AFP</figcaption></figure></body></html>")
    assert with_captions(page, body) == body


def test_a_gallerys_numbered_captions_are_a_digests_items():
    items = digest_items(with_captions(GALLERY, LEAD))
    assert len(items) == 3


@pytest.mark.slow
def test_a_caption_tells_the_meeting_it_names_on_its_items_day(read_news):
    text = with_captions(GALLERY, LEAD)
    found = {(e.type, e.date.iso(), e.round) for e in read_news(text, "2031-03-28").events}
    assert ("CONSULT", "2031-03-02", 3) in found and ("CONSULT", "2031-03-04", None) in found


@pytest.mark.slow
def test_a_releases_title_without_a_verb_tells_no_act_it_names_as_a_reason_or_a_topic(read_news):
    text = "Ответ Департамента печати МИД Чили на вопрос СМИ в связи с вручением ноты протеста чилийскому послу в Лиме"
    assert read_news(text, "2031-03-28").events == ()
