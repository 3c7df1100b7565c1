from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET


T = TypeVar("T", bound="DomainAliasSetRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DomainAliasSetRequest:
    """Make this domain an alias (receive-only matching addresses) of a primary domain.

    Attributes:
        primary_domain_id (int): Id of the primary domain whose addresses this domain matches.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    primary_domain_id: int
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        primary_domain_id = self.primary_domain_id
        if primary_domain_id is not UNSET:
            field_dict["primary_domain_id"] = primary_domain_id
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
        _raw = d.pop("primary_domain_id", UNSET)
        if _raw is UNSET:
            primary_domain_id = _parsing.missing_field(cls, "primary_domain_id", "int")
        else:
            primary_domain_id = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                primary_domain_id = _parsing.field_mismatch(
                    cls, "primary_domain_id", "int", _raw
                )

        instance = cls(
            primary_domain_id=primary_domain_id,
        )
        instance._raw_json = src_dict
        return instance
