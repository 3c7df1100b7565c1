from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.agent_payment_challenge import AgentPaymentChallenge
    from ..models.error_body import ErrorBody


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The shared error envelope. Top-level siblings of `error` (for example `payment` on a 402 challenge) are kept as
    additional properties.

        Attributes:
            error (ErrorBody): The body of the error envelope. Extra keys (for example `dimension`, `resets_at`, `reason`,
                `retry_after`, `errors`) are kept as additional properties.
            payment (AgentPaymentChallenge | Unset): The `payment` challenge beside `error` in a 402 `payment_required`
                answer of the `/agent/...` purchase routes (`PaymentRequiredError.payment` in the SDK).
    """

    error: ErrorBody
    payment: AgentPaymentChallenge | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_payment_challenge import AgentPaymentChallenge  # noqa: PLC0415
        from ..models.error_body import ErrorBody  # noqa: PLC0415

        d = dict(src_dict)
        error = ErrorBody.from_dict(d.pop("error"))

        _payment = d.pop("payment", UNSET)
        payment: AgentPaymentChallenge | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = AgentPaymentChallenge.from_dict(_payment)

        error_response = cls(
            error=error,
            payment=payment,
        )

        error_response.additional_properties = d
        return error_response

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
