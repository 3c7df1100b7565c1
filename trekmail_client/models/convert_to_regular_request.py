from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET


T = TypeVar("T", bound="ConvertToRegularRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class ConvertToRegularRequest:
    """Convert a shared mailbox back to a regular one (removes all members).

    Attributes:
        password (str): The new sign-in password. At least 12 characters with an upper-case
            letter, a lower-case letter and a digit. Example: Correct1HorseBattery. (secret: never shown in repr)

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    password: str = _attrs_field(repr=_parsing.secret_repr)
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        password = self.password
        if password is not UNSET:
            field_dict["password"] = password
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
        _raw = d.pop("password", UNSET)
        if _raw is UNSET:
            password = _parsing.missing_field(cls, "password", "str")
        else:
            password = _raw
            if not isinstance(_raw, str):
                password = _parsing.field_mismatch(cls, "password", "str", _raw)

        instance = cls(
            password=password,
        )
        instance._raw_json = src_dict
        return instance
