from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="TemplateUpdateRequest")


@_attrs_define
class TemplateUpdateRequest:
    """Template fields to change.

    Attributes:
        name (str | Unset): Name.
        subject (str | Unset): Subject.
        body_html (str | Unset): HTML body.
    """

    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    body_html: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        body_html = self.body_html

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body_html is not UNSET:
            field_dict["body_html"] = body_html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        subject = d.pop("subject", UNSET)

        body_html = d.pop("body_html", UNSET)

        template_update_request = cls(
            name=name,
            subject=subject,
            body_html=body_html,
        )

        return template_update_request
