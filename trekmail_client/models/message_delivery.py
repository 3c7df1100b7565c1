from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.message_send_failure import MessageSendFailure


T = TypeVar("T", bound="MessageDelivery")


@_attrs_define
class MessageDelivery:
    """Delivery state of one send request. Other keys are kept as additional properties.

    Attributes:
        status (str | Unset): Known values: `pending`, `sending`, `sent`, `failed`, `delivery_uncertain`.
        failure (MessageSendFailure | None | Unset): Why the send was refused or failed (e.g. `sending_limit_exceeded`).
    """

    status: str | Unset = UNSET
    failure: MessageSendFailure | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_send_failure import MessageSendFailure  # noqa: PLC0415

        status = self.status

        failure: dict[str, Any] | None | Unset
        if isinstance(self.failure, Unset):
            failure = UNSET
        elif isinstance(self.failure, MessageSendFailure):
            failure = self.failure.to_dict()
        else:
            failure = self.failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if failure is not UNSET:
            field_dict["failure"] = failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_send_failure import MessageSendFailure  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        def _parse_failure(data: object) -> MessageSendFailure | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                failure_type_0 = MessageSendFailure.from_dict(data)

                return failure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageSendFailure | None | Unset, data)

        failure = _parse_failure(d.pop("failure", UNSET))

        message_delivery = cls(
            status=status,
            failure=failure,
        )

        message_delivery.additional_properties = d
        return message_delivery

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
