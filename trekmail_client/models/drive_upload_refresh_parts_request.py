from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET


T = TypeVar("T", bound="DriveUploadRefreshPartsRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DriveUploadRefreshPartsRequest:
    """Get fresh presigned URLs for some parts.

    Attributes:
        part_numbers (list[int]): Part numbers to refresh.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    part_numbers: list[int]
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            part_numbers = self.part_numbers

        except _parsing.PARSE_ERRORS:
            part_numbers = self.part_numbers
        if part_numbers is not UNSET:
            field_dict["part_numbers"] = part_numbers
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
        _raw = d.pop("part_numbers", UNSET)
        if _raw is UNSET:
            part_numbers = _parsing.missing_field(cls, "part_numbers", "list[int]")
        else:
            if not isinstance(_raw, list):
                part_numbers = _parsing.field_mismatch(
                    cls, "part_numbers", "list[int]", _raw
                )
            else:
                try:
                    part_numbers = cast(list[int], _raw)

                except _parsing.PARSE_ERRORS as exc:
                    part_numbers = _parsing.field_mismatch(
                        cls, "part_numbers", "list[int]", _raw, exc
                    )

        instance = cls(
            part_numbers=part_numbers,
        )
        instance._raw_json = src_dict
        return instance
