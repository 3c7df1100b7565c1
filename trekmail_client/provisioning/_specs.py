"""Mailbox specs for bulk provisioning, and loading them from CSV or JSON Lines files."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

__all__ = [
    "DELIMITERS",
    "MailboxSpec",
    "RowProblem",
    "SpecFileError",
    "detect_delimiter",
    "load_specs",
    "specs_from_rows",
]

REQUIRED_COLUMNS = ("domain", "local_part")
OPTIONAL_COLUMNS = ("display_name", "storage_allocation_mb")
MAX_FIELD_CHARS = 1_000
"""The longest field a spec row may hold (characters); longer rows are refused by line and
column. The API's own limits (a local part of 64, a display name of 255) are checked by it."""


class SpecFileError(ValueError):
    """A spec file cannot be read at all (missing file, unknown format, missing columns).

    Rows that are individually bad do not raise this; they become :class:`RowProblem` entries so
    that one bad row never stops the others.
    """


def _lower(value: object) -> str:
    return str(value).strip().lower()


def _stripped(value: object) -> str:
    return str(value).strip()


@attrs.frozen
class MailboxSpec:
    """One mailbox to provision.

    Attributes:
        domain: the domain name the mailbox belongs to (``example.com``); matched case-insensitively
            against the account's domains.
        local_part: the part before ``@``; the API validates it (lowercase letters, digits, ``_``,
            ``-``, single dots between them, at most 64 characters).
        display_name: optional display name (at most 255 characters).
        storage_allocation_mb: dedicated storage in MB, or ``None`` to use the shared account pool
            (the API overview, "Mailbox storage allocation").
        line: where the spec came from (1-based data row of the source file), if known.
    """

    domain: str = attrs.field(converter=_lower)
    local_part: str = attrs.field(converter=_stripped)
    display_name: str | None = None
    storage_allocation_mb: int | None = None
    line: int | None = attrs.field(default=None, eq=False)

    @property
    def address(self) -> str:
        """The full email address, ``local_part@domain``."""
        return f"{self.local_part}@{self.domain}"


@attrs.frozen
class RowProblem:
    """A source row that could not become a :class:`MailboxSpec` (reported as a failed outcome).

    Attributes:
        line: the row's line number in the source file (1-based).
        message: what is wrong with the row and how to fix it.
        raw: the row as read, for the report.
    """

    line: int
    message: str
    raw: Mapping[str, Any] = attrs.field(factory=dict)


def _parse_allocation(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError("storage_allocation_mb must be a whole number of MB, not true/false")
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValueError(
            f"storage_allocation_mb {value!r} is not a whole number of MB; "
            "leave it empty to use the shared pool"
        ) from None
    if number < 1:
        raise ValueError(f"storage_allocation_mb must be at least 1 MB, got {number}")
    return number


def _spec_or_problem(line: int, row: Mapping[Any, Any]) -> MailboxSpec | RowProblem:
    """One source row (``line`` is its line number in the file) as a spec or a problem."""
    raw = {k: v for k, v in row.items() if k is not None}
    if "_error" in row:
        return RowProblem(line, f"{row['_error']}; fix the line", raw)
    if row.get(None):  # csv.DictReader puts surplus cells under the key None
        return RowProblem(
            line,
            "more cells than the header has columns; quote cells that contain the separator",
            raw,
        )
    for column, value in raw.items():
        if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            return RowProblem(
                line,
                f"column {column} is {len(value):,} characters long (at most "
                f"{MAX_FIELD_CHARS:,}); shorten it",
                {k: (v[:40] + "...") if isinstance(v, str) else v for k, v in raw.items()},
            )
    missing = [c for c in REQUIRED_COLUMNS if not str(row.get(c) or "").strip()]
    if missing:
        return RowProblem(line, f"empty {', '.join(missing)}; fill it in", raw)
    display = row.get("display_name")
    display_name = (str(display).strip() or None) if display is not None else None
    try:
        allocation = _parse_allocation(row.get("storage_allocation_mb"))
    except ValueError as exc:
        return RowProblem(line, str(exc), raw)
    return MailboxSpec(
        domain=row["domain"],
        local_part=row["local_part"],
        display_name=display_name,
        storage_allocation_mb=allocation,
        line=line,
    )


def specs_from_rows(rows: Iterable[Mapping[str, Any]]) -> Iterator[MailboxSpec | RowProblem]:
    """Turn mappings (for example JSON objects built in code) into specs, one entry per row.

    Args:
        rows: mappings with ``domain`` and ``local_part`` and optionally ``display_name`` and
            ``storage_allocation_mb``; they are numbered from 1 in ``line``.

    Returns:
        an iterator yielding a :class:`MailboxSpec` or a :class:`RowProblem` for every row, in
        order; nothing is dropped.
    """
    for line, row in enumerate(rows, start=1):
        yield _spec_or_problem(line, row)


#: Delimiters a CSV spec file may use, with the names messages give them.
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}


