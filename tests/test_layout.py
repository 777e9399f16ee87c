"""Structure rules of the layout by pipeline stage (issue 9), checked on the source with ``ast``.

* no module under ``zhijian/`` is longer than 400 lines (the allow-list is meant to stay empty);
* no function in ``zhijian/audit/checks/`` is longer than 60 lines;
* imports flow one way, ``engine < acts < audit < phrasing < batch < review < service < cli``: a module never
  imports (at module level, inside a function, under ``TYPE_CHECKING`` or through
  ``importlib.import_module``) a module of a later stage.  ``zhijian/__init__.py`` and
  ``zhijian/taxonomy.py`` are the foundation that any stage may import; ``from zhijian import X``
  counts as importing wherever ``zhijian/__init__.py`` takes ``X`` from.

Each checker is also run on a small synthetic source, so that a checker that cannot fail is noticed.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "zhijian"
STAGES = ("engine", "acts", "audit", "phrasing", "batch", "review", "service", "cli")
RANK = {s: n for n, s in enumerate(STAGES)}
FOUNDATION = ("zhijian", "zhijian.taxonomy")

MAX_MODULE_LINES = 400
# path relative to zhijian/ -> reason; meant to stay empty (report an offender instead of adding it)
LONG_MODULE_ALLOW: dict[str, str] = {}
MAX_CHECK_FUNCTION_LINES = 60


def module_name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {module_name(p): p for p in sorted(PKG.rglob("*.py"))}
# compiled modules (Cython sources, built by pip install): they exist, and import nothing of zhijian
COMPILED: dict[str, Path] = {module_name(p): p for p in sorted(PKG.rglob("*.pyx"))}


def stage_of(name: str) -> str | None:
    """The stage of a ``zhijian`` module name, ``"foundation"``, ``"unknown"``, or None (not zhijian)."""
    parts = name.split(".")
    if parts[0] != "zhijian":
        return None
    if len(parts) == 1 or name in FOUNDATION:
        return "foundation"
    return parts[1] if parts[1] in RANK else "unknown"


@dataclass(frozen=True)
class Import:
    line: int
    target: str  # the module (or package) imported


def _reexports(tree: ast.AST) -> dict[str, str]:
    """Names that a package __init__ takes from another zhijian module (also lazily, inside functions)."""
    out: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("zhijian."):
            for a in node.names:
                out[a.asname or a.name] = node.module
    return out


def _root_reexports() -> dict[str, str]:
    init = PKG / "__init__.py"
    return _reexports(ast.parse(init.read_text(encoding="utf-8"))) if init.exists() else {}


def imports_of(name: str, source: str, is_package: bool, known: set[str], reexports: dict[str, str]) -> list[Import]:
    """Every zhijian module that ``source`` (module ``name``) imports, wherever the import stands."""
    tree = ast.parse(source)
    package = name if is_package else name.rpartition(".")[0]
    out: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [Import(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for a in node.names:
                sub = f"{base}.{a.name}"
                if sub in known:
                    out.append(Import(node.lineno, sub))  # from zhijian.audit import checks
                elif base == "zhijian" and a.name in reexports:
                    out.append(Import(node.lineno, reexports[a.name]))  # from zhijian import Auditor
                else:
                    out.append(Import(node.lineno, base))
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            fn = node.func
            fname = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")
            if fname in ("import_module", "__import__"):
                out.append(Import(node.lineno, node.args[0].value))
    return list(dict.fromkeys(i for i in out if stage_of(i.target) is not None))  # one per line and target


def upward_imports(name: str, source: str, is_package: bool, known: set[str],
                   reexports: dict[str, str]) -> list[str]:
    """The imports of ``name`` that reach a later stage than its own."""
    own = stage_of(name)
    if name == "zhijian":
        return []  # the package root is the public facade: it may re-export any stage
    bad = []
    for imp in imports_of(name, source, is_package, known, reexports):
        target = stage_of(imp.target)
        if target in ("foundation", "unknown"):
            continue
        if own == "foundation" or RANK[target] > RANK[own]:
            bad.append(f"{name}:{imp.line} ({own}) imports {imp.target} ({target})")
    return bad


def _is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


# ---------------------------------------------------------------- (a) module length


def module_lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_module_length_checker_can_fail(tmp_path):
    long_one = tmp_path / "long.py"
    long_one.write_text("x = 1\n" * (MAX_MODULE_LINES + 1), encoding="utf-8")
    short_one = tmp_path / "short.py"
    short_one.write_text("x = 1\n" * MAX_MODULE_LINES, encoding="utf-8")
    assert module_lines(long_one) > MAX_MODULE_LINES >= module_lines(short_one)


def test_no_module_is_over_400_lines():
    too_long = {}
    for name, path in MODULES.items():
        rel = path.relative_to(PKG).as_posix()
        n = module_lines(path)
        if n > MAX_MODULE_LINES and rel not in LONG_MODULE_ALLOW:
            too_long[f"zhijian/{rel}"] = n
    assert not too_long, f"modules over {MAX_MODULE_LINES} lines (split them): {too_long}"


def test_the_long_module_allow_list_is_not_stale():
    for rel in LONG_MODULE_ALLOW:
        path = PKG / rel
        assert path.exists(), f"allow-listed zhijian/{rel} no longer exists"
        assert module_lines(path) > MAX_MODULE_LINES, \
            f"zhijian/{rel} is short now: drop it from the allow-list"


# ---------------------------------------------------------------- (b) check function length


def long_functions(source: str, limit: int) -> list[tuple[str, int]]:
    """Functions (methods and nested ones too) longer than ``limit`` lines, decorators included."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            n = node.end_lineno - first + 1
            if n > limit:
                out.append((node.name, n))
    return out


