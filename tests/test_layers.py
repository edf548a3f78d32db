"""The package's import graph: no stage imports a module of a later stage, and no module imports
itself through others (a cycle).  Imports inside functions count as much as those at the top."""
import ast
from pathlib import Path

from khronika.pipeline import STAGES

PACKAGE = Path(__file__).resolve().parent.parent / "khronika"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, modules: set[str]) -> set[str]:
    """The khronika modules a file imports: ``from .x import y`` is ``x.y`` when that is a module, else ``x``."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("khronika")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("khronika"):
                for a in node.names:
                    out.add(f"{target}.{a.name}" if f"{target}.{a.name}" in modules else target)
    return out


def graph() -> dict[str, set[str]]:
    files = {module_name(p): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}
    return {m: {t for t in imports(p, set(files)) if t in files and t != m} for m, p in files.items()}


def stage_of(module: str) -> int | None:
    parts = module.split(".")
    if len(parts) >= 3 and parts[1] == "stages" and parts[2] in STAGES:
        return STAGES.index(parts[2])
    return None


def later_stage_imports(g: dict[str, set[str]]) -> list[str]:
    out = []
    for m, targets in g.items():
        own = stage_of(m)
        for t in targets:
            other = stage_of(t)
            if own is not None and other is not None and other > own:
                out.append(f"{m} (stage {STAGES[own]}) imports {t} (stage {STAGES[other]})")
    return sorted(out)


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected component of more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in g.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def test_no_stage_imports_a_later_stage():
    assert later_stage_imports(graph()) == []


def test_no_import_cycle():
    assert cycles(graph()) == []


def test_the_checks_can_fail():
    g = {"khronika.stages.roles": {"khronika.stages.quotes.finder"}, "khronika.stages.quotes.finder": set(),
         "khronika.a": {"khronika.b"}, "khronika.b": {"khronika.a"}}
    assert later_stage_imports(g) == ["khronika.stages.roles (stage roles) imports khronika.stages.quotes.finder "
                                      "(stage quotes)"]
    assert cycles(g) == [["khronika.a", "khronika.b"]]
