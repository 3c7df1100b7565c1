from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="AppPasswordList")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class AppPasswordList:
    """A mailbox's app passwords.

    Attributes:
        data (list[AppPassword]):
        mailbox_id (int | None | Unset): The mailbox.
        client_auth_mode (None | str | Unset): Known values: `app_password_only`,
            `password_or_app_password`.
        limit (int | None | Unset): Most active app passwords allowed (25).
        active_count (int | None | Unset): Active app passwords.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    data: list[AppPassword]
    mailbox_id: int | None | Unset = UNSET
    client_auth_mode: None | str | Unset = UNSET
    limit: int | None | Unset = UNSET
    active_count: int | None | Unset = UNSET
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
            mailbox_id: int | None | Unset
            if isinstance(self.mailbox_id, Unset):
                mailbox_id = UNSET
            else:
                mailbox_id = self.mailbox_id
        except _parsing.PARSE_ERRORS:
            mailbox_id = self.mailbox_id
        if mailbox_id is not UNSET:
            field_dict["mailbox_id"] = mailbox_id
        try:
            client_auth_mode: None | str | Unset
            if isinstance(self.client_auth_mode, Unset):
                client_auth_mode = UNSET
            else:
                client_auth_mode = self.client_auth_mode
        except _parsing.PARSE_ERRORS:
            client_auth_mode = self.client_auth_mode
        if client_auth_mode is not UNSET:
            field_dict["client_auth_mode"] = client_auth_mode
        try:
            limit: int | None | Unset
            if isinstance(self.limit, Unset):
                limit = UNSET
            else:
                limit = self.limit
        except _parsing.PARSE_ERRORS:
            limit = self.limit
        if limit is not UNSET:
            field_dict["limit"] = limit
        try:
            active_count: int | None | Unset
            if isinstance(self.active_count, Unset):
                active_count = UNSET
            else:
                active_count = self.active_count
        except _parsing.PARSE_ERRORS:
            active_count = self.active_count
        if active_count is not UNSET:
            field_dict["active_count"] = active_count
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
            data = _parsing.missing_field(cls, "data", "list[AppPassword]")
        else:
            if not isinstance(_raw, list):
                data = _parsing.field_mismatch(cls, "data", "list[AppPassword]", _raw)
            else:
                try:
                    data = []
                    _data = _raw
                    for data_item_data in _data:
                        data_item = AppPassword.from_dict(data_item_data)

                        data.append(data_item)

                except _parsing.PARSE_ERRORS as exc:
                    data = _parsing.field_mismatch(
                        cls, "data", "list[AppPassword]", _raw, exc
                    )

        _raw = d.pop("mailbox_id", UNSET)
        mailbox_id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            mailbox_id = _parsing.field_mismatch(cls, "mailbox_id", "int | None", _raw)

        _raw = d.pop("client_auth_mode", UNSET)
        client_auth_mode = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            client_auth_mode = _parsing.field_mismatch(
                cls, "client_auth_mode", "None | str", _raw
            )

        _raw = d.pop("limit", UNSET)
        limit = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            limit = _parsing.field_mismatch(cls, "limit", "int | None", _raw)

        _raw = d.pop("active_count", UNSET)
        active_count = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            active_count = _parsing.field_mismatch(
                cls, "active_count", "int | None", _raw
            )

        instance = cls(
            data=data,
            mailbox_id=mailbox_id,
            client_auth_mode=client_auth_mode,
            limit=limit,
            active_count=active_count,
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
from ..models.app_password import AppPassword  # noqa: E402
