from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DomainBrandingMailZone")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DomainBrandingMailZone:
    """Branded mail zone state. Also carries its DNS `records` (shape not stated).

    Attributes:
        dns_status (None | str | Unset): DNS state of the mail zone.
        client_hosts_status (None | str | Unset): State of the branded client hosts.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    dns_status: None | str | Unset = UNSET
    client_hosts_status: None | str | Unset = UNSET
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
        try:
            dns_status: None | str | Unset
            if isinstance(self.dns_status, Unset):
                dns_status = UNSET
            else:
                dns_status = self.dns_status
        except _parsing.PARSE_ERRORS:
            dns_status = self.dns_status
        if dns_status is not UNSET:
            field_dict["dns_status"] = dns_status
        try:
            client_hosts_status: None | str | Unset
            if isinstance(self.client_hosts_status, Unset):
                client_hosts_status = UNSET
            else:
                client_hosts_status = self.client_hosts_status
        except _parsing.PARSE_ERRORS:
            client_hosts_status = self.client_hosts_status
        if client_hosts_status is not UNSET:
            field_dict["client_hosts_status"] = client_hosts_status
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
        _raw = d.pop("dns_status", UNSET)
        dns_status = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            dns_status = _parsing.field_mismatch(cls, "dns_status", "None | str", _raw)

        _raw = d.pop("client_hosts_status", UNSET)
        client_hosts_status = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            client_hosts_status = _parsing.field_mismatch(
                cls, "client_hosts_status", "None | str", _raw
            )

        instance = cls(
            dns_status=dns_status,
            client_hosts_status=client_hosts_status,
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
