"""Stances: positions of one actor towards another, from cue lexicons (``data/stance_cues.tsv``).

Polarities: ``converge`` (``позиции совпадают``, ``единое мнение``, ``общие позиции``, ``отметили
совпадение позиций``, ``стороны нашли общий подход`` — a goal reported as reached, not one sought),
``diverge`` (``позиции расходятся``, ``разногласия``, ``не совпадают``), ``concern`` (``выразил
обеспокоенность``, ``опасения в связи с``), ``negative`` (``неприемлемо``, ``осудил``,
``непропорциональной реакцией``, ``выступает против``, ``выразил сожаление``/``протест``, ``назвал X
безответственным``), ``positive`` (``приветствовал``, ``поддержал`` — not ``поддерживает связи``,
``высоко оценил``, ``выразил поддержку``, ``отношения развиваются неплохо``, ``придаёт большое значение
сотрудничеству с X``, ``назвал отношения «важнейшими»``, ``X и Y — стратегические партнёры``); a claim refused
(``никогда не признаем``, ``претензии X не могут быть приняты``) is negative.

The package, in reading order:

* ``words`` and ``cues``: the lexicons, and where a sentence has a cue (its shape);
* ``context``: the document as read (the quote stage's actors, speakers and salience; the voice
  of each offset; the sides of the document);
* ``checks``: negation and blocking (goals, conditions, questions);
* ``holders``, ``sides``, ``frames`` and ``judge``: who holds the position and who is the other side, by the
  cue's frame (``judge``: evaluations that are stances only of one side about another, partners named so);
* ``relations``: importance given to relations, relations praised, claims refused;
* ``mood``: a meeting's friendly atmosphere (mutual), a side named a friend;
* ``tolerate``: an act against a side not tolerated (``не допустит угроз``), an act that will not stay unanswered
  (``не останутся без ответа``, ``не может оставаться безнаказанным``);
* ``bonds``: what binds two sides, said by one of them (``нас с X объединяет …``);
* ``advocate``: two sides for the same thing (``X и Y выступают за …``, ``Министры … высказались за …``): converge;
* ``sovereignty``: a side's sovereignty questioned or respected, and a side's claim to its own over a place
  (``нет сомнений в своём суверенитете над …``: against the other side);
* ``unreached``: accord told not reached (``единства достичь не удалось``, ``не сблизила позиции``): diverge;
* ``topic``: what it is about;
* ``stage``: ``StanceStage``.

``мы``, ``наши позиции``, ``у нас``, ``по нашим оценкам`` → the speaker's side: the country of the
speaker's role when known, else, when the text shows it (``наши индийские коллеги`` names the other
side, in words not of another speaker), the country most present in the document besides the other side;
in a joint statement (``Совместное заявление … X, Y и Z``) each side its title names; in a quote the quote
stage left without a speaker, the one country its attribution names.  A holder is an entity as
found — a person, an organisation or a country; export maps persons to their countries.  The evidence
is the cue's sentence, kept within its paragraph.

The speakers come from the quote stage (``Document.quotes``, ``speaker``, ``salient``, ``quoted``):
no quote is found here.
"""
from .stage import StanceStage, find_stances

__all__ = ["StanceStage", "find_stances"]
