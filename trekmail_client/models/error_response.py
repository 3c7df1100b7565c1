from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="ErrorResponse")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class ErrorResponse:
    """The shared error envelope. Top-level siblings of `error` (for example `payment` on a 402
    challenge) are kept as additional properties.

    Attributes:
        error (ErrorBody): The body of the error envelope. Extra keys (for example `dimension`,
            `resets_at`, `reason`, `retry_after`, `errors`) are kept as additional properties.
        payment (AgentPaymentChallenge | Unset): The `payment` challenge beside `error` in a 402
            `payment_required` answer of the `/agent/...` purchase routes
            (`PaymentRequiredError.payment` in the SDK).
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    error: ErrorBody
    payment: AgentPaymentChallenge | Unset = UNSET
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
            error = self.error.to_dict()
        except _parsing.PARSE_ERRORS:
            error = self.error
        if error is not UNSET:
            field_dict["error"] = error
        try:
            payment: dict[str, Any] | Unset = UNSET
            if not isinstance(self.payment, Unset):
                payment = self.payment.to_dict()
        except _parsing.PARSE_ERRORS:
            payment = self.payment
        if payment is not UNSET:
            field_dict["payment"] = payment
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
        _raw = d.pop("error", UNSET)
        if _raw is UNSET:
            error = _parsing.missing_field(cls, "error", "ErrorBody")
        else:
            if type(_raw) is not dict and not isinstance(_raw, Mapping):
                error = _parsing.not_an_object(
                    ErrorBody, _raw, where=f"{cls.__name__}.error"
                )
            else:
                error = ErrorBody.from_dict(_raw)

        _raw = d.pop("payment", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            payment = _parsing.not_an_object(
                AgentPaymentChallenge, _raw, where=f"{cls.__name__}.payment"
            )
        else:
            _payment = _raw
            payment: AgentPaymentChallenge | Unset
            if isinstance(_payment, Unset):
                payment = UNSET
            else:
                payment = AgentPaymentChallenge.from_dict(_payment)

        instance = cls(
            error=error,
            payment=payment,
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
from ..models.agent_payment_challenge import AgentPaymentChallenge  # noqa: E402
from ..models.error_body import ErrorBody  # noqa: E402