def test_function_length_checker_can_fail():
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_CHECK_FUNCTION_LINES))
    src = f"@check('x')\ndef long_one(chat):\n{body}\n\ndef short(chat):\n    return 1\n"
    assert long_functions(src, MAX_CHECK_FUNCTION_LINES) == [("long_one", MAX_CHECK_FUNCTION_LINES + 2)]
    nested = f"def outer():\n    def inner():\n{body.replace('    ', '        ')}\n    return inner\n"
    assert {n for n, _ in long_functions(nested, MAX_CHECK_FUNCTION_LINES)} == {"outer", "inner"}


def test_no_function_in_the_checks_is_over_60_lines():
    checks = PKG / "audit" / "checks"
    assert checks.is_dir()
    bad = {}
    for path in sorted(checks.rglob("*.py")):
        for fn, n in long_functions(path.read_text(encoding="utf-8"), MAX_CHECK_FUNCTION_LINES):
            bad[f"{path.relative_to(PKG.parent).as_posix()}:{fn}"] = n
    assert not bad, f"check functions over {MAX_CHECK_FUNCTION_LINES} lines: {bad}"


# ---------------------------------------------------------------- (c) one-way imports


def test_every_module_belongs_to_a_stage():
    stray = [n for n in MODULES if stage_of(n) == "unknown"]
    assert not stray, f"modules outside {STAGES} and the foundation {FOUNDATION}: {stray}"


def test_import_checker_can_fail():
    known = {"zhijian", "zhijian.taxonomy", "zhijian.engine", "zhijian.engine.rules", "zhijian.audit",
             "zhijian.audit.calendar", "zhijian.audit.auditor", "zhijian.cli", "zhijian.batch", "zhijian.batch.runner"}
    reexp = {"Auditor": "zhijian.audit.auditor", "PackError": "zhijian.engine.rules"}

    def up(name, src, pkg=False):
        return upward_imports(name, src, pkg, known, reexp)

    assert up("zhijian.engine.rules", "from zhijian.taxonomy import CATEGORIES\nimport re\n") == []
    assert up("zhijian.engine.rules", "def f():\n    from zhijian.cli import main\n")  # inside a function
    assert up("zhijian.engine.rules", "from ..audit import calendar\n")  # relative, up one package
    assert up("zhijian.engine", "from ..batch.runner import run\n", pkg=True)  # relative, from a package
    assert up("zhijian.engine.rules", "from zhijian import Auditor\n")  # re-exported by the root
    assert up("zhijian.engine.rules", "from zhijian import PackError\n") == []
    assert up("zhijian.audit.auditor", "import importlib\nimportlib.import_module('zhijian.batch.runner')\n")
    assert up("zhijian.audit.auditor", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                       "    import zhijian.cli\n")
    assert up("zhijian.taxonomy", "from zhijian.engine.rules import PackError\n")  # foundation imports no stage
    assert up("zhijian.audit.auditor", "from zhijian.audit import calendar\nfrom zhijian.engine import rules\n") == []
    # audit < phrasing: the script library may use the audit's calendar
    assert up("zhijian.phrasing.library", "from zhijian.audit.calendar import opening\n") == []
    assert up("zhijian.audit.calendar", "from zhijian.phrasing.library import Library\n")


def test_phrasing_importing_the_audit_calendar_is_allowed():
    lib = MODULES.get("zhijian.phrasing.library")
    assert lib is not None, "zhijian/phrasing/library.py is not there"
    imps = imports_of("zhijian.phrasing.library", lib.read_text(encoding="utf-8"), False, set(MODULES),
                      _root_reexports())
    if "zhijian.audit.calendar" not in {i.target for i in imps}:
        return  # nothing to allow: the library no longer imports the calendar (no upward import either way)
    assert upward_imports("zhijian.phrasing.library", lib.read_text(encoding="utf-8"), False, set(MODULES),
                          _root_reexports()) == []


def test_no_module_imports_a_later_stage():
    known, reexp = set(MODULES), _root_reexports()
    bad = []
    for name, path in MODULES.items():
        bad += upward_imports(name, path.read_text(encoding="utf-8"), _is_package(name), known, reexp)
    assert not bad, "imports against the stage order " + " < ".join(STAGES) + ":\n" + "\n".join(bad)


def test_every_zhijian_import_names_an_existing_module():
    known, reexp = set(MODULES) | set(COMPILED), _root_reexports()
    missing = []
    for name, path in MODULES.items():
        for imp in imports_of(name, path.read_text(encoding="utf-8"), _is_package(name), known, reexp):
            if imp.target not in known:
                missing.append(f"{name}:{imp.line} imports {imp.target}")
    assert not missing, "imports of modules that do not exist (old locations?):\n" + "\n".join(missing)
