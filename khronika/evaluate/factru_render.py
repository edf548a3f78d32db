"""Rich tables of the factRuEval-2016 evaluation (``factru``): the scores side by side, the errors."""
from __future__ import annotations

from collections import Counter

from .factru_gold import NER_TYPES, SYSTEMS


def render(result: dict, console) -> None:
    """Both systems side by side, with the F1 delta (ours − natasha)."""
    from rich.table import Table

    table = Table(title=f"factRuEval-2016: {result['documents']} documents, {result['seconds']} s (exact spans)")
    table.add_column("", no_wrap=True)
    table.add_column("gold", justify="right")
    for s in SYSTEMS:
        for k in ("P", "R", "F1"):
            table.add_column(f"{s}\n{k}", justify="right")
    table.add_column("Δ F1", justify="right")

    def cells(x: dict | None) -> list[str]:
        return [f"{x[k]:.3f}" for k in ("precision", "recall", "f1")] if x else ["—"] * 3

    ner = result["ner"]
    for t in (*NER_TYPES, "overall"):
        gold = sum(result["gold"][k] for k in NER_TYPES) if t == "overall" else result["gold"][t]
        delta = ner["ours"][t]["f1"] - ner["natasha"][t]["f1"]
        table.add_row(t, str(gold), *cells(ner["natasha"][t]), *cells(ner["ours"][t]), f"{delta:+.3f}")
    for key, label in (("strict", "Occupation"), ("who_position", "Occupation, who+position")):
        table.add_row(label, str(result["gold"]["occupation"]), *cells(None), *cells(result["occupation"][key]), "")
    table.add_row("Meeting (participants)", str(result["gold"]["meeting"]), *cells(None), *cells(result["meeting"]), "")
    console.print(table)
    console.print(f"Descriptor mentions of ours left out (not names): {result['descriptors_left_out']}")
    if "offsets" in result:
        o = result["offsets"]
        console.print(f"Offsets: {o['tokens'] - o['mismatched']} of {o['tokens']} gold tokens match the text")


def render_errors(errs: list[dict], console, n: int = 40) -> None:
    from rich.table import Table

    for kind, label in (("fp", "false positives"), ("fn", "false negatives")):
        mine = [e for e in errs if e["kind"] == kind]
        counts = Counter(e["category"] for e in mine)
        table = Table(title=f"{label}: {len(mine)} ({', '.join(f'{k} {v}' for k, v in counts.most_common())})")
        for column in ("doc", "category", "text", "other", "context"):
            table.add_column(column, overflow="fold")
        for e in mine[:n]:
            table.add_row(e["doc"], e["category"], e["text"], e["other"], e["context"])
        console.print(table)
