from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="MailboxLoginAccessRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MailboxLoginAccessRequest:
    """Suspend or resume sign-in on many mailboxes. Give exactly one selector: `mailbox_ids`,
    `domain_id` or `all: true`.

    Attributes:
        login_suspended (bool): `true` suspends sign-in, `false` resumes it.
        reason (str | Unset): Why sign-in is suspended.
        mailbox_ids (list[int] | Unset): Select these mailboxes (1-1000). Give exactly one of
            `mailbox_ids`, `domain_id`, `all`.
        domain_id (int | Unset): Select every mailbox of this domain. Give exactly one of
            `mailbox_ids`, `domain_id`, `all`.
        all_ (bool | Unset): `true` selects every mailbox of the account. Give exactly one of
            `mailbox_ids`, `domain_id`, `all`.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    login_suspended: bool
    reason: str | Unset = UNSET
    mailbox_ids: list[int] | Unset = UNSET
    domain_id: int | Unset = UNSET
    all_: bool | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        login_suspended = self.login_suspended
        if login_suspended is not UNSET:
            field_dict["login_suspended"] = login_suspended
        reason = self.reason
        if reason is not UNSET:
            field_dict["reason"] = reason
        try:
            mailbox_ids: list[int] | Unset = UNSET
            if not isinstance(self.mailbox_ids, Unset):
                mailbox_ids = self.mailbox_ids

        except _parsing.PARSE_ERRORS:
            mailbox_ids = self.mailbox_ids
        if mailbox_ids is not UNSET:
            field_dict["mailbox_ids"] = mailbox_ids
        domain_id = self.domain_id
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        all_ = self.all_
        if all_ is not UNSET:
            field_dict["all"] = all_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a model from decoded JSON, tolerantly (strict inside a ``strict=True`` call).

        Raises:
            ResponseParseError: only inside a call made by a ``strict=True`` client.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            return _parsing.not_an_object(cls, src_dict)
        d = dict(src_dict)
        _raw = d.pop("login_suspended", UNSET)
        if _raw is UNSET:
            login_suspended = _parsing.missing_field(cls, "login_suspended", "bool")
        else:
            login_suspended = _raw
            if not isinstance(_raw, bool):
                login_suspended = _parsing.field_mismatch(
                    cls, "login_suspended", "bool", _raw
                )

        _raw = d.pop("reason", UNSET)
        reason = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            reason = _parsing.field_mismatch(cls, "reason", "str", _raw)

        _raw = d.pop("mailbox_ids", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            mailbox_ids = _parsing.field_mismatch(cls, "mailbox_ids", "list[int]", _raw)
        else:
            try:
                mailbox_ids = cast(list[int], _raw)

            except _parsing.PARSE_ERRORS as exc:
                mailbox_ids = _parsing.field_mismatch(
                    cls, "mailbox_ids", "list[int]", _raw, exc
                )

        _raw = d.pop("domain_id", UNSET)
        domain_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            domain_id = _parsing.field_mismatch(cls, "domain_id", "int", _raw)

        _raw = d.pop("all", UNSET)
        all_ = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            all_ = _parsing.field_mismatch(cls, "all", "bool", _raw)

        instance = cls(
            login_suspended=login_suspended,
            reason=reason,
            mailbox_ids=mailbox_ids,
            domain_id=domain_id,
            all_=all_,
        )
        instance._raw_json = src_dict
        return instance
