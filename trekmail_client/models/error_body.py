from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="ErrorBody")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class ErrorBody:
    """The body of the error envelope. Extra keys (for example `dimension`, `resets_at`, `reason`,
    `retry_after`, `errors`) are kept as additional properties.

    Attributes:
        code (str): Machine-readable error code, e.g. `unauthenticated`, `insufficient_scope`,
            `not_found`, `idempotency_mismatch`, `validation_error`, `missing_idempotency_key`,
            `rate_limited`, `sending_limit_exceeded`, `payment_required`.
        message (str): Human-readable message.
        hint (str | Unset): How to fix the problem.
        request_id (str | Unset): The request id (same as the `X-Request-Id` response header).
        retryable (bool | Unset): Whether retrying the same request may succeed.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    code: str
    message: str
    hint: str | Unset = UNSET
    request_id: str | Unset = UNSET
    retryable: bool | Unset = UNSET
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
        code = self.code
        if code is not UNSET:
            field_dict["code"] = code
        message = self.message
        if message is not UNSET:
            field_dict["message"] = message
        hint = self.hint
        if hint is not UNSET:
            field_dict["hint"] = hint
        request_id = self.request_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        retryable = self.retryable
        if retryable is not UNSET:
            field_dict["retryable"] = retryable
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
        _raw = d.pop("code", UNSET)
        if _raw is UNSET:
            code = _parsing.missing_field(cls, "code", "str")
        else:
            code = _raw
            if not isinstance(_raw, str):
                code = _parsing.field_mismatch(cls, "code", "str", _raw)

        _raw = d.pop("message", UNSET)
        if _raw is UNSET:
            message = _parsing.missing_field(cls, "message", "str")
        else:
            message = _raw
            if not isinstance(_raw, str):
                message = _parsing.field_mismatch(cls, "message", "str", _raw)

        _raw = d.pop("hint", UNSET)
        hint = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            hint = _parsing.field_mismatch(cls, "hint", "str", _raw)

        _raw = d.pop("request_id", UNSET)
        request_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            request_id = _parsing.field_mismatch(cls, "request_id", "str", _raw)

        _raw = d.pop("retryable", UNSET)
        retryable = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            retryable = _parsing.field_mismatch(cls, "retryable", "bool", _raw)

        instance = cls(
            code=code,
            message=message,
            hint=hint,
            request_id=request_id,
            retryable=retryable,
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
