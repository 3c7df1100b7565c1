from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.white_label_member_update_request_role import (
    check_white_label_member_update_request_role,
)
from ..models.white_label_member_update_request_role import (
    WhiteLabelMemberUpdateRequestRole,
)


T = TypeVar("T", bound="WhiteLabelMemberUpdateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class WhiteLabelMemberUpdateRequest:
    """Change a member's access; give at least one field (the official client requires one; not
    expressed as minProperties).

    Attributes:
        role (WhiteLabelMemberUpdateRequestRole | Unset): Role to grant (the grantable roles of
            the invite).
        all_domains (bool | Unset): Grant access to every domain of the account.
        domain_ids (list[int] | Unset): Domains the member may access (when `all_domains` is
            false).
        permissions (list[str] | Unset): Permissions for role `custom` (see
            get_white_label_access_catalog).
        note (None | str | Unset): Free-text note; null clears it.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    role: WhiteLabelMemberUpdateRequestRole | Unset = UNSET
    all_domains: bool | Unset = UNSET
    domain_ids: list[int] | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    note: None | str | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            role: str | Unset = UNSET
            if not isinstance(self.role, Unset):
                role = self.role

        except _parsing.PARSE_ERRORS:
            role = self.role
        if role is not UNSET:
            field_dict["role"] = role
        all_domains = self.all_domains
        if all_domains is not UNSET:
            field_dict["all_domains"] = all_domains
        try:
            domain_ids: list[int] | Unset = UNSET
            if not isinstance(self.domain_ids, Unset):
                domain_ids = self.domain_ids

        except _parsing.PARSE_ERRORS:
            domain_ids = self.domain_ids
        if domain_ids is not UNSET:
            field_dict["domain_ids"] = domain_ids
        try:
            permissions: list[str] | Unset = UNSET
            if not isinstance(self.permissions, Unset):
                permissions = self.permissions

        except _parsing.PARSE_ERRORS:
            permissions = self.permissions
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        try:
            note: None | str | Unset
            if isinstance(self.note, Unset):
                note = UNSET
            else:
                note = self.note
        except _parsing.PARSE_ERRORS:
            note = self.note
        if note is not UNSET:
            field_dict["note"] = note
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
        _raw = d.pop("role", UNSET)
        try:
            _role = _raw
            role: WhiteLabelMemberUpdateRequestRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = check_white_label_member_update_request_role(_role)

        except _parsing.PARSE_ERRORS as exc:
            role = _parsing.field_mismatch(
                cls, "role", "WhiteLabelMemberUpdateRequestRole", _raw, exc
            )

        _raw = d.pop("all_domains", UNSET)
        all_domains = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            all_domains = _parsing.field_mismatch(cls, "all_domains", "bool", _raw)

        _raw = d.pop("domain_ids", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            domain_ids = _parsing.field_mismatch(cls, "domain_ids", "list[int]", _raw)
        else:
            try:
                domain_ids = cast(list[int], _raw)

            except _parsing.PARSE_ERRORS as exc:
                domain_ids = _parsing.field_mismatch(
                    cls, "domain_ids", "list[int]", _raw, exc
                )

        _raw = d.pop("permissions", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            permissions = _parsing.field_mismatch(cls, "permissions", "list[str]", _raw)
        else:
            try:
                permissions = cast(list[str], _raw)

            except _parsing.PARSE_ERRORS as exc:
                permissions = _parsing.field_mismatch(
                    cls, "permissions", "list[str]", _raw, exc
                )

        _raw = d.pop("note", UNSET)
        note = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            note = _parsing.field_mismatch(cls, "note", "None | str", _raw)

        instance = cls(
            role=role,
            all_domains=all_domains,
            domain_ids=domain_ids,
            permissions=permissions,
            note=note,
        )
        instance._raw_json = src_dict
        return instance
