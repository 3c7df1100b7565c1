from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="ForwardingUpdateRequest")


@_attrs_define
class ForwardingUpdateRequest:
    """Replace the forwarding settings. Over the plan cap: 422 `limit_exceeded`.

    Attributes:
        enabled (bool): Turn forwarding on or off.
        targets (list[str] | Unset): Destinations (at least one when enabled; plan caps: Starter 5, Pro 15, Agency 30).
        keep_copy (bool | Unset): Keep a copy in the mailbox. Default: True.
    """

    enabled: bool
    targets: list[str] | Unset = UNSET
    keep_copy: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        targets: list[str] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets

        keep_copy = self.keep_copy

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if targets is not UNSET:
            field_dict["targets"] = targets
        if keep_copy is not UNSET:
            field_dict["keep_copy"] = keep_copy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        targets = cast(list[str], d.pop("targets", UNSET))

        keep_copy = d.pop("keep_copy", UNSET)

        forwarding_update_request = cls(
            enabled=enabled,
            targets=targets,
            keep_copy=keep_copy,
        )

        return forwarding_update_request
