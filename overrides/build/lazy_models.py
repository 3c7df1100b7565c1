"""Rewrite the generated ``models/__init__.py`` so that models load on first use (PEP 562).

openapi-python-client's ``models/__init__.py`` imports every model module, so importing one
endpoint module (which imports ``..models.<name>``) pays for all of them. The rewritten package
keeps the same public names, ``__all__`` and static typing, but imports a model's module only
when the name is first looked up.
"""

from __future__ import annotations

import re
from pathlib import Path

_IMPORT = re.compile(r"^from \.(?P<module>\w+) import (?P<names>[\w, ]+)$", re.MULTILINE)

TEMPLATE = '''"""Data models of requests and responses (generated; loaded lazily on first use)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
{type_imports}

_MODULE_OF: dict[str, str] = {{
{module_map}
}}

__all__ = (
{all_names}
)


def __getattr__(name: str) -> Any:
    try:
        module_name = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}") from None
    value = getattr(importlib.import_module(f".{{module_name}}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
'''


def make_lazy(models_dir: Path) -> int:
    """Rewrite ``models_dir/__init__.py`` in place; return the number of models it exposes.

    Raises:
        ValueError: the generated file holds no ``from .module import Name`` lines (the
            generator's layout changed; update this step).
    """
    init = models_dir / "__init__.py"
    pairs: list[tuple[str, str]] = []
    for match in _IMPORT.finditer(init.read_text(encoding="utf-8")):
        for name in match["names"].split(","):
            pairs.append((name.strip(), match["module"]))
    if not pairs:
        raise ValueError(f"{init} has no model imports; the generator's layout changed")
    pairs.sort()
    init.write_text(
        TEMPLATE.format(
            type_imports="\n".join(f"    from .{mod} import {name}" for name, mod in pairs),
            module_map="\n".join(f'    "{name}": "{mod}",' for name, mod in pairs),
            all_names="\n".join(f'    "{name}",' for name, _ in pairs),
        ),
        encoding="utf-8",
    )
    return len(pairs)
