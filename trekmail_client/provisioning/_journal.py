"""The run journal: one SQLite row per input row, committed as each row finishes.

The design (sdk-design section 5, "Bulk provisioning"; issue 7): a provisioning run records
every row's outcome in a journal (the standard library's ``sqlite3``, WAL mode, file mode 0600)
in the same transaction that makes the outcome known, so a re-run after any crash sends only
what is unfinished, with the same idempotency keys, and no one-time password is lost.

Row states (column ``state``):

- ``pending``: never sent.
- ``in_flight``: sent (its idempotency key and, in bulk mode, its batch are recorded) with no
  answer recorded yet. After a crash or an interruption these rows are the only ones whose
  fate is unknown; a re-run re-sends them with the same key (and in bulk mode as the same
  batch, so the key is the same) and the server replays its stored answer.
- ``follow_up``: the mailbox exists (its id and one-time password are recorded) but something
  the row asked for is still to do (its display name, or a replacement for a one-time
  password the run never saw).
- ``created``, ``already_existed``, ``failed``: finished. A re-run skips them, except
  ``failed`` rows whose failure may pass (rate limits, server errors, connection failures,
  follow-ups, a failed domain lookup, ``storage_pool_exceeded``), which it sends again.

Column ``final`` (1) marks a failed row the server refused for good (HTTP 422, or a failed
row of a bulk answer, other than ``storage_pool_exceeded``): sending the same row again would
be refused again, so a re-run sends nothing for it; fix the row and run it with a new
journal. Journals written before the column existed get it (0) when opened.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from .._backoff import PaceMemory
from ._outcomes import OutcomeStatus, ProvisionOutcome
from ._specs import MailboxSpec, RowProblem

__all__ = ["Entry", "Journal", "JournalError", "JournalRow", "row_fingerprint"]

SCHEMA_VERSION = "1"
PENDING, IN_FLIGHT, FOLLOW_UP = "pending", "in_flight", "follow_up"
UNFINISHED = frozenset({PENDING, IN_FLIGHT, FOLLOW_UP})
#: Failure codes that describe the input itself: sending the row again cannot change them.
FINAL_CODES = frozenset({"invalid_row", "duplicate_row"})
#: The file beside the journal that holds its ``flock`` (one run per journal at a time).
LOCK_SUFFIX = ".lock"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rows (
    idx INTEGER PRIMARY KEY,
    line INTEGER,
    address TEXT,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL,
    idempotency_key TEXT,
    batch_key TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    runs INTEGER NOT NULL DEFAULT 0,
    code TEXT,
    message TEXT,
    mailbox_id INTEGER,
    replayed INTEGER NOT NULL DEFAULT 0,
    display_name_done INTEGER NOT NULL DEFAULT 0,
    password_lost INTEGER NOT NULL DEFAULT 0,
    pending_password TEXT,
    one_time_password TEXT,
    app_password TEXT,
    updated_at REAL,
    final INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS rows_state ON rows (state);
"""


@attrs.frozen
class Entry:
    """One row's news for :meth:`Journal.record`.

    Attributes:
        index: the row (0-based input index).
        outcome: what is known of it (status, id, code, message, passwords).
        state: the row's new state: an :class:`OutcomeStatus` value or ``follow_up``.
        attempts: sends to add to the row's count.
        display_name_done, password_lost: flags to set (``None`` leaves them).
        final: the server refused the row for good (a re-run does not send it again); the
            journal's ``final`` column is set to this on every record.
    """

    index: int
    outcome: ProvisionOutcome
    state: str
    attempts: int = 0
    display_name_done: bool | None = None
    password_lost: bool | None = None
    final: bool = False


class JournalError(ValueError):
    """The journal cannot be used for this run: not a journal, written for another input file
    or other settings, or not writable. The message names the problem and the fix."""


