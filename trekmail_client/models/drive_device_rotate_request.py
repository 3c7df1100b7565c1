from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DriveDeviceRotateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DriveDeviceRotateRequest:
    """Rotate a device password.

    Attributes:
        expires_in_days (int | None | Unset): Lifetime of the new password in days (1-3650);
            null inherits the old setting. The official client always sends it.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    expires_in_days: int | None | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            expires_in_days: int | None | Unset
            if isinstance(self.expires_in_days, Unset):
                expires_in_days = UNSET
            else:
                expires_in_days = self.expires_in_days
        except _parsing.PARSE_ERRORS:
            expires_in_days = self.expires_in_days
        if expires_in_days is not UNSET:
            field_dict["expires_in_days"] = expires_in_days
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
        _raw = d.pop("expires_in_days", UNSET)
        expires_in_days = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            expires_in_days = _parsing.field_mismatch(
                cls, "expires_in_days", "int | None", _raw
            )

        instance = cls(
            expires_in_days=expires_in_days,
        )
        instance._raw_json = src_dict
        return instance
