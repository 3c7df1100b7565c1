from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.white_label_member_invite_request_role import (
    check_white_label_member_invite_request_role,
)
from ..models.white_label_member_invite_request_role import (
    WhiteLabelMemberInviteRequestRole,
)
from typing import cast


T = TypeVar("T", bound="WhiteLabelMemberInviteRequest")


@_attrs_define
class WhiteLabelMemberInviteRequest:
    """Invite a member to the White Label team.

    Attributes:
        email (str): Address to invite.
        role (WhiteLabelMemberInviteRequestRole): Role to grant.
        all_domains (bool): Grant access to every domain of the account.
        domain_ids (list[int] | Unset): Domains the member may access (when `all_domains` is false).
        permissions (list[str] | Unset): Permissions for role `custom` (see get_white_label_access_catalog).
        note (None | str | Unset): Free-text note; null clears it.
    """

    email: str
    role: WhiteLabelMemberInviteRequestRole
    all_domains: bool
    domain_ids: list[int] | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role: str = self.role

        all_domains = self.all_domains

        domain_ids: list[int] | Unset = UNSET
        if not isinstance(self.domain_ids, Unset):
            domain_ids = self.domain_ids

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "role": role,
                "all_domains": all_domains,
            }
        )
        if domain_ids is not UNSET:
            field_dict["domain_ids"] = domain_ids
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        role = check_white_label_member_invite_request_role(d.pop("role"))

        all_domains = d.pop("all_domains")

        domain_ids = cast(list[int], d.pop("domain_ids", UNSET))

        permissions = cast(list[str], d.pop("permissions", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        white_label_member_invite_request = cls(
            email=email,
            role=role,
            all_domains=all_domains,
            domain_ids=domain_ids,
            permissions=permissions,
            note=note,
        )

        return white_label_member_invite_request
