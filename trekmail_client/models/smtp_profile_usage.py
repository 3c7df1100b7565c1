from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="SmtpProfileUsage")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class SmtpProfileUsage:
    """Where a profile is used.

    Attributes:
        domains (list[SmtpProfileUsageItem] | Unset): Domains using the profile.
        sending_addresses (list[SmtpProfileUsageItem] | Unset): Send As addresses using the
            profile.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    domains: list[SmtpProfileUsageItem] | Unset = UNSET
    sending_addresses: list[SmtpProfileUsageItem] | Unset = UNSET
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
            domains: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.domains, Unset):
                domains = []
                for domains_item_data in self.domains:
                    domains_item = domains_item_data.to_dict()
                    domains.append(domains_item)

        except _parsing.PARSE_ERRORS:
            domains = self.domains
        if domains is not UNSET:
            field_dict["domains"] = domains
        try:
            sending_addresses: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.sending_addresses, Unset):
                sending_addresses = []
                for sending_addresses_item_data in self.sending_addresses:
                    sending_addresses_item = sending_addresses_item_data.to_dict()
                    sending_addresses.append(sending_addresses_item)

        except _parsing.PARSE_ERRORS:
            sending_addresses = self.sending_addresses
        if sending_addresses is not UNSET:
            field_dict["sending_addresses"] = sending_addresses
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
        _raw = d.pop("domains", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            domains = _parsing.field_mismatch(
                cls, "domains", "list[SmtpProfileUsageItem]", _raw
            )
        else:
            try:
                _domains = _raw
                domains: list[SmtpProfileUsageItem] | Unset = UNSET
                if _domains is not UNSET:
                    domains = []
                    for domains_item_data in _domains:
                        domains_item = SmtpProfileUsageItem.from_dict(domains_item_data)

                        domains.append(domains_item)

            except _parsing.PARSE_ERRORS as exc:
                domains = _parsing.field_mismatch(
                    cls, "domains", "list[SmtpProfileUsageItem]", _raw, exc
                )

        _raw = d.pop("sending_addresses", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            sending_addresses = _parsing.field_mismatch(
                cls, "sending_addresses", "list[SmtpProfileUsageItem]", _raw
            )
        else:
            try:
                _sending_addresses = _raw
                sending_addresses: list[SmtpProfileUsageItem] | Unset = UNSET
                if _sending_addresses is not UNSET:
                    sending_addresses = []
                    for sending_addresses_item_data in _sending_addresses:
                        sending_addresses_item = SmtpProfileUsageItem.from_dict(
                            sending_addresses_item_data
                        )

                        sending_addresses.append(sending_addresses_item)

            except _parsing.PARSE_ERRORS as exc:
                sending_addresses = _parsing.field_mismatch(
                    cls, "sending_addresses", "list[SmtpProfileUsageItem]", _raw, exc
                )

        instance = cls(
            domains=domains,
            sending_addresses=sending_addresses,
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


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.smtp_profile_usage_item import SmtpProfileUsageItem  # noqa: E402
