from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="PageMeta")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class PageMeta:
    """Paging metadata of a page-number list.

    Attributes:
        current_page (int | Unset): The current page number (1-based).
        last_page (int | Unset): The last page number.
        per_page (int | Unset): Items per page.
        total (int | Unset): Total number of items.
        from_ (int | None | Unset): 1-based index of the first item on this page, or null when
            the page is empty.
        to (int | None | Unset): 1-based index of the last item on this page, or null when the
            page is empty.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    current_page: int | Unset = UNSET
    last_page: int | Unset = UNSET
    per_page: int | Unset = UNSET
    total: int | Unset = UNSET
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
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
        current_page = self.current_page
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        last_page = self.last_page
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        per_page = self.per_page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        total = self.total
        if total is not UNSET:
            field_dict["total"] = total
        try:
            from_: int | None | Unset
            if isinstance(self.from_, Unset):
                from_ = UNSET
            else:
                from_ = self.from_
        except _parsing.PARSE_ERRORS:
            from_ = self.from_
        if from_ is not UNSET:
            field_dict["from"] = from_
        try:
            to: int | None | Unset
            if isinstance(self.to, Unset):
                to = UNSET
            else:
                to = self.to
        except _parsing.PARSE_ERRORS:
            to = self.to
        if to is not UNSET:
            field_dict["to"] = to
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
        _raw = d.pop("current_page", UNSET)
        current_page = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            current_page = _parsing.field_mismatch(cls, "current_page", "int", _raw)

        _raw = d.pop("last_page", UNSET)
        last_page = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            last_page = _parsing.field_mismatch(cls, "last_page", "int", _raw)

        _raw = d.pop("per_page", UNSET)
        per_page = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            per_page = _parsing.field_mismatch(cls, "per_page", "int", _raw)

        _raw = d.pop("total", UNSET)
        total = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            total = _parsing.field_mismatch(cls, "total", "int", _raw)

        _raw = d.pop("from", UNSET)
        from_ = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            from_ = _parsing.field_mismatch(cls, "from", "int | None", _raw)

        _raw = d.pop("to", UNSET)
        to = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            to = _parsing.field_mismatch(cls, "to", "int | None", _raw)

        instance = cls(
            current_page=current_page,
            last_page=last_page,
            per_page=per_page,
            total=total,
            from_=from_,
            to=to,
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
