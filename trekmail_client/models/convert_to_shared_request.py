from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET


T = TypeVar("T", bound="ConvertToSharedRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class ConvertToSharedRequest:
    """Convert a mailbox to a shared one (rotates its password so it can no longer sign in).

    Attributes:
        member_mailbox_ids (list[int]): Members of the new shared mailbox (at least one).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    member_mailbox_ids: list[int]
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            member_mailbox_ids = self.member_mailbox_ids

        except _parsing.PARSE_ERRORS:
            member_mailbox_ids = self.member_mailbox_ids
        if member_mailbox_ids is not UNSET:
            field_dict["member_mailbox_ids"] = member_mailbox_ids
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
        _raw = d.pop("member_mailbox_ids", UNSET)
        if _raw is UNSET:
            member_mailbox_ids = _parsing.missing_field(
                cls, "member_mailbox_ids", "list[int]"
            )
        else:
            if not isinstance(_raw, list):
                member_mailbox_ids = _parsing.field_mismatch(
                    cls, "member_mailbox_ids", "list[int]", _raw
                )
            else:
                try:
                    member_mailbox_ids = cast(list[int], _raw)

                except _parsing.PARSE_ERRORS as exc:
                    member_mailbox_ids = _parsing.field_mismatch(
                        cls, "member_mailbox_ids", "list[int]", _raw, exc
                    )

        instance = cls(
            member_mailbox_ids=member_mailbox_ids,
        )
        instance._raw_json = src_dict
        return instance
