from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="BulkMigrationList")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class BulkMigrationList:
    """A page of bulk migration batches.

    Attributes:
        data (list[BulkMigration]):
        links (PageLinks | Unset): Links of a page-number list.
        meta (PageMeta | Unset): Paging metadata of a page-number list.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    data: list[BulkMigration]
    links: PageLinks | Unset = UNSET
    meta: PageMeta | Unset = UNSET
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
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        except _parsing.PARSE_ERRORS:
            data = self.data
        if data is not UNSET:
            field_dict["data"] = data
        try:
            links: dict[str, Any] | Unset = UNSET
            if not isinstance(self.links, Unset):
                links = self.links.to_dict()
        except _parsing.PARSE_ERRORS:
            links = self.links
        if links is not UNSET:
            field_dict["links"] = links
        try:
            meta: dict[str, Any] | Unset = UNSET
            if not isinstance(self.meta, Unset):
                meta = self.meta.to_dict()
        except _parsing.PARSE_ERRORS:
            meta = self.meta
        if meta is not UNSET:
            field_dict["meta"] = meta
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
        _raw = d.pop("data", UNSET)
        if _raw is UNSET:
            data = _parsing.missing_field(cls, "data", "list[BulkMigration]")
        else:
            if not isinstance(_raw, list):
                data = _parsing.field_mismatch(cls, "data", "list[BulkMigration]", _raw)
            else:
                try:
                    data = []
                    _data = _raw
                    for data_item_data in _data:
                        data_item = BulkMigration.from_dict(data_item_data)

                        data.append(data_item)

                except _parsing.PARSE_ERRORS as exc:
                    data = _parsing.field_mismatch(
                        cls, "data", "list[BulkMigration]", _raw, exc
                    )

        _raw = d.pop("links", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            links = _parsing.not_an_object(
                PageLinks, _raw, where=f"{cls.__name__}.links"
            )
        else:
            _links = _raw
            links: PageLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = PageLinks.from_dict(_links)

        _raw = d.pop("meta", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            meta = _parsing.not_an_object(PageMeta, _raw, where=f"{cls.__name__}.meta")
        else:
            _meta = _raw
            meta: PageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PageMeta.from_dict(_meta)

        instance = cls(
            data=data,
            links=links,
            meta=meta,
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


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.bulk_migration import BulkMigration  # noqa: E402
from ..models.page_links import PageLinks  # noqa: E402
from ..models.page_meta import PageMeta  # noqa: E402
