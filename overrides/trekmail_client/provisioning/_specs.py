"""Mailbox specs for bulk provisioning, and loading them from CSV or JSON Lines files."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from .._local_part import check_local_part

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
"""The longest field a spec row may hold (characters). :func:`load_specs` refuses a file with a
longer field, naming its line and column; :func:`specs_from_rows` makes the row a
:class:`RowProblem`. The API's own limits (a local part of 64, a display name of 255) are
checked by it."""


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
    for column, value in raw.items():
        if isinstance(value, str) and "\x00" in value:
            return RowProblem(
                line,
                f"column {column} holds a NUL character (at character {value.index(chr(0)) + 1}"
                "); remove it",
                raw,
            )
    missing = [c for c in REQUIRED_COLUMNS if not str(row.get(c) or "").strip()]
    if missing:
        return RowProblem(line, f"empty {', '.join(missing)}; fill it in", raw)
    local_part = str(row["local_part"]).strip()
    if local_part != local_part.lower():
        # TrekMail (and the sandbox) refuse capitals in a local part with a 422 rather than
        # lower-casing them; refusing here names the row before anything is sent.
        # The lower-cased form is suggested only when the API would accept it: lower() of
        # some capitals is not an ASCII letter ('İ' gives 'i' and a combining dot).
        lowered = local_part.lower()
        fix = (
            f"write it as {lowered!r}"
            if check_local_part(lowered) is None
            else "write it with those characters only (ASCII letters, at most 64 characters)"
        )
        return RowProblem(
            line,
            f"column local_part {local_part!r} has capital letters; TrekMail accepts only "
            f"lowercase letters, digits, '_', '-' and single dots: {fix}",
            raw,
        )
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


#: Byte-order marks of the encodings a "Unicode" save from a spreadsheet or editor often uses
#: (UTF-32 first: its little-endian mark begins with UTF-16's).
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)
_UTF8_BOM = b"\xef\xbb\xbf"


def _wide_encoding(data: bytes) -> str | None:
    """ "UTF-16", "UTF-32", "UTF-16 or UTF-32", or None: what ``data`` looks like when it is
    not UTF-8. A byte-order mark names it; without one, NUL bytes making up a quarter or more
    of the first line do (ASCII text in UTF-16 is half NULs, in UTF-32 three quarters)."""
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            return name
    first = data[: data.find(b"\n") if b"\n" in data[:4096] else 4096]
    if first and first.count(0) * 4 >= len(first):
        return "UTF-16 or UTF-32"
    return None


def _where(data: bytes, offset: int) -> str:
    """``line L, byte B of the line (byte F of the file)`` for the 0-based ``offset`` into
    ``data``; all three numbers are 1-based, as editors count them."""
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return f"line {line:,}, byte {column:,} of the line (byte {offset + 1:,} of the file)"


def _read_utf8(path: Path) -> str:
    """The file's text (a UTF-8 byte-order mark is dropped).

    A byte that is not UTF-8 is named by its 1-based line, byte of the line and byte of the
    file; a file that looks like UTF-16 or UTF-32 (a byte-order mark, or NULs between the
    characters of the first line) gets a hint to save it as UTF-8.

    Raises:
        SpecFileError: the file is not UTF-8.
    """
    data = path.read_bytes()
    wide = _wide_encoding(data)
    hint = (
        f'; the file looks like {wide} (a spreadsheet\'s "Unicode text"): save it as '
        '"CSV UTF-8" (or re-encode it, e.g. iconv -t UTF-8) and try again'
        if wide
        else "; save the file as UTF-8 and try again"
    )
    skip = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        raise SpecFileError(
            f"{path}: {_where(data, offset)} is 0x{data[offset]:02x}, not UTF-8{hint}"
        ) from None
    if wide:  # decodes as UTF-8 (ASCII with NULs) but is not text a person wrote
        offset = data.find(b"\x00")
        raise SpecFileError(f"{path}: {_where(data, offset)} is a NUL byte{hint}")
    return text


def _too_long(path: Path, line: int, column: str, value: Any) -> None:
    """Refuse the file when ``value`` is a string over :data:`MAX_FIELD_CHARS` characters.

    Raises:
        SpecFileError: naming the line and column, with the fix.
    """
    if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
        raise SpecFileError(
            f"{path}: line {line:,}, column {column}: the field is {len(value):,} characters "
            f"long (at most {MAX_FIELD_CHARS:,}); shorten it (a quote left open can also run "
            "one field into the following lines)"
        )


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[Any, Any]]]:
    text = _read_utf8(path)
    with io.StringIO(text, newline="") as handle:
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
            start = reader.line_num + 1  # the line the next record starts on
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise SpecFileError(
                    f"{path}: line {start:,}: cannot be read as CSV ({exc}); fix that line"
                ) from None
            for column, value in row.items():
                if column is None:  # surplus cells, past the header's columns
                    for value_ in value or []:
                        _too_long(path, start, "past the header's last", value_)
                else:
                    _too_long(path, start, column, value)
            yield reader.line_num, row


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict[Any, Any]]]:
    known = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
    with io.StringIO(_read_utf8(path)) as handle:
        for number, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                value = {"_error": f"not valid JSON ({exc.msg})"}
            else:
                if not isinstance(value, dict):
                    value = {"_error": "not a JSON object"}
                elif unknown := [key for key in value if key not in known]:
                    # Refused as a CSV header with an unknown column is: a misspelt key
                    # ("localpart", "storage_mb") would otherwise drop its value silently.
                    raise SpecFileError(
                        f"{path}: line {number:,} has unknown key "
                        f"{', '.join(repr(key) for key in unknown)}; each line must be a JSON "
                        f"object with keys from {', '.join(known)} "
                        f"({', '.join(REQUIRED_COLUMNS)} required)"
                    )
            for column, cell in value.items():
                _too_long(path, number, str(column), cell)
            yield number, value


@contextlib.contextmanager
def _csv_field_limit(limit: int) -> Iterator[None]:
    """Raise the csv module's field size limit (process-wide) while a file is read, so an
    over-long field reaches the loader's own check (which names its line and column) instead
    of failing inside the csv module; the old limit is restored after."""
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, limit))
    try:
        yield
    finally:
        csv.field_size_limit(old)


def load_specs(path: str | Path) -> list[MailboxSpec | RowProblem]:
    """Read mailbox specs from a UTF-8 ``.csv`` file (with a header row) or ``.jsonl`` file.

    Args:
        path: the file; the format follows its suffix (``.csv``, ``.jsonl`` or ``.ndjson``).

    Returns:
        one entry per data row, in order: a :class:`MailboxSpec`, or a :class:`RowProblem` for
        a bad row. ``line`` is the row's line number in the file.

    Raises:
        SpecFileError: the file is missing; is not UTF-8 (the message names the 1-based line,
            byte of the line and byte of the file, and says when the file looks like UTF-16 or
            UTF-32); holds a field over :data:`MAX_FIELD_CHARS` (1,000) characters (named by
            line and column); has a CSV line that cannot be read; has an unknown suffix; has a
            JSON Lines object with a key other than the four columns (named with its line and
            the known keys); or has a CSV header that lacks a required column, names an
            unknown one, or is
            separated by a character other than a comma, semicolon, tab or pipe (see
            :func:`detect_delimiter`).

    Rows with a NUL character in any column, or capital letters in ``local_part`` (TrekMail
    refuses them rather than lower-casing them; ``domain`` is lower-cased, as domain names are
    case-insensitive), become :class:`RowProblem` entries naming the column.
    """
    file = Path(path)
    if not file.is_file():
        raise SpecFileError(f"{file}: no such file; pass the path of a .csv or .jsonl spec file")
    suffix = file.suffix.lower()
    if suffix == ".csv":
        with _csv_field_limit(file.stat().st_size + 1):
            return [_spec_or_problem(line, row) for line, row in _csv_rows(file)]
    if suffix in (".jsonl", ".ndjson"):
        return [_spec_or_problem(line, row) for line, row in _jsonl_rows(file)]
    raise SpecFileError(f"{file}: unknown format {suffix!r}; use a .csv or .jsonl file")
