from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="AppPasswordRotateResponse")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class AppPasswordRotateResponse:
    """The replacement app password; `data.password` is shown once.

    Attributes:
        data (AppPasswordSecret): A newly minted app password (the secret is shown once).
        replaced_id (int | None | Unset): Id of the revoked app password.
        message (None | str | Unset): Human-readable message.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    data: AppPasswordSecret
    replaced_id: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
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
            data = self.data.to_dict()
        except _parsing.PARSE_ERRORS:
            data = self.data
        if data is not UNSET:
            field_dict["data"] = data
        try:
            replaced_id: int | None | Unset
            if isinstance(self.replaced_id, Unset):
                replaced_id = UNSET
            else:
                replaced_id = self.replaced_id
        except _parsing.PARSE_ERRORS:
            replaced_id = self.replaced_id
        if replaced_id is not UNSET:
            field_dict["replaced_id"] = replaced_id
        try:
            message: None | str | Unset
            if isinstance(self.message, Unset):
                message = UNSET
            else:
                message = self.message
        except _parsing.PARSE_ERRORS:
            message = self.message
        if message is not UNSET:
            field_dict["message"] = message
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
            data = _parsing.missing_field(cls, "data", "AppPasswordSecret")
        else:
            if type(_raw) is not dict and not isinstance(_raw, Mapping):
                data = _parsing.not_an_object(
                    AppPasswordSecret, _raw, where=f"{cls.__name__}.data"
                )
            else:
                data = AppPasswordSecret.from_dict(_raw)

        _raw = d.pop("replaced_id", UNSET)
        replaced_id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            replaced_id = _parsing.field_mismatch(
                cls, "replaced_id", "int | None", _raw
            )

        _raw = d.pop("message", UNSET)
        message = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            message = _parsing.field_mismatch(cls, "message", "None | str", _raw)

        instance = cls(
            data=data,
            replaced_id=replaced_id,
            message=message,
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
from ..models.app_password_secret import AppPasswordSecret  # noqa: E402
