from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="AgentVerifierCreditsTopupRequest")


@_attrs_define
class AgentVerifierCreditsTopupRequest:
    """Buy verifier credits.

    Attributes:
        quantity (int): Credits to buy; must be a published tier (see `/ai-agents/offer.json`).
        currency (str | Unset): Currency (defaults to the account currency).
    """

    quantity: int
    currency: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        currency = self.currency

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "quantity": quantity,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity")

        currency = d.pop("currency", UNSET)

        agent_verifier_credits_topup_request = cls(
            quantity=quantity,
            currency=currency,
        )

        return agent_verifier_credits_topup_request
