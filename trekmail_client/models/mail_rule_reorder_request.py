from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from typing import cast


T = TypeVar("T", bound="MailRuleReorderRequest")


@_attrs_define
class MailRuleReorderRequest:
    """New rule order.

    Attributes:
        order (list[int]): Rule ids in run order (the first match wins).
    """

    order: list[int]

    def to_dict(self) -> dict[str, Any]:
        order = self.order

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order = cast(list[int], d.pop("order"))

        mail_rule_reorder_request = cls(
            order=order,
        )

        return mail_rule_reorder_request
