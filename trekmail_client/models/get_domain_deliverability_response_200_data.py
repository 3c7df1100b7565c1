from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="GetDomainDeliverabilityResponse200Data")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class GetDomainDeliverabilityResponse200Data:
    """The rollup.

    Attributes:
        sent (int | None | Unset): Messages sent in the window.
        delivered (int | None | Unset): Messages delivered in the window.
        soft_bounce (int | None | Unset): Soft bounces in the window.
        hard_bounce (int | None | Unset): Hard bounces in the window.
        delivery_rate (float | None | Unset): Delivered over sent (the guide does not say
            whether a fraction or a percentage).
        bounce_rate (float | None | Unset): Bounced over sent (the guide does not say whether a
            fraction or a percentage).
        status (None | str | Unset): Health of the domain's sending. Known values: `good`,
            `warning`, `poor`.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    sent: int | None | Unset = UNSET
    delivered: int | None | Unset = UNSET
    soft_bounce: int | None | Unset = UNSET
    hard_bounce: int | None | Unset = UNSET
    delivery_rate: float | None | Unset = UNSET
    bounce_rate: float | None | Unset = UNSET
    status: None | str | Unset = UNSET
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
            sent: int | None | Unset
            if isinstance(self.sent, Unset):
                sent = UNSET
            else:
                sent = self.sent
        except _parsing.PARSE_ERRORS:
            sent = self.sent
        if sent is not UNSET:
            field_dict["sent"] = sent
        try:
            delivered: int | None | Unset
            if isinstance(self.delivered, Unset):
                delivered = UNSET
            else:
                delivered = self.delivered
        except _parsing.PARSE_ERRORS:
            delivered = self.delivered
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        try:
            soft_bounce: int | None | Unset
            if isinstance(self.soft_bounce, Unset):
                soft_bounce = UNSET
            else:
                soft_bounce = self.soft_bounce
        except _parsing.PARSE_ERRORS:
            soft_bounce = self.soft_bounce
        if soft_bounce is not UNSET:
            field_dict["soft_bounce"] = soft_bounce
        try:
            hard_bounce: int | None | Unset
            if isinstance(self.hard_bounce, Unset):
                hard_bounce = UNSET
            else:
                hard_bounce = self.hard_bounce
        except _parsing.PARSE_ERRORS:
            hard_bounce = self.hard_bounce
        if hard_bounce is not UNSET:
            field_dict["hard_bounce"] = hard_bounce
        try:
            delivery_rate: float | None | Unset
            if isinstance(self.delivery_rate, Unset):
                delivery_rate = UNSET
            else:
                delivery_rate = self.delivery_rate
        except _parsing.PARSE_ERRORS:
            delivery_rate = self.delivery_rate
        if delivery_rate is not UNSET:
            field_dict["delivery_rate"] = delivery_rate
        try:
            bounce_rate: float | None | Unset
            if isinstance(self.bounce_rate, Unset):
                bounce_rate = UNSET
            else:
                bounce_rate = self.bounce_rate
        except _parsing.PARSE_ERRORS:
            bounce_rate = self.bounce_rate
        if bounce_rate is not UNSET:
            field_dict["bounce_rate"] = bounce_rate
        try:
            status: None | str | Unset
            if isinstance(self.status, Unset):
                status = UNSET
            else:
                status = self.status
        except _parsing.PARSE_ERRORS:
            status = self.status
        if status is not UNSET:
            field_dict["status"] = status
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
        _raw = d.pop("sent", UNSET)
        sent = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            sent = _parsing.field_mismatch(cls, "sent", "int | None", _raw)

        _raw = d.pop("delivered", UNSET)
        delivered = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            delivered = _parsing.field_mismatch(cls, "delivered", "int | None", _raw)

        _raw = d.pop("soft_bounce", UNSET)
        soft_bounce = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            soft_bounce = _parsing.field_mismatch(
                cls, "soft_bounce", "int | None", _raw
            )

        _raw = d.pop("hard_bounce", UNSET)
        hard_bounce = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            hard_bounce = _parsing.field_mismatch(
                cls, "hard_bounce", "int | None", _raw
            )

        _raw = d.pop("delivery_rate", UNSET)
        delivery_rate = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, float, _NoneType)) or isinstance(_raw, bool)
        ):
            delivery_rate = _parsing.field_mismatch(
                cls, "delivery_rate", "float | None", _raw
            )

        _raw = d.pop("bounce_rate", UNSET)
        bounce_rate = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, float, _NoneType)) or isinstance(_raw, bool)
        ):
            bounce_rate = _parsing.field_mismatch(
                cls, "bounce_rate", "float | None", _raw
            )

        _raw = d.pop("status", UNSET)
        status = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            status = _parsing.field_mismatch(cls, "status", "None | str", _raw)

        instance = cls(
            sent=sent,
            delivered=delivered,
            soft_bounce=soft_bounce,
            hard_bounce=hard_bounce,
            delivery_rate=delivery_rate,
            bounce_rate=bounce_rate,
            status=status,
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
