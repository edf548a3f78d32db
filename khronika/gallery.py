"""The captions of a photo gallery page, which the text extraction leaves out.

A gallery (``Фотохроника``, ``Фоторепортаж``) tells its news in the captions of its photos: each ``<figcaption>``
names the place, the day, who met whom (``2/6. Иордания, Амман, 19 ноября. Спецпосланник … на пресс-конференции``).
The extraction drops captions as page furniture, and the page is left with its headline and a line of lead.
``with_captions`` puts them back, after the text, one paragraph each, without their counters (``1/6.``, ``Фото 2 из
4.``) and their credits (``Фото: Иван Петров/ТАСС``, ``© Агентство / Иван Петров``, an element of class ``credit``).

Only a page that declares itself a gallery gets its captions: a schema.org ``ImageGallery`` (or ``MediaGallery``) in
its JSON-LD or microdata, or ``MIN_CAPTIONS`` captions or more inside an element whose class names a gallery
(``gallery``, ``photoreport``, ``slider``).  The captions of an article's photos repeat its text or name its
illustrations (``Президент X (слева) на саммите в 2025 году``), and stay out.
"""
from __future__ import annotations

import re

MIN_CAPTIONS = 3  # a gallery shows at least this many captioned photos
MIN_WORDS = 4  # a caption of fewer words ("Фото 3 из 6") tells no news
_SCHEMA = re.compile(r"""["']@type["']\s*:\s*["'](?:Image|Media)Gallery["']|schema\.org/(?:Image|Media)Gallery""")
_GALLERY_CLASS = re.compile(r"gallery|galery|photoreport|photo-report|fotoreport|slider|carousel", re.I)
_CREDIT_CLASS = re.compile(r"credit|copyright|author|source|photographer", re.I)
# "1/6.", "Фото 2 из 4.", "2 из 6 —" before a caption
_COUNTER = re.compile(r"^\s*(?:(?:фото|снимок|слайд)\s+)?\d{1,3}\s*(?:/|из)\s*\d{1,3}\s*[.:—–-]?\s*", re.I)
# "Фото: Иван Петров/ТАСС", "© Sputnik / Ален Нгема", "Источник фото: AP" to the end of the caption
_CREDIT = re.compile(r"\s*(?:(?<![\w-])(?:фото|фотография|источник фото|автор фото|видео)\s*:|©|\(c\)).*$",
                     re.I | re.S)
_SPACES = re.compile(r"\s+")


def gallery_captions(html: str) -> list[str]:
    """The captions of a gallery page's photos, in page order, cleaned (module notes); none for another page."""
    if "figcaption" not in html.lower():
        return []
    import lxml.html  # installed with trafilatura: only for HTML

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    captions = root.xpath("//figcaption")
    if not _SCHEMA.search(html) and not _in_gallery(captions):
        return []
    out = []
    for caption in captions:
        for credit in caption.xpath(".//*[@class]"):
            if _CREDIT_CLASS.search(credit.get("class", "")):
                credit.drop_tree()
        text = _CREDIT.sub("", _COUNTER.sub("", _SPACES.sub(" ", caption.text_content()).strip())).strip()
        if len(text.split()) >= MIN_WORDS and text not in out:
            out.append(text)
    return out


def _in_gallery(captions: list) -> bool:
    """``MIN_CAPTIONS`` captions or more inside one element whose class names a gallery."""
    holders: dict[object, int] = {}
    for caption in captions:
        for parent in caption.iterancestors():
            if _GALLERY_CLASS.search(parent.get("class", "") or ""):
                holders[parent] = holders.get(parent, 0) + 1
                break
    return any(n >= MIN_CAPTIONS for n in holders.values())


def with_captions(html: str, text: str) -> str:
    """``text`` (paragraphs apart by a blank line) with a gallery's captions (``gallery_captions``) that it does not
    already hold after it, one paragraph each."""
    plain = _SPACES.sub(" ", text)
    added = [c for c in gallery_captions(html) if c not in plain]
    return "\n\n".join([text, *added]) if added else text
