from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.contact_group_member import ContactGroupMember
    from ..models.page_links import PageLinks
    from ..models.page_meta import PageMeta


T = TypeVar("T", bound="ContactGroupMemberList")


@_attrs_define
class ContactGroupMemberList:
    """A page of group members (page-number list; the facts do not show the envelope, the API's page convention `{data,
    links, meta}` is assumed). The `data` wrapper follows the overview's convention; the official client's facts do not
    confirm it for this operation, so it is optional.

        Attributes:
            data (list[ContactGroupMember] | Unset):
            links (PageLinks | Unset): Links of a page-number list.
            meta (PageMeta | Unset): Paging metadata of a page-number list.
    """

    data: list[ContactGroupMember] | Unset = UNSET
    links: PageLinks | Unset = UNSET
    meta: PageMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_group_member import ContactGroupMember  # noqa: PLC0415
        from ..models.page_links import PageLinks  # noqa: PLC0415
        from ..models.page_meta import PageMeta  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[ContactGroupMember] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ContactGroupMember.from_dict(data_item_data)

                data.append(data_item)

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _meta = d.pop("meta", UNSET)
        meta: PageMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = PageMeta.from_dict(_meta)

        contact_group_member_list = cls(
            data=data,
            links=links,
            meta=meta,
        )

        contact_group_member_list.additional_properties = d
        return contact_group_member_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
