from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="InviteBulkCreateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class InviteBulkCreateRequest:
    """Create up to 100 invites.

    Attributes:
        domain_id (int): Default domain of the batch.
        items (list[InviteBulkItem]): Invites to create (1-100).
        expires_in_hours (int | Unset): Hours until the invites expire. Default: 72.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    domain_id: int
    items: list[InviteBulkItem]
    expires_in_hours: int | Unset = 72
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        domain_id = self.domain_id
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        try:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        except _parsing.PARSE_ERRORS:
            items = self.items
        if items is not UNSET:
            field_dict["items"] = items
        expires_in_hours = self.expires_in_hours
        if expires_in_hours is not UNSET:
            field_dict["expires_in_hours"] = expires_in_hours
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
        _raw = d.pop("domain_id", UNSET)
        if _raw is UNSET:
            domain_id = _parsing.missing_field(cls, "domain_id", "int")
        else:
            domain_id = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                domain_id = _parsing.field_mismatch(cls, "domain_id", "int", _raw)

        _raw = d.pop("items", UNSET)
        if _raw is UNSET:
            items = _parsing.missing_field(cls, "items", "list[InviteBulkItem]")
        else:
            if not isinstance(_raw, list):
                items = _parsing.field_mismatch(
                    cls, "items", "list[InviteBulkItem]", _raw
                )
            else:
                try:
                    items = []
                    _items = _raw
                    for items_item_data in _items:
                        items_item = InviteBulkItem.from_dict(items_item_data)

                        items.append(items_item)

                except _parsing.PARSE_ERRORS as exc:
                    items = _parsing.field_mismatch(
                        cls, "items", "list[InviteBulkItem]", _raw, exc
                    )

        _raw = d.pop("expires_in_hours", UNSET)
        expires_in_hours = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            expires_in_hours = _parsing.field_mismatch(
                cls, "expires_in_hours", "int", _raw
            )

        instance = cls(
            domain_id=domain_id,
            items=items,
            expires_in_hours=expires_in_hours,
        )
        instance._raw_json = src_dict
        return instance


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.invite_bulk_item import InviteBulkItem  # noqa: E402
