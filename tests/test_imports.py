"""Imports follow the pipeline's stage order: no module imports a later stage, and no
import cycle. Every import of generator.* counts, at the top of a module or inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"

# Stage of each module, by name prefix (the longest prefix wins). A module may import its
# own stage or an earlier one.
STAGES = {
    "generator": 0,
    "generator.lexicon": 0,
    "generator.text": 0,
    "generator.markdown": 0,
    "generator.model": 0,
    "generator.usercache": 0,
    "generator.settings": 0,
    "generator.mkdocs.urls": 0,
    "generator.mkdocs.material": 0,  # plain tables, no MkDocs import
    "generator.site.urls": 0,  # where each page and raw copy lives: a plain table of names
    "generator.safepath": 0,
    "generator.decode": 1,
    "generator.clean": 2,
    "generator.story": 2,  # where the story sits on a page: the cleaner's span of prose
    "generator.headline": 2,  # the cleaner's headline candidates, scored
    "generator.reader": 3,  # lists seeds; its registry reads each kind with decode and clean
    "generator.htmlpage": 3,  # the saved-page reader (beside reader.py) and its metadata
    "generator.extract": 4,
    "generator.process": 4.5,  # one seed through reader and extract, in a worker or the parent
    "generator.render": 5,
    "generator.site.jsonld": 5,  # an article page's own JSON-LD
    "generator.site": 6,
    "generator.pages": 6,  # pages.py is the site's index page
    "generator.report": 6,  # the audit of rendered pages, beside the site pages
    "generator.cache": 7,
    "generator.snapshot": 7,
    "generator.zensical": 7.5,  # the written pages adapted for Zensical, which runs no hooks
    "generator.write": 8,
    "generator.parallel": 8.5,  # the worker pool the pipeline hands seeds to
    "generator.pipeline": 9,
    "generator.cli": 11,
    "generator.mkdocs": 11,
    "generator.__main__": 11,
}


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imported(node: ast.AST, module: str, is_package: bool, known: set[str]) -> list[str]:
    """generator.* modules one import statement loads: 'from pkg import sub' loads pkg.sub."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        anchor = module.split(".") if is_package else module.split(".")[:-1]
        anchor = anchor[: len(anchor) - node.level + 1]
        base = ".".join(anchor + ([base] if base else []))
    subs = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in known]
    return subs if len(subs) == len(node.names) else subs + [base]


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        is_package = path.name == "__init__.py"
        found = {
            m for node in ast.walk(tree) for m in _imported(node, name, is_package, set(modules))
        }
        graph[name] = {m for m in found if m.split(".")[0] == "generator" and m != name}
    return graph


def _stage(module: str) -> int:
    prefixes = [p for p in STAGES if module == p or module.startswith(p + ".")]
    assert prefixes, f"{module} has no stage in STAGES"
    return STAGES[max(prefixes, key=len)]


def test_every_module_has_a_stage():
    for module in _modules():
        _stage(module)


def test_no_module_imports_a_later_stage():
    later = {(m, d) for m, deps in _graph().items() for d in deps if _stage(d) > _stage(m)}
    assert later == set()


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for dep in sorted(graph.get(node, ())):
            if dep not in index:
                visit(dep)
                low[node] = min(low[node], low[dep])
            elif dep in stack:
                low[node] = min(low[node], index[dep])
        if low[node] == index[node]:
            part = set()
            while True:
                top = stack.pop()
                part.add(top)
                if top == node:
                    break
            if len(part) > 1:
                found.append(part)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle():
    cycles = [c for c in _cycles(_graph())]
    assert cycles == []


def test_a_later_import_in_the_cleaner_is_caught():
    graph = _graph()
    graph["generator.clean"].add("generator.site")
    later = {(m, d) for m, deps in graph.items() for d in deps if _stage(d) > _stage(m)}
    assert ("generator.clean", "generator.site") in later


def test_a_cycle_is_caught():
    graph = _graph()
    graph["generator.lexicon.dates"].add("generator.clean")
    assert any({"generator.clean", "generator.lexicon.dates"} <= c for c in _cycles(graph))
