from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="TemplateCreateRequest")


@_attrs_define
class TemplateCreateRequest:
    """A new template.

    Attributes:
        name (str): Name.
        body_html (str): HTML body.
        subject (str | Unset): Subject.
    """

    name: str
    body_html: str
    subject: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        body_html = self.body_html

        subject = self.subject

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "body_html": body_html,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        body_html = d.pop("body_html")

        subject = d.pop("subject", UNSET)

        template_create_request = cls(
            name=name,
            body_html=body_html,
            subject=subject,
        )

        return template_create_request