def row_fingerprint(entry: MailboxSpec | RowProblem) -> str:
    """A SHA-256 hex digest of what a row asks for (not its line number).

    Args:
        entry: a spec, or a row that could not be read (its message and raw cells count).

    Returns:
        64 hex digits; equal for equal rows.
    """
    if isinstance(entry, MailboxSpec):
        value: dict[str, Any] = {
            "domain": entry.domain,
            "local_part": entry.local_part,
            "display_name": entry.display_name,
            "storage_allocation_mb": entry.storage_allocation_mb,
        }
    else:
        value = {"problem": entry.message, "raw": {str(k): str(v) for k, v in entry.raw.items()}}
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@attrs.frozen
class JournalRow:
    """One journal row as read back (``trekmail provision status/export``, resumed runs).

    Attributes: the columns of the ``rows`` table (see the module docstring for ``state`` and
    ``final``). ``one_time_password`` and ``app_password`` are kept out of ``repr``.
    """

    idx: int
    line: int | None
    address: str | None
    fingerprint: str
    state: str
    idempotency_key: str | None
    batch_key: str | None
    attempts: int
    runs: int
    code: str | None
    message: str | None
    mailbox_id: int | None
    replayed: bool
    display_name_done: bool
    password_lost: bool
    pending_password: str | None = attrs.field(repr=False)
    one_time_password: str | None = attrs.field(repr=False)
    app_password: str | None = attrs.field(repr=False)
    updated_at: float | None
    final: bool = False

    @property
    def finished(self) -> bool:
        """True for a row a re-run leaves alone: created, already existed, or failed for
        good (a problem of the input, or refused by the server for good: ``final``)."""
        if self.state in UNFINISHED:
            return False
        return self.state != OutcomeStatus.FAILED.value or self.code in FINAL_CODES or self.final

    def to_dict(self, *, include_secrets: bool = False) -> dict[str, Any]:
        """A JSON-ready view (for export); passwords only when ``include_secrets``."""
        out: dict[str, Any] = {
            "line": self.line,
            "address": self.address,
            "state": self.state,
            "mailbox_id": self.mailbox_id,
            "code": self.code,
            "message": self.message,
            "attempts": self.attempts,
            "runs": self.runs,
            "replayed": self.replayed,
            "idempotency_key": self.idempotency_key,
            "final": self.final,
        }
        if include_secrets:
            out["one_time_password"] = self.one_time_password
            out["app_password"] = self.app_password
        return out


_COLUMNS = [f.name for f in attrs.fields(JournalRow)]
_BOOLS = {"replayed", "display_name_done", "password_lost", "final"}


def _row(values: Sequence[Any]) -> JournalRow:
    data = dict(zip(_COLUMNS, values, strict=True))
    for name in _BOOLS:
        data[name] = bool(data[name])
    return JournalRow(**data)


def _create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 (SQLite gives its -wal and -shm files the same)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise JournalError(
            f"{path}: cannot create the journal ({exc.strerror}); pass --journal with a "
            "path in a writable folder"
        ) from None
    os.close(fd)


