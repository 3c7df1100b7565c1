from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

import datetime


T = TypeVar("T", bound="MessageSendFailure")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MessageSendFailure:
    """Why a send was refused or failed. Sending-limit refusals carry `code` `sending_limit_exceeded`,
    `dimension`, the counts of that allowance (key names not given by the facts, kept as additional
    properties) and `resets_at`.

    Attributes:
        code (str | Unset): Failure code. Known values: `sending_limit_exceeded`.
        dimension (None | str | Unset): Which allowance was spent. Known values:
            `mailbox_daily`, `account_daily`, `recipients_per_message`.
        resets_at (datetime.datetime | None | Unset): When the allowance renews (do not retry
            before it).
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    code: str | Unset = UNSET
    dimension: None | str | Unset = UNSET
    resets_at: datetime.datetime | None | Unset = UNSET
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
        try:
            dimension: None | str | Unset
            if isinstance(self.dimension, Unset):
                dimension = UNSET
            else:
                dimension = self.dimension
        except _parsing.PARSE_ERRORS:
            dimension = self.dimension
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        try:
            resets_at: None | str | Unset
            if isinstance(self.resets_at, Unset):
                resets_at = UNSET
            elif isinstance(self.resets_at, datetime.datetime):
                resets_at = self.resets_at.isoformat()
            else:
                resets_at = self.resets_at
        except _parsing.PARSE_ERRORS:
            resets_at = self.resets_at
        if resets_at is not UNSET:
            field_dict["resets_at"] = resets_at
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
        code = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            code = _parsing.field_mismatch(cls, "code", "str", _raw)

        _raw = d.pop("dimension", UNSET)
        dimension = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            dimension = _parsing.field_mismatch(cls, "dimension", "None | str", _raw)

        _raw = d.pop("resets_at", UNSET)
        try:

            def _parse_resets_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    resets_at_type_0 = datetime.datetime.fromisoformat(data)

                    return resets_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            resets_at = _parse_resets_at(_raw)

        except _parsing.PARSE_ERRORS as exc:
            resets_at = _parsing.field_mismatch(
                cls, "resets_at", "datetime.datetime | None", _raw, exc
            )
        if (
            resets_at is _raw
            and _raw is not UNSET
            and not isinstance(_raw, (_NoneType,))
        ):
            resets_at = _parsing.field_mismatch(
                cls, "resets_at", "datetime.datetime | None", _raw
            )

        instance = cls(
            code=code,
            dimension=dimension,
            resets_at=resets_at,
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
