"""The layers and rooms of #14 hold: `lint-imports` (the contracts in pyproject.toml) passes on
the tree, fails on a copy of the tree with one upward import or one import between rooms that
skips their public modules, and the modules of courses form no import cycle."""

import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
PACKAGES = ["jobgroup_platform", "live_sessions", "courses", "content", "accounts", "toolkit"]


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture
def tree_copy(tmp_path):
    """The Python packages, pyproject.toml and tools/ copied, so a test can break the copy."""
    for name in [*PACKAGES, "tools"]:
        shutil.copytree(
            ROOT / name,
            tmp_path / name,
            ignore=shutil.ignore_patterns("__pycache__", "static", "locale", "templates"),
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_contracts_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_an_upward_import_breaks_the_layers(tree_copy):
    selectors = tree_copy / "courses" / "groups" / "selectors.py"
    selectors.write_text(selectors.read_text() + "\nfrom live_sessions import models  # noqa\n")
    result = lint_imports(tree_copy)
    assert result.returncode != 0
    assert "courses is not allowed to import live_sessions" in result.stdout


def test_a_room_may_not_import_another_rooms_views(tree_copy):
    selectors = tree_copy / "courses" / "workbook" / "selectors.py"
    selectors.write_text(selectors.read_text() + "\nfrom courses.groups import views  # noqa\n")
    result = lint_imports(tree_copy)
    assert result.returncode != 0
    assert "courses.workbook.selectors -> courses.groups.views" in result.stdout


def _cycles(graph, modules: set[str]) -> list[set[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative enough here)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module) & modules:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(component)

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycle_among_the_modules_of_courses():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    modules = {m for m in graph.modules if m.startswith("courses") and ".migrations" not in m}
    assert _cycles(graph, modules) == []
