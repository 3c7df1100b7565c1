"""A basic mailbox of folders and messages for the message-token side.

Shapes follow the official client facts for messages (sections 2, 4, 10, 11): UIDs are positive
integers per folder, lists are newest first with ``before_uid`` paging, special folders are
INBOX, Sent, Drafts, Junk, Trash and Archive.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from ._records import now_iso

__all__ = ["SPECIAL_FOLDERS", "MailStore", "Message"]

SPECIAL_FOLDERS: tuple[str, ...] = ("INBOX", "Sent", "Drafts", "Junk", "Trash", "Archive")
"""Folders every mailbox has; they cannot be created, renamed or deleted."""


@dataclass(slots=True)
class Message:
    """One stored message (bodies in full; no attachments are stored in the sandbox)."""

    uid: int
    folder: str
    sender: str
    to: list[str]
    subject: str
    body_text: str | None
    body_html: str | None
    date: str
    message_id: str
    cc: list[str] = field(default_factory=list)
    seen: bool = False
    flagged: bool = False

    def summary(self) -> dict[str, Any]:
        """The list-row shape."""
        text = self.body_text or ""
        return {
            "uid": self.uid,
            "folder": self.folder,
            "from": self.sender,
            "to": list(self.to),
            "subject": self.subject,
            "date": self.date,
            "snippet": text[:120],
            "flags": {"seen": self.seen, "flagged": self.flagged},
            "has_attachments": False,
            "message_id": self.message_id,
        }

    def full(self, uidvalidity: int) -> dict[str, Any]:
        """The read shape: the summary plus cc, both bodies, attachments and ``uidvalidity``."""
        data = self.summary()
        data.update(
            cc=list(self.cc),
            body_text=self.body_text,
            body_html=self.body_html,
            attachments=[],
            uidvalidity=uidvalidity,
        )
        return data


class MailStore:
    """The folders and messages of one address.

    Args:
        address: the mailbox address.
        uidvalidity: the UIDVALIDITY reported with messages (int).
    """

    def __init__(self, address: str, uidvalidity: int = 7001) -> None:
        self.address = address
        self.uidvalidity = uidvalidity
        self._folders: dict[str, list[Message]] = {name: [] for name in SPECIAL_FOLDERS}
        self._next_uid: dict[str, int] = dict.fromkeys(SPECIAL_FOLDERS, 1)
        self._sent_seq = 0

    def has_folder(self, name: str) -> bool:
        """Whether folder ``name`` exists."""
        return name in self._folders

    def folders(self) -> list[dict[str, Any]]:
        """Every folder with its counts, special folders first."""
        names = list(self._folders)
        rows: list[dict[str, Any]] = []
        for name in names:
            parent, _, _leaf = name.rpartition("/")
            rows.append(
                {
                    "name": name.rsplit("/", 1)[-1],
                    "path": name,
                    "delimiter": "/",
                    "parent": parent or None,
                    "depth": name.count("/"),
                    "has_children": any(n.startswith(name + "/") for n in names),
                    "special_use": name if name in SPECIAL_FOLDERS else None,
                    "total": len(self._folders[name]),
                    "unread": sum(1 for m in self._folders[name] if not m.seen),
                }
            )
        return rows

    def create_folder(self, name: str, parent: str | None = None) -> str:
        """Create a folder and return its path. The caller checks the name first."""
        path = f"{parent}/{name}" if parent else name
        self._folders.setdefault(path, [])
        self._next_uid.setdefault(path, 1)
        return path

    def rename_folder(self, path: str, target: str) -> None:
        """Rename ``path`` (and its sub-folders) to ``target``; the caller checks both."""
        for name in [n for n in self._folders if n == path or n.startswith(path + "/")]:
            new = target + name[len(path) :]
            self._folders[new] = self._folders.pop(name)
            self._next_uid[new] = self._next_uid.pop(name)
            for message in self._folders[new]:
                message.folder = new

    def delete_folder(self, path: str) -> None:
        """Delete ``path``, its sub-folders and their messages; the caller checks it exists."""
        for name in [n for n in self._folders if n == path or n.startswith(path + "/")]:
            del self._folders[name]
            del self._next_uid[name]

    def empty(self, folder: str) -> int:
        """Delete every message of ``folder``; returns how many there were."""
        count = len(self._folders.get(folder, ()))
        if count:
            self._folders[folder] = []
        return count

    def append(
        self,
        folder: str,
        *,
        sender: str,
        to: list[str],
        subject: str,
        body_text: str | None,
        body_html: str | None,
        cc: list[str] | None = None,
        seen: bool = False,
    ) -> Message:
        """Store a new message in ``folder`` with the next UID and return it."""
        uid = self._next_uid[folder]
        self._next_uid[folder] = uid + 1
        self._sent_seq += 1
        message = Message(
            uid=uid,
            folder=folder,
            sender=sender,
            to=list(to),
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            date=now_iso(),
            message_id=f"<sandbox-{self._sent_seq}-{uid}@{self.address.partition('@')[2]}>",
            cc=list(cc or []),
            seen=seen,
        )
        self._folders[folder].append(message)
        return message

    def list_messages(
        self,
        folder: str,
        *,
        limit: int,
        before_uid: int | None = None,
        unread_only: bool = False,
        search: str | None = None,
    ) -> tuple[list[Message], bool, int | None]:
        """Newest first: (messages, has_more, next_before_uid) for UIDs below ``before_uid``."""
        rows = self._folders[folder]
        end = (
            len(rows)
            if before_uid is None
            else bisect.bisect_left([m.uid for m in rows], before_uid)
        )
        needle = search.lower() if search else None
        picked: list[Message] = []
        index = end - 1
        while index >= 0 and len(picked) <= limit:
            message = rows[index]
            index -= 1
            if unread_only and message.seen:
                continue
            if needle is not None and needle not in message.subject.lower():
                continue
            picked.append(message)
        has_more = len(picked) > limit
        page = picked[:limit]
        next_before = page[-1].uid if has_more and page else None
        return page, has_more, next_before

    def get(self, folder: str, uid: int) -> Message | None:
        """The message with ``uid`` in ``folder``, or None."""
        for message in self._folders.get(folder, ()):
            if message.uid == uid:
                return message
        return None

    def remove(self, folder: str, uid: int) -> Message | None:
        """Delete and return the message, or None when it is not there."""
        message = self.get(folder, uid)
        if message is not None:
            self._folders[folder].remove(message)
        return message

    def move(self, folder: str, uid: int, destination: str) -> Message | None:
        """Move a message to ``destination`` (it gets a new UID there); None when absent."""
        message = self.remove(folder, uid)
        if message is None:
            return None
        moved = self.append(
            destination,
            sender=message.sender,
            to=message.to,
            subject=message.subject,
            body_text=message.body_text,
            body_html=message.body_html,
            cc=message.cc,
            seen=message.seen,
        )
        moved.flagged = message.flagged
        return moved
