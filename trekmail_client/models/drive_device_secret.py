from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DriveDeviceSecret")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DriveDeviceSecret:
    """A device row with its password, returned once by create and rotate.

    Attributes:
        id (int): Device id (a new row after a rotate).
        label (str | Unset): Label.
        password (None | str | Unset): The WebDAV password (`dsync_...`), shown only once. (secret: never shown in repr)
        server_url (None | str | Unset): WebDAV server URL.
        rotated_from_device_id (int | None | Unset): The revoked device row (rotate only).
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    id: int
    label: str | Unset = UNSET
    password: None | str | Unset = _attrs_field(
        default=UNSET, repr=_parsing.secret_repr
    )
    server_url: None | str | Unset = UNSET
    rotated_from_device_id: int | None | Unset = UNSET
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
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        label = self.label
        if label is not UNSET:
            field_dict["label"] = label
        try:
            password: None | str | Unset
            if isinstance(self.password, Unset):
                password = UNSET
            else:
                password = self.password
        except _parsing.PARSE_ERRORS:
            password = self.password
        if password is not UNSET:
            field_dict["password"] = password
        try:
            server_url: None | str | Unset
            if isinstance(self.server_url, Unset):
                server_url = UNSET
            else:
                server_url = self.server_url
        except _parsing.PARSE_ERRORS:
            server_url = self.server_url
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        try:
            rotated_from_device_id: int | None | Unset
            if isinstance(self.rotated_from_device_id, Unset):
                rotated_from_device_id = UNSET
            else:
                rotated_from_device_id = self.rotated_from_device_id
        except _parsing.PARSE_ERRORS:
            rotated_from_device_id = self.rotated_from_device_id
        if rotated_from_device_id is not UNSET:
            field_dict["rotated_from_device_id"] = rotated_from_device_id
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
        _raw = d.pop("id", UNSET)
        if _raw is UNSET:
            id = _parsing.missing_field(cls, "id", "int")
        else:
            id = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                id = _parsing.field_mismatch(cls, "id", "int", _raw)

        _raw = d.pop("label", UNSET)
        label = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            label = _parsing.field_mismatch(cls, "label", "str", _raw)

        _raw = d.pop("password", UNSET)
        password = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            password = _parsing.field_mismatch(cls, "password", "None | str", _raw)

        _raw = d.pop("server_url", UNSET)
        server_url = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            server_url = _parsing.field_mismatch(cls, "server_url", "None | str", _raw)

        _raw = d.pop("rotated_from_device_id", UNSET)
        rotated_from_device_id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            rotated_from_device_id = _parsing.field_mismatch(
                cls, "rotated_from_device_id", "int | None", _raw
            )

        instance = cls(
            id=id,
            label=label,
            password=password,
            server_url=server_url,
            rotated_from_device_id=rotated_from_device_id,
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
