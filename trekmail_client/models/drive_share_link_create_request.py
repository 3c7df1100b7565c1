from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

import datetime


T = TypeVar("T", bound="DriveShareLinkCreateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DriveShareLinkCreateRequest:
    """Create a public share link for a file.

    Attributes:
        expires_at (datetime.datetime | Unset): When the link expires (ISO-8601). Omitted: no
            expiry.
        max_downloads (int | Unset): Download limit. Omitted: unlimited.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    expires_at: datetime.datetime | Unset = UNSET
    max_downloads: int | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            expires_at: str | Unset = UNSET
            if not isinstance(self.expires_at, Unset):
                expires_at = self.expires_at.isoformat()
        except _parsing.PARSE_ERRORS:
            expires_at = self.expires_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        max_downloads = self.max_downloads
        if max_downloads is not UNSET:
            field_dict["max_downloads"] = max_downloads
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
        _raw = d.pop("expires_at", UNSET)
        try:
            _expires_at = _raw
            expires_at: datetime.datetime | Unset
            if isinstance(_expires_at, Unset):
                expires_at = UNSET
            else:
                expires_at = datetime.datetime.fromisoformat(_expires_at)

        except _parsing.PARSE_ERRORS as exc:
            expires_at = _parsing.field_mismatch(
                cls, "expires_at", "datetime.datetime", _raw, exc
            )

        _raw = d.pop("max_downloads", UNSET)
        max_downloads = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            max_downloads = _parsing.field_mismatch(cls, "max_downloads", "int", _raw)

        instance = cls(
            expires_at=expires_at,
            max_downloads=max_downloads,
        )
        instance._raw_json = src_dict
        return instance
