"""Route every generated ``_build_response`` through ``trekmail_client._parsing.parse_checked``.

A post-generation step: the generated endpoint modules parse 2xx bodies with
``parsed=_parse_response(client=client, response=response)``; this rewrites that one call in
each module so a body that does not match the contract raises the SDK's ``ResponseParseError``
instead of a bare ``KeyError``. It fails loudly if the generator's layout changes.
"""

from __future__ import annotations

from pathlib import Path

CALL = "parsed=_parse_response(client=client, response=response),"
CHECKED = "parsed=parse_checked(_parse_response, client=client, response=response),"
ANCHOR = "from ... import errors\n"
IMPORT = "from ..._parsing import parse_checked\n"


def route_parsing(package_dir: Path) -> int:
    """Rewrite the endpoint modules under ``package_dir/api``; return how many were rewritten.

    Raises:
        ValueError: a module lacks the expected call or import (the generator changed).
    """
    count = 0
    for module in sorted((package_dir / "api").glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        text = module.read_text(encoding="utf-8")
        if text.count(CALL) != 1 or text.count(ANCHOR) != 1:
            raise ValueError(f"{module}: the generated parse call changed; update {__file__}")
        text = text.replace(CALL, CHECKED).replace(ANCHOR, ANCHOR + IMPORT)
        module.write_text(text, encoding="utf-8")
        count += 1
    return count
