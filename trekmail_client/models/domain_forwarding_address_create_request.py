from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DomainForwardingAddressCreateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DomainForwardingAddressCreateRequest:
    """Create a forwarding address on the domain.

    Attributes:
        local_part (str): Local part (before the @) on this domain.
        recipients (list[str]): Addresses the mail is forwarded to.
        is_active (bool | Unset): Whether it forwards. Delivery needs Pro or Agency; on
            Nano/Starter it is saved but inactive. Default: True.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    local_part: str
    recipients: list[str]
    is_active: bool | Unset = True
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        local_part = self.local_part
        if local_part is not UNSET:
            field_dict["local_part"] = local_part
        try:
            recipients = self.recipients

        except _parsing.PARSE_ERRORS:
            recipients = self.recipients
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        is_active = self.is_active
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
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
        _raw = d.pop("local_part", UNSET)
        if _raw is UNSET:
            local_part = _parsing.missing_field(cls, "local_part", "str")
        else:
            local_part = _raw
            if not isinstance(_raw, str):
                local_part = _parsing.field_mismatch(cls, "local_part", "str", _raw)

        _raw = d.pop("recipients", UNSET)
        if _raw is UNSET:
            recipients = _parsing.missing_field(cls, "recipients", "list[str]")
        else:
            if not isinstance(_raw, list):
                recipients = _parsing.field_mismatch(
                    cls, "recipients", "list[str]", _raw
                )
            else:
                try:
                    recipients = cast(list[str], _raw)

                except _parsing.PARSE_ERRORS as exc:
                    recipients = _parsing.field_mismatch(
                        cls, "recipients", "list[str]", _raw, exc
                    )

        _raw = d.pop("is_active", UNSET)
        is_active = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            is_active = _parsing.field_mismatch(cls, "is_active", "bool", _raw)

        instance = cls(
            local_part=local_part,
            recipients=recipients,
            is_active=is_active,
        )
        instance._raw_json = src_dict
        return instance
