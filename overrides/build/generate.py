"""Rebuild ``trekmail_client/`` from ``openapi.json`` and ``overrides/`` (``make generate``).

Steps, all in a scratch folder outside the work tree:
0. the overlay ``overrides/openapi.overlay.yaml`` is applied to ``openapi.json`` (TrekMail's
   document) by ``contract.py``; every later step reads that overlaid contract;
1. our templates (``overrides/templates/``) are copied next to a generated data file,
   ``_trekmail_operations.jinja`` (token, scope and pagination style of each operation, read
   from openapi.json), which the endpoint template imports;
2. openapi-python-client (the version pinned in pyproject.toml) generates the package with
   ``--custom-template-path`` pointing there (our endpoint, model and models-package templates
   replace the stock ones; every other template is the generator's own);
3. the operation table ``_spec.py`` is written from openapi.json;
4. the hand layer ``overrides/trekmail_client/`` is laid over the result.
Then the new tree replaces ``trekmail_client/`` by two renames, so a failed run never leaves a
half-deleted package. ``--check`` compares instead of replacing and exits 1 on any drift.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from contract import OVERLAY, UPSTREAM, ContractError, build_contract
from registry import write_operations_template, write_registry

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "trekmail_client"
HAND_LAYER = ROOT / "overrides" / PACKAGE
TEMPLATES = ROOT / "overrides" / "templates"
JUNK = ("__pycache__", ".ruff_cache")
IGNORED = shutil.ignore_patterns(*JUNK, "*.pyc")


def generate_into(workdir: Path, upstream: Path | None = None, overlay: Path | None = None) -> Path:
    """Generate the full package into ``workdir/trekmail_client`` and return its path.

    Args:
        workdir: an empty scratch folder.
        upstream: TrekMail's document to build from (default: ``openapi.json``); the overlay
            is applied to it into ``workdir/openapi.json``.
        overlay: the overlay to apply (default: ``overrides/openapi.overlay.yaml``).

    Raises:
        SystemExit: the overlay could not be applied (the message names each action that
            matched nothing), or the generator failed or warned (--fail-on-warning).
    """
    out = workdir / PACKAGE
    templates = workdir / "templates"
    try:
        if upstream is None and overlay is None:
            spec = build_contract()
        else:
            spec = build_contract(
                upstream or UPSTREAM, overlay or OVERLAY, out=workdir / "openapi.json"
            )
    except ContractError as error:
        raise SystemExit(str(error)) from None
    shutil.copytree(TEMPLATES, templates, ignore=IGNORED)
    write_operations_template(spec, templates / "_trekmail_operations.jinja")
    cmd = [
        shutil.which("openapi-python-client")
        or str(Path(sys.executable).with_name("openapi-python-client")),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(ROOT / "generator-config.yaml"),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--custom-template-path",
        str(templates),
        "--fail-on-warning",
    ]
    # cwd outside the repo: the generator's ruff post-hooks then use ruff's defaults, not ours.
    # The generator's ruff post-hooks need ruff on PATH: the one installed beside this Python.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True, check=False, env=env)
    if result.returncode != 0 or not out.is_dir():
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {result.returncode})")
    shutil.rmtree(out / ".ruff_cache", ignore_errors=True)  # left by the ruff post-hooks
    count = write_registry(spec, out)
    shutil.copytree(HAND_LAYER, out, dirs_exist_ok=True, ignore=IGNORED)
    ship_contract(spec, out)
    models = len(list((out / "models").glob("[!_]*.py")))
    print(f"generated {count} operations, {models} model modules, hand layer laid in")
    return out


def ship_contract(spec: Path, out: Path) -> None:
    """Copy the overlaid contract ``spec`` into the package as ``testing/openapi.json`` (compact
    JSON), so the installed sandbox reads its route table, scopes and schemas from the package,
    never the repo."""
    import json

    target = out / "testing" / "openapi.json"
    document = json.loads(spec.read_text(encoding="utf-8"))
    target.write_text(
        json.dumps(document, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8"
    )


def tree_diff(a: Path, b: Path) -> list[str]:
    """List the relative paths that differ between two trees (added, removed or changed)."""
    differences: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files:
            if name not in JUNK:
                differences.append(prefix + name)
        for name, sub in cmp.subdirs.items():
            if name not in JUNK:
                walk(sub, f"{prefix}{name}/")

    # Fresh files have new mtimes, so dircmp compares their bytes.
    walk(filecmp.dircmp(a, b, ignore=list(JUNK)), "")
    return sorted(set(differences))


def swap_in(new_tree: Path) -> None:
    """Replace ``ROOT/trekmail_client`` with ``new_tree`` using renames inside the repo."""
    scratch = ROOT / ".generate-scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    staged = scratch / "new"
    shutil.copytree(new_tree, staged, ignore=IGNORED)
    target = ROOT / PACKAGE
    if target.exists():
        target.rename(scratch / "old")
    staged.rename(target)
    shutil.rmtree(scratch)


def hand_modules() -> list[str]:
    """Paths (relative to the repo) of the laid-in hand-written modules, for mypy --strict."""
    return sorted(
        f"{PACKAGE}/{p.relative_to(HAND_LAYER)}"
        for p in HAND_LAYER.rglob("*.py")
        if "__pycache__" not in p.parts
    )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: generate (default), ``--check`` for drift, or list hand modules."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if trekmail_client/ drifts")
    parser.add_argument("--list-hand-modules", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.list_hand_modules:
        print(" ".join(hand_modules()))
        return 0
    with tempfile.TemporaryDirectory(prefix="trekmail-generate-") as tmp:
        fresh = generate_into(Path(tmp))
        if args.check:
            current = ROOT / PACKAGE
            if not current.is_dir():
                print(f"{PACKAGE}/ is missing; run `make generate` and commit it", file=sys.stderr)
                return 1
            drift = tree_diff(fresh, current)
            if drift:
                print(
                    f"{PACKAGE}/ differs from a fresh generation in {len(drift)} file(s):",
                    *("  " + d for d in drift[:50]),
                    "Run `make generate` and commit the result; never edit it by hand.",
                    sep="\n",
                    file=sys.stderr,
                )
                return 1
            print(f"{PACKAGE}/ matches a fresh generation")
            return 0
        swap_in(fresh)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
