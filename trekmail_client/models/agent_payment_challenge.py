from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="AgentPaymentChallenge")


@_attrs_define
class AgentPaymentChallenge:
    """The `payment` challenge beside `error` in a 402 `payment_required` answer of the `/agent/...` purchase routes
    (`PaymentRequiredError.payment` in the SDK).

        Attributes:
            protocol (str | Unset): Known values: `MPP`.
            amount_minor (int | Unset): Price in minor units (cents).
            currency (str | Unset): Currency, e.g. `usd`.
            network_id (str | Unset): Payment network profile id (`profile_...`).
            credential_header (str | Unset): Header to send the credential in (`Payment-Authorization`).
            expires_at (int | Unset): When the challenge expires (Unix seconds).
    """

    protocol: str | Unset = UNSET
    amount_minor: int | Unset = UNSET
    currency: str | Unset = UNSET
    network_id: str | Unset = UNSET
    credential_header: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol

        amount_minor = self.amount_minor

        currency = self.currency

        network_id = self.network_id

        credential_header = self.credential_header

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if amount_minor is not UNSET:
            field_dict["amount_minor"] = amount_minor
        if currency is not UNSET:
            field_dict["currency"] = currency
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        if credential_header is not UNSET:
            field_dict["credential_header"] = credential_header
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        protocol = d.pop("protocol", UNSET)

        amount_minor = d.pop("amount_minor", UNSET)

        currency = d.pop("currency", UNSET)

        network_id = d.pop("network_id", UNSET)

        credential_header = d.pop("credential_header", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        agent_payment_challenge = cls(
            protocol=protocol,
            amount_minor=amount_minor,
            currency=currency,
            network_id=network_id,
            credential_header=credential_header,
            expires_at=expires_at,
        )

        agent_payment_challenge.additional_properties = d
        return agent_payment_challenge

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
