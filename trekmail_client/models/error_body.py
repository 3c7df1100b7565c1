from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """The body of the error envelope. Extra keys (for example `dimension`, `resets_at`, `reason`, `retry_after`, `errors`)
    are kept as additional properties.

        Attributes:
            code (str): Machine-readable error code, e.g. `unauthenticated`, `insufficient_scope`, `not_found`,
                `idempotency_mismatch`, `validation_error`, `missing_idempotency_key`, `rate_limited`, `sending_limit_exceeded`,
                `payment_required`.
            message (str): Human-readable message.
            hint (str | Unset): How to fix the problem.
            request_id (str | Unset): The request id (same as the `X-Request-Id` response header).
            retryable (bool | Unset): Whether retrying the same request may succeed.
    """

    code: str
    message: str
    hint: str | Unset = UNSET
    request_id: str | Unset = UNSET
    retryable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        hint = self.hint

        request_id = self.request_id

        retryable = self.retryable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if hint is not UNSET:
            field_dict["hint"] = hint
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if retryable is not UNSET:
            field_dict["retryable"] = retryable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        hint = d.pop("hint", UNSET)

        request_id = d.pop("request_id", UNSET)

        retryable = d.pop("retryable", UNSET)

        error_body = cls(
            code=code,
            message=message,
            hint=hint,
            request_id=request_id,
            retryable=retryable,
        )

        error_body.additional_properties = d
        return error_body

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
