from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DomainBulkAddRow")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DomainBulkAddRow:
    """One row of a bulk domain add.

    Attributes:
        domain (str | Unset): The domain name of this row.
        status (str | Unset): Row outcome. Known values: `created`, `error`.
        id (int | None | Unset): Id of the created domain, when the API includes it.
        reason (None | str | Unset): Machine-readable reason of a failed row.
        error (None | str | Unset): Human-readable error of a failed row.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    domain: str | Unset = UNSET
    status: str | Unset = UNSET
    id: int | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=_parsing.redacted_mapping_repr
    )
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        domain = self.domain
        if domain is not UNSET:
            field_dict["domain"] = domain
        status = self.status
        if status is not UNSET:
            field_dict["status"] = status
        try:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id
        except _parsing.PARSE_ERRORS:
            id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        try:
            reason: None | str | Unset
            if isinstance(self.reason, Unset):
                reason = UNSET
            else:
                reason = self.reason
        except _parsing.PARSE_ERRORS:
            reason = self.reason
        if reason is not UNSET:
            field_dict["reason"] = reason
        try:
            error: None | str | Unset
            if isinstance(self.error, Unset):
                error = UNSET
            else:
                error = self.error
        except _parsing.PARSE_ERRORS:
            error = self.error
        if error is not UNSET:
            field_dict["error"] = error
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
        _raw = d.pop("domain", UNSET)
        domain = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            domain = _parsing.field_mismatch(cls, "domain", "str", _raw)

        _raw = d.pop("status", UNSET)
        status = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            status = _parsing.field_mismatch(cls, "status", "str", _raw)

        _raw = d.pop("id", UNSET)
        id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            id = _parsing.field_mismatch(cls, "id", "int | None", _raw)

        _raw = d.pop("reason", UNSET)
        reason = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            reason = _parsing.field_mismatch(cls, "reason", "None | str", _raw)

        _raw = d.pop("error", UNSET)
        error = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            error = _parsing.field_mismatch(cls, "error", "None | str", _raw)

        instance = cls(
            domain=domain,
            status=status,
            id=id,
            reason=reason,
            error=error,
        )
        instance.additional_properties = d
        instance._raw_json = src_dict
        return instance

    @property
    def additional_keys(self) -> list[str]:
        """Names of the fields the contract does not name."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