def detect_delimiter(header: str) -> str:
    """The delimiter that splits a CSV header line into the spec columns.

    Spreadsheets in many locales save "CSV" with semicolons, and exports often use tabs; a
    header split by the wrong character would otherwise read as one unknown column.

    Args:
        header: the file's first line.

    Returns:
        one of :data:`DELIMITERS`: the first that splits out the required columns, else the one
        that splits the header into the most cells (the column check then names what is wrong).

    Raises:
        SpecFileError: no known delimiter splits the header at all; the message names the
            character that seems to separate the cells, if any.
    """
    text = header.strip().lstrip("\ufeff")
    for delimiter in DELIMITERS:
        cells = {cell.strip().strip('"') for cell in text.split(delimiter)}
        if all(column in cells for column in REQUIRED_COLUMNS):
            return delimiter
    counts = {delimiter: len(text.split(delimiter)) for delimiter in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    if counts[best] > 1:
        return best  # separated, but the columns are wrong: the header check names them
    odd = sorted({ch for ch in text if not (ch.isalnum() or ch in '_ "')})
    seen = f" (it seems separated by {', '.join(repr(c) for c in odd)})" if odd else ""
    raise SpecFileError(
        f"the header row {text[:80]!r} names no {' and '.join(REQUIRED_COLUMNS)} columns "
        f"separated by a comma, semicolon, tab or pipe{seen}; save the file as CSV with "
        f"a header row such as domain,local_part,display_name,storage_allocation_mb"
    )


def _read_utf8(path: Path) -> str:
    """The file's text; a byte that is not UTF-8 is named by its line and byte offset.

    Raises:
        SpecFileError: the file is not UTF-8.
    """
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        start = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        line = data.count(b"\n", 0, start) + 1
        column = start - (data.rfind(b"\n", 0, start) + 1) + 1
        raise SpecFileError(
            f"{path}: line {line}, byte {column} of the line (byte {start:,} of the file, "
            f"0x{data[start]:02x}) is not UTF-8; save the file as UTF-8 and try again"
        ) from None


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[Any, Any]]]:
    with io.StringIO(_read_utf8(path), newline="") as handle:
        first = handle.readline()
        try:
            delimiter = detect_delimiter(first)
        except SpecFileError as exc:
            raise SpecFileError(f"{path}: {exc}") from None
        handle.seek(0)
        reader = csv.DictReader(handle, delimiter=delimiter)
        header = [h.strip() for h in reader.fieldnames or []]
        known = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
        absent = [c for c in REQUIRED_COLUMNS if c not in header]
        unknown = [c for c in header if c not in known]
        if absent or unknown:
            what = f"lacks {', '.join(absent)}" if absent else f"has unknown {', '.join(unknown)}"
            raise SpecFileError(
                f"{path}: the header row {what}; the first line must name columns from "
                f"{', '.join(known)} ({', '.join(REQUIRED_COLUMNS)} required)"
            )
        reader.fieldnames = header
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:  # a field over the csv module's limit, a stray NUL...
                raise SpecFileError(
                    f"{path}: line {reader.line_num + 1}: {exc} (fields may hold at most "
                    f"{MAX_FIELD_CHARS:,} characters); fix that line"
                ) from None
            yield reader.line_num, row


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict[Any, Any]]]:
    with io.StringIO(_read_utf8(path)) as handle:
        for number, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                value = {"_error": f"not valid JSON ({exc.msg})"}
            yield number, value if isinstance(value, dict) else {"_error": "not a JSON object"}


def load_specs(path: str | Path) -> list[MailboxSpec | RowProblem]:
    """Read mailbox specs from a UTF-8 ``.csv`` file (with a header row) or ``.jsonl`` file.

    Args:
        path: the file; the format follows its suffix (``.csv``, ``.jsonl`` or ``.ndjson``).

    Returns:
        one entry per data row, in order: a :class:`MailboxSpec`, or a :class:`RowProblem` for
        a bad row. ``line`` is the row's line number in the file.

    Raises:
        SpecFileError: the file is missing, not UTF-8 (the message names the line and byte), a
            CSV line cannot be read (a field over the csv module's limit), its suffix is
            unknown, or the CSV header
            lacks a required column, names an unknown one, or is separated by a character
            other than a comma, semicolon, tab or pipe (see :func:`detect_delimiter`).
    """
    file = Path(path)
    if not file.is_file():
        raise SpecFileError(f"{file}: no such file; pass the path of a .csv or .jsonl spec file")
    suffix = file.suffix.lower()
    if suffix == ".csv":
        rows = _csv_rows(file)
    elif suffix in (".jsonl", ".ndjson"):
        rows = _jsonl_rows(file)
    else:
        raise SpecFileError(f"{file}: unknown format {suffix!r}; use a .csv or .jsonl file")
    return [_spec_or_problem(line, row) for line, row in rows]
