"""A name in an oblique case read in another: a dictionary-known given name in apposition to a declined title takes
the title's case where the tagger read a case that name has no form in; a name after a title written as its
nominative is nominative, a word the dictionary knows only as a dative or prepositional written so in every case
(invented sentences and names)."""
import pytest


def persons(doc) -> dict[str, str]:
    """The person mentions' texts → their entity's name."""
    ents = {e.id: e.name for e in doc.entities}
    return {m.text: ents[m.entity] for m in doc.mentions if m.type == "PER" and m.entity in ents}


@pytest.mark.slow
@pytest.mark.parametrize("text, mention, name", [
    ("Посла Швеции в Польше Антала Варгера вызвали в МИД.", "Антала Варгера", "Антал Варгер"),
    ("Делегацию Самоа возглавлял министр земельных и водных ресурсов Филимоне Матева, тонганскую — министр "
     "лесов.", "Филимоне Матева", "Филимоне Матева"),
    ("Делегацию возглавлял министр финансов Габриеле Ломбарди.", "Габриеле Ломбарди", "Габриеле Ломбарди"),
    ("Его принял министр обороны Ивана Соколова.", "Ивана Соколова", "Иван Соколов"),  # a genitive shown stays one
])
def test_a_name_takes_the_case_its_title_and_words_show(annotate, text, mention, name):
    assert persons(annotate(text))[mention] == name
