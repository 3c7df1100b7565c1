from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="InviteBulkItem")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class InviteBulkItem:
    """One invite of a bulk call.

    Attributes:
        local_part (str): Local part (before the @): lowercase letters, digits, `_` and `-`, a
            single `.` only between them; must not start with `-`; must not end in
            `_archived_YYYYMMDD_HHMMSS[_n_n]`; at most 64 characters. Example: jane.doe.
        recipient_email (str): Who receives the invitation.
        domain_id (int | Unset): Per-item domain (overrides the batch `domain_id`).
        storage_allocation_mb (int | None | Unset): Dedicated storage in MB carved out of the
            account pool. Omitted or null: the mailbox uses the shared account pool.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    local_part: str
    recipient_email: str
    domain_id: int | Unset = UNSET
    storage_allocation_mb: int | None | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        local_part = self.local_part
        if local_part is not UNSET:
            field_dict["local_part"] = local_part
        recipient_email = self.recipient_email
        if recipient_email is not UNSET:
            field_dict["recipient_email"] = recipient_email
        domain_id = self.domain_id
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        try:
            storage_allocation_mb: int | None | Unset
            if isinstance(self.storage_allocation_mb, Unset):
                storage_allocation_mb = UNSET
            else:
                storage_allocation_mb = self.storage_allocation_mb
        except _parsing.PARSE_ERRORS:
            storage_allocation_mb = self.storage_allocation_mb
        if storage_allocation_mb is not UNSET:
            field_dict["storage_allocation_mb"] = storage_allocation_mb
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
        _raw = d.pop("local_part", UNSET)
        if _raw is UNSET:
            local_part = _parsing.missing_field(cls, "local_part", "str")
        else:
            local_part = _raw
            if not isinstance(_raw, str):
                local_part = _parsing.field_mismatch(cls, "local_part", "str", _raw)

        _raw = d.pop("recipient_email", UNSET)
        if _raw is UNSET:
            recipient_email = _parsing.missing_field(cls, "recipient_email", "str")
        else:
            recipient_email = _raw
            if not isinstance(_raw, str):
                recipient_email = _parsing.field_mismatch(
                    cls, "recipient_email", "str", _raw
                )

        _raw = d.pop("domain_id", UNSET)
        domain_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            domain_id = _parsing.field_mismatch(cls, "domain_id", "int", _raw)

        _raw = d.pop("storage_allocation_mb", UNSET)
        storage_allocation_mb = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            storage_allocation_mb = _parsing.field_mismatch(
                cls, "storage_allocation_mb", "int | None", _raw
            )

        instance = cls(
            local_part=local_part,
            recipient_email=recipient_email,
            domain_id=domain_id,
            storage_allocation_mb=storage_allocation_mb,
        )
        instance._raw_json = src_dict
        return instance