def journal_files(path: Path) -> list[Path]:
    """A journal's files (list of paths): the database ``path``, SQLite's ``-wal`` and ``-shm``
    files beside it, and the ``.lock`` file that :func:`_lock` holds."""
    return [path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", LOCK_SUFFIX))]


def _lock(file: Path) -> int:
    """Hold an exclusive ``flock`` on ``FILE.lock``; return its descriptor.

    A separate file, because closing any descriptor of the database file would drop SQLite's
    own POSIX locks on it.
    """
    path = file.with_name(file.name + LOCK_SUFFIX)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise JournalError(
            f"{path}: cannot create the journal's lock file ({exc.strerror}); pass --journal "
            "with a path in a writable folder"
        ) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise JournalError(
            f"{file} is in use by another run; wait for it to end, or pass another --journal path"
        ) from None
    return fd


class Journal:
    """A provisioning run journal in one SQLite file (or in memory).

    Open it with :meth:`open`; :meth:`bind` ties it to an input and settings. Every write is
    one transaction, committed before the method returns (``synchronous=FULL``, so a committed
    outcome survives a crash of the process and of the machine).

    Args:
        connection: an open ``sqlite3`` connection (use :meth:`open`).
        path: the file, or ``None`` for an in-memory journal.
    """

    def __init__(
        self, connection: sqlite3.Connection, path: Path | None, lock: int | None = None
    ) -> None:
        self._db = connection
        self._lock = lock
        self.path = path
        self.writes = 0
        """Transactions committed by this process (int)."""

    @classmethod
    def open(cls, path: str | Path | None, *, create: bool = True) -> Journal:
        """Open (and with ``create``, create) a journal.

        Args:
            path: the journal file; ``None`` or ``":memory:"`` for a journal that lives only as
                long as the process (the Python API's default).
            create: create the file when missing (``False`` for read-only commands).

        Returns:
            the journal; the file's mode is set to 0600. With ``create`` the journal is locked
            for this process (``flock`` on ``PATH.lock``, released on close or when the process
            dies), so two runs never write one journal at once; readers take no lock.

        Raises:
            JournalError: the file is missing (``create=False``), cannot be created, is not a
                journal, or another run holds it.
        """
        if path is None or str(path) == ":memory:":
            db = sqlite3.connect(":memory:", isolation_level=None)
            db.executescript(_SCHEMA)
            return cls(db, None)
        file = Path(path)
        if file.is_dir():
            raise JournalError(f"{file} is a folder; pass the path of a journal file")
        if not file.exists():
            if not create:
                raise JournalError(f"{file}: no such journal; pass the file a run wrote")
            if not file.parent.is_dir():
                raise JournalError(
                    f"{file}: the folder {file.parent} does not exist; create it or pass "
                    "another --journal path"
                )
            _create_private(file)
        try:
            os.chmod(file, 0o600)
        except OSError:
            pass  # not ours to change; SQLite still reads it
        lock = _lock(file) if create else None
        try:
            db = sqlite3.connect(str(file), isolation_level=None, timeout=30.0)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.executescript(_SCHEMA)
            _upgrade(db, file)
        except JournalError:
            db.close()
            if lock is not None:
                os.close(lock)
            raise
        except sqlite3.DatabaseError as exc:
            if lock is not None:
                os.close(lock)
            raise JournalError(
                f"{file} is not a provisioning journal ({exc}); pass another --journal path"
            ) from None
        return cls(db, file, lock)

    def close(self) -> None:
        """Close the connection (outcomes are already committed) and release the lock."""
        self._db.close()
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    # -- binding to an input ------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        """The run settings the journal was written with (``mode``, ``namespace``...)."""
        return dict(
            self._db.execute("SELECT key, value FROM meta WHERE key NOT LIKE 'pace:%'").fetchall()
        )

    def bind(
        self, entries: Sequence[MailboxSpec | RowProblem], settings: dict[str, str]
    ) -> list[JournalRow]:
        """Tie the journal to ``entries`` and ``settings``, or check that it already is.

        A new journal gets one ``pending`` row per entry, in one transaction. A journal that
        already has rows must have been written for the same rows (same fingerprints in the
        same order) and the same settings, else nothing is sent.

        Args:
            entries: the run's rows, in input order.
            settings: values that change the requests (``mode``, ``namespace``...).

        Returns:
            the journal's rows, in input order.

        Raises:
            JournalError: the journal was written for another input or other settings.
        """
        prints = [row_fingerprint(e) for e in entries]
        meta = self.meta()
        if not meta:
            now = time.time()
            with self._transaction():
                self._db.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("schema_version", SCHEMA_VERSION),
                        ("created_at", str(now)),
                        *settings.items(),
                    ],
                )
                self._db.executemany(
                    "INSERT INTO rows (idx, line, address, fingerprint, state, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (
                            i,
                            e.line,
                            e.address if isinstance(e, MailboxSpec) else None,
                            p,
                            PENDING,
                            now,
                        )
                        for i, (e, p) in enumerate(zip(entries, prints, strict=True))
                    ],
                )
            return self.rows()
        where = self.path or "the journal"
        for key, value in settings.items():
            if meta.get(key) != value:
                option = "--" + key.replace("_", "-")
                raise JournalError(
                    f"{where} was written with {option} {meta.get(key)}, this run has "
                    f"{option} {value}; resume with the same {option}, or pass a new "
                    "--journal path"
                )
        rows = self.rows()
        changed = [
            (entry, row)
            for entry, row, digest in zip(entries, rows, prints, strict=False)
            if row.fingerprint != digest
        ]
        if len(rows) != len(entries) or changed:
            detail = (
                f"line {changed[0][0].line} differs"
                if changed
                else f"{len(rows)} rows, not {len(entries)}"
            )
            raise JournalError(
                f"{where} was written for another version of the input ({detail}); resume "
                "with the file it was written for, or pass a new --journal path for this one"
            )
        return rows

    # -- reading ------------------------------------------------------------------------------

    def rows(self) -> list[JournalRow]:
        """Every row, in input order."""
        cursor = self._db.execute(f"SELECT {', '.join(_COLUMNS)} FROM rows ORDER BY idx")
        return [_row(values) for values in cursor]

    def row(self, index: int) -> JournalRow | None:
        """The row at 0-based input ``index``, or None."""
        values = self._db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM rows WHERE idx = ?", (index,)
        ).fetchone()
        return None if values is None else _row(values)

    def iter_rows(self) -> Iterator[JournalRow]:
        """Every row, in input order, read lazily (for export)."""
        cursor = self._db.execute(f"SELECT {', '.join(_COLUMNS)} FROM rows ORDER BY idx")
        for values in cursor:
            yield _row(values)

    def state_counts(self) -> Counter[str]:
        """Rows per state (``failed`` split as ``failed: CODE``)."""
        counts: Counter[str] = Counter()
        for state, code, n in self._db.execute(
            "SELECT state, code, COUNT(*) FROM rows GROUP BY state, code"
        ):
            counts[f"failed: {code}" if state == "failed" else state] += n
        return counts

    def passwords_recorded(self) -> int:
        """Rows with a one-time password recorded."""
        (n,) = self._db.execute(
            "SELECT COUNT(*) FROM rows WHERE one_time_password IS NOT NULL"
        ).fetchone()
        return int(n)

    def pace_memory(self, fingerprint: str) -> PaceMemory | None:
        """What an earlier run learned of the pace of the token with ``fingerprint`` (never
        the token), or ``None``."""
        found = self._db.execute(
            "SELECT value FROM meta WHERE key = ?", (f"pace:{fingerprint}",)
        ).fetchone()
        if found is None:
            return None
        try:
            data = json.loads(found[0])
            ceiling = data.get("ceiling")
            sustained = data.get("sustained")
            return PaceMemory(
                float(ceiling) if ceiling is not None else None,
                int(data.get("granted", 0)),
                float(sustained) if sustained is not None else None,
            )
        except (ValueError, TypeError, AttributeError):
            return None  # unreadable: learn again

    # -- writing ------------------------------------------------------------------------------

    def save_pace(self, fingerprint: str, memory: PaceMemory) -> None:
        """Record what the pace of the token with ``fingerprint`` has learned (one
        transaction), for a resumed run to start from."""
        value = json.dumps(
            {"ceiling": memory.ceiling, "granted": memory.granted, "sustained": memory.sustained}
        )
        with self._transaction():
            self._db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (f"pace:{fingerprint}", value),
            )

    def _transaction(self) -> _Transaction:
        return _Transaction(self)

    def mark_sent(self, indexes: Iterable[int], key: str, batch_key: str | None) -> None:
        """Record that the rows are being sent with ``key`` (one transaction, before the send).

        A row already ``in_flight`` from an earlier run keeps its state; ``runs`` counts the
        runs that sent the row.
        """
        with self._transaction():
            self._db.executemany(
                "UPDATE rows SET state = CASE WHEN state = 'follow_up' THEN state ELSE ? END, "
                "idempotency_key = ?, batch_key = ?, runs = runs + 1, updated_at = ? "
                "WHERE idx = ?",
                [(IN_FLIGHT, key, batch_key, time.time(), i) for i in indexes],
            )

    def record(self, items: Iterable[Entry], *, save_passwords: bool) -> None:
        """Record outcomes, all in one transaction.

        Args:
            items: one :class:`Entry` per row.
            save_passwords: also store the one-time and app passwords (else they are dropped).
        """
        now = time.time()
        with self._transaction():
            for item in items:
                outcome = item.outcome
                secret = outcome.one_time_password if save_passwords else None
                app = outcome.app_password if save_passwords else None
                flags = (item.display_name_done, item.password_lost)
                self._db.execute(
                    "UPDATE rows SET state = ?, attempts = attempts + ?, code = ?, message = ?, "
                    "mailbox_id = COALESCE(?, mailbox_id), replayed = ?, "
                    "one_time_password = COALESCE(one_time_password, ?), "
                    "app_password = COALESCE(app_password, ?), "
                    "display_name_done = COALESCE(?, display_name_done), "
                    "password_lost = COALESCE(?, password_lost), final = ?, updated_at = ? "
                    "WHERE idx = ?",
                    (
                        item.state,
                        item.attempts,
                        outcome.code,
                        outcome.message,
                        outcome.mailbox_id,
                        int(outcome.replayed),
                        secret,
                        app,
                        *(None if flag is None else int(flag) for flag in flags),
                        int(item.final),
                        now,
                        item.index,
                    ),
                )

    def set_pending_password(self, index: int, password: str) -> None:
        """Store a replacement password before it is sent (so a crash cannot lose it)."""
        with self._transaction():
            self._db.execute(
                "UPDATE rows SET pending_password = ?, updated_at = ? WHERE idx = ?",
                (password, time.time(), index),
            )

    def password_replaced(self, index: int) -> None:
        """The pending password was set on the server: it becomes the row's password."""
        with self._transaction():
            self._db.execute(
                "UPDATE rows SET one_time_password = pending_password, pending_password = NULL, "
                "password_lost = 0, updated_at = ? WHERE idx = ?",
                (time.time(), index),
            )


def _upgrade(db: sqlite3.Connection, file: Path) -> None:
    """Add the columns later versions brought to a journal an earlier version wrote (``final``:
    0 for every row, so a row refused before it existed is sent once more, then marked).

    Raises:
        JournalError: the journal needs the column and cannot be written.
    """
    columns = {row[1] for row in db.execute("PRAGMA table_info(rows)")}
    if "final" not in columns:
        try:
            db.execute("ALTER TABLE rows ADD COLUMN final INTEGER NOT NULL DEFAULT 0")
        except sqlite3.OperationalError as exc:
            raise JournalError(
                f"{file} was written by an earlier version and needs a new column, but cannot "
                f"be changed ({exc}); make it (and its folder) writable, or read a copy"
            ) from None


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on an exception)."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def __enter__(self) -> None:
        self._journal._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *args: object) -> None:
        db = self._journal._db
        if kind is None:
            db.execute("COMMIT")
            self._journal.writes += 1
        else:
            db.execute("ROLLBACK")
