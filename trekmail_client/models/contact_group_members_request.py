from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET


T = TypeVar("T", bound="ContactGroupMembersRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class ContactGroupMembersRequest:
    """Contacts to add or remove.

    Attributes:
        contact_ids (list[int]): Contact ids (at least one).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    contact_ids: list[int]
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            contact_ids = self.contact_ids

        except _parsing.PARSE_ERRORS:
            contact_ids = self.contact_ids
        if contact_ids is not UNSET:
            field_dict["contact_ids"] = contact_ids
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
        _raw = d.pop("contact_ids", UNSET)
        if _raw is UNSET:
            contact_ids = _parsing.missing_field(cls, "contact_ids", "list[int]")
        else:
            if not isinstance(_raw, list):
                contact_ids = _parsing.field_mismatch(
                    cls, "contact_ids", "list[int]", _raw
                )
            else:
                try:
                    contact_ids = cast(list[int], _raw)

                except _parsing.PARSE_ERRORS as exc:
                    contact_ids = _parsing.field_mismatch(
                        cls, "contact_ids", "list[int]", _raw, exc
                    )

        instance = cls(
            contact_ids=contact_ids,
        )
        instance._raw_json = src_dict
        return instance
