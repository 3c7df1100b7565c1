from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DriveUploadCompleteRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DriveUploadCompleteRequest:
    """Finish an upload: an empty object for a single-PUT upload, `parts` for a multipart one.

    Attributes:
        parts (list[DriveUploadCompletedPart] | Unset): Every uploaded part with its ETag
            (multipart only).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    parts: list[DriveUploadCompletedPart] | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            parts: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.parts, Unset):
                parts = []
                for parts_item_data in self.parts:
                    parts_item = parts_item_data.to_dict()
                    parts.append(parts_item)

        except _parsing.PARSE_ERRORS:
            parts = self.parts
        if parts is not UNSET:
            field_dict["parts"] = parts
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
        _raw = d.pop("parts", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            parts = _parsing.field_mismatch(
                cls, "parts", "list[DriveUploadCompletedPart]", _raw
            )
        else:
            try:
                _parts = _raw
                parts: list[DriveUploadCompletedPart] | Unset = UNSET
                if _parts is not UNSET:
                    parts = []
                    for parts_item_data in _parts:
                        parts_item = DriveUploadCompletedPart.from_dict(parts_item_data)

                        parts.append(parts_item)

            except _parsing.PARSE_ERRORS as exc:
                parts = _parsing.field_mismatch(
                    cls, "parts", "list[DriveUploadCompletedPart]", _raw, exc
                )

        instance = cls(
            parts=parts,
        )
        instance._raw_json = src_dict
        return instance


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.drive_upload_completed_part import DriveUploadCompletedPart  # noqa: E402
