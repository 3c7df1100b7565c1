from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="AgentPaymentChallenge")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class AgentPaymentChallenge:
    """The `payment` challenge beside `error` in a 402 `payment_required` answer of the `/agent/...`
    purchase routes (`PaymentRequiredError.payment` in the SDK).

    Attributes:
        protocol (str | Unset): Known values: `MPP`.
        amount_minor (int | Unset): Price in minor units (cents).
        currency (str | Unset): Currency, e.g. `usd`.
        network_id (str | Unset): Payment network profile id (`profile_...`).
        credential_header (str | Unset): Header to send the credential in (`Payment-
            Authorization`).
        expires_at (int | Unset): When the challenge expires (Unix seconds).
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    protocol: str | Unset = UNSET
    amount_minor: int | Unset = UNSET
    currency: str | Unset = UNSET
    network_id: str | Unset = UNSET
    credential_header: str | Unset = UNSET
    expires_at: int | Unset = UNSET
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
        protocol = self.protocol
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        amount_minor = self.amount_minor
        if amount_minor is not UNSET:
            field_dict["amount_minor"] = amount_minor
        currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = currency
        network_id = self.network_id
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        credential_header = self.credential_header
        if credential_header is not UNSET:
            field_dict["credential_header"] = credential_header
        expires_at = self.expires_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
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
        _raw = d.pop("protocol", UNSET)
        protocol = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            protocol = _parsing.field_mismatch(cls, "protocol", "str", _raw)

        _raw = d.pop("amount_minor", UNSET)
        amount_minor = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            amount_minor = _parsing.field_mismatch(cls, "amount_minor", "int", _raw)

        _raw = d.pop("currency", UNSET)
        currency = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            currency = _parsing.field_mismatch(cls, "currency", "str", _raw)

        _raw = d.pop("network_id", UNSET)
        network_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            network_id = _parsing.field_mismatch(cls, "network_id", "str", _raw)

        _raw = d.pop("credential_header", UNSET)
        credential_header = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            credential_header = _parsing.field_mismatch(
                cls, "credential_header", "str", _raw
            )

        _raw = d.pop("expires_at", UNSET)
        expires_at = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            expires_at = _parsing.field_mismatch(cls, "expires_at", "int", _raw)

        instance = cls(
            protocol=protocol,
            amount_minor=amount_minor,
            currency=currency,
            network_id=network_id,
            credential_header=credential_header,
            expires_at=expires_at,
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
