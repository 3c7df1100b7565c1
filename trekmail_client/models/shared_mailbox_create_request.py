from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="SharedMailboxCreateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class SharedMailboxCreateRequest:
    """Create a shared (team) mailbox. It has no direct login.

    Attributes:
        domain_id (int): Id of the domain.
        local_part (str): Local part (before the @): lowercase letters, digits, `_` and `-`, a
            single `.` only between them; must not start with `-`; must not end in
            `_archived_YYYYMMDD_HHMMSS[_n_n]`; at most 64 characters. Example: support.
        display_name (str): Display name, e.g. `Support`.
        member_mailbox_ids (list[int]): Initial members (at least one).
        storage_shared (bool | Unset): Use the shared account pool. Default: True.
        storage_mb (int | Unset): Dedicated storage in MB (required when `storage_shared` is
            false).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    domain_id: int
    local_part: str
    display_name: str
    member_mailbox_ids: list[int]
    storage_shared: bool | Unset = True
    storage_mb: int | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        domain_id = self.domain_id
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        local_part = self.local_part
        if local_part is not UNSET:
            field_dict["local_part"] = local_part
        display_name = self.display_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        try:
            member_mailbox_ids = self.member_mailbox_ids

        except _parsing.PARSE_ERRORS:
            member_mailbox_ids = self.member_mailbox_ids
        if member_mailbox_ids is not UNSET:
            field_dict["member_mailbox_ids"] = member_mailbox_ids
        storage_shared = self.storage_shared
        if storage_shared is not UNSET:
            field_dict["storage_shared"] = storage_shared
        storage_mb = self.storage_mb
        if storage_mb is not UNSET:
            field_dict["storage_mb"] = storage_mb
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
        _raw = d.pop("domain_id", UNSET)
        if _raw is UNSET:
            domain_id = _parsing.missing_field(cls, "domain_id", "int")
        else:
            domain_id = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                domain_id = _parsing.field_mismatch(cls, "domain_id", "int", _raw)

        _raw = d.pop("local_part", UNSET)
        if _raw is UNSET:
            local_part = _parsing.missing_field(cls, "local_part", "str")
        else:
            local_part = _raw
            if not isinstance(_raw, str):
                local_part = _parsing.field_mismatch(cls, "local_part", "str", _raw)

        _raw = d.pop("display_name", UNSET)
        if _raw is UNSET:
            display_name = _parsing.missing_field(cls, "display_name", "str")
        else:
            display_name = _raw
            if not isinstance(_raw, str):
                display_name = _parsing.field_mismatch(cls, "display_name", "str", _raw)

        _raw = d.pop("member_mailbox_ids", UNSET)
        if _raw is UNSET:
            member_mailbox_ids = _parsing.missing_field(
                cls, "member_mailbox_ids", "list[int]"
            )
        else:
            if not isinstance(_raw, list):
                member_mailbox_ids = _parsing.field_mismatch(
                    cls, "member_mailbox_ids", "list[int]", _raw
                )
            else:
                try:
                    member_mailbox_ids = cast(list[int], _raw)

                except _parsing.PARSE_ERRORS as exc:
                    member_mailbox_ids = _parsing.field_mismatch(
                        cls, "member_mailbox_ids", "list[int]", _raw, exc
                    )

        _raw = d.pop("storage_shared", UNSET)
        storage_shared = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            storage_shared = _parsing.field_mismatch(
                cls, "storage_shared", "bool", _raw
            )

        _raw = d.pop("storage_mb", UNSET)
        storage_mb = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            storage_mb = _parsing.field_mismatch(cls, "storage_mb", "int", _raw)

        instance = cls(
            domain_id=domain_id,
            local_part=local_part,
            display_name=display_name,
            member_mailbox_ids=member_mailbox_ids,
            storage_shared=storage_shared,
            storage_mb=storage_mb,
        )
        instance._raw_json = src_dict
        return instance
