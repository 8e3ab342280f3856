"""Who may import whom (docs/architecture.md), checked by walking the imports.

Every import statement of every module of the five apps is read with Python's
``ast`` (also imports inside functions), relative imports resolved. Allowed
arrows between apps:

- partners -> lansingerland;
- sociale_kaart, activiteiten, meldpunt -> partners and lansingerland;
- activiteiten and meldpunt -> sociale_kaart;
- the composition root (COMPOSITION_ROOT) -> all apps.

Any other arrow fails, and so does an import cycle between apps, a module
that imports the composition root or a management command, and a module over
400 lines (settings and migrations aside). Run this file directly
(``python tests/lansingerland/test_architecture.py``) to print the arrows.
"""

import ast
import collections
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ("partners", "sociale_kaart", "activiteiten", "meldpunt", "lansingerland")
DOMAINS = ("sociale_kaart", "activiteiten", "meldpunt")
ALLOWED = {
    "lansingerland": set(),
    "partners": {"lansingerland"},
    "sociale_kaart": {"partners", "lansingerland"},
    "activiteiten": {"partners", "lansingerland", "sociale_kaart"},
    "meldpunt": {"partners", "lansingerland", "sociale_kaart"},
}
#: Modules that put the apps together and so may import all of them: the
#: URLs, the home page, the sitemap and the command that loads real data.
COMPOSITION_ROOT = {
    "lansingerland/urls.py",
    "lansingerland/views.py",
    "lansingerland/sitemaps.py",
    "lansingerland/management/commands/load_real_data.py",
}
COMPOSITION_MODULES = {
    path.removesuffix(".py").replace("/", ".") for path in COMPOSITION_ROOT
}
MAX_LINES = 400
#: Arrows that break the rules today and are still to be removed (issue 16),
#: as (module, imported app). The list may only shrink: an entry that no
#: longer occurs fails the test too, so it is struck when fixed.
KNOWN_ARROWS: set[tuple[str, str]] = set()
#: Modules over MAX_LINES today, still to be split; may only shrink.
KNOWN_LONG: set[str] = set()


def _python_files(*folders: str):
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" not in relative:
                yield relative


def _module_name(relative: str) -> str:
    name = relative.removesuffix(".py").replace("/", ".")
    return name.removesuffix(".__init__")


def _imports(relative: str) -> set[str]:
    """Dotted names of the modules ``relative`` imports (relative resolved)."""
    tree = ast.parse((ROOT / relative).read_text(), filename=relative)
    package = _module_name(relative)
    if not relative.endswith("__init__.py"):
        package = package.rpartition(".")[0]
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def app_arrows() -> dict[tuple[str, str], set[str]]:
    """{(from app, to app): modules of the first that import the second}; the
    composition root's own arrows are left out."""
    arrows = collections.defaultdict(set)
    for relative in _python_files(*APPS):
        source = relative.split("/")[0]
        if relative in COMPOSITION_ROOT:
            continue
        for name in _imports(relative):
            target = name.split(".")[0]
            if target in APPS and target != source:
                arrows[(source, target)].add(relative)
    return arrows


def test_apps_import_each_other_only_along_the_allowed_arrows():
    found = {
        (module, target)
        for (source, target), modules in app_arrows().items()
        if target not in ALLOWED[source]
        for module in modules
    }
    assert sorted(found - KNOWN_ARROWS) == [], "arrows against docs/architecture.md"
    assert sorted(KNOWN_ARROWS - found) == [], "fixed: strike from KNOWN_ARROWS"


def test_no_import_cycle_between_apps():
    graph = collections.defaultdict(set)
    for (source, target), modules in app_arrows().items():
        # The known arrows still to remove make cycles of their own.
        if modules - {module for module, app in KNOWN_ARROWS if app == target}:
            graph[source].add(target)

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for step in graph[start] - seen:
            if step == goal or reaches(step, goal, seen | {step}):
                return True
        return False

    assert [app for app in APPS if reaches(app, app, set())] == []


def test_nothing_imports_the_composition_root_or_a_management_command():
    offenders = []
    for relative in _python_files(*APPS):
        for name in _imports(relative):
            if relative not in COMPOSITION_ROOT and any(
                name == module or name.startswith(module + ".")
                for module in COMPOSITION_MODULES
            ):
                offenders.append((relative, name))
            if ".management.commands." in name + "." and "/management/" not in (
                relative
            ):
                offenders.append((relative, name))
    assert offenders == []


def test_no_module_is_over_400_lines():
    long = {
        relative
        for relative in _python_files(*APPS, "tests", "benchmarks", "scripts")
        if not Path(relative).name.startswith("settings")
        and len((ROOT / relative).read_text().splitlines()) > MAX_LINES
    }
    assert sorted(long - KNOWN_LONG) == [], f"over {MAX_LINES} lines: split them"
    assert sorted(KNOWN_LONG - long) == [], "split: strike from KNOWN_LONG"
