from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.verify_bulk_request_mode import check_verify_bulk_request_mode
from ..models.verify_bulk_request_mode import VerifyBulkRequestMode


T = TypeVar("T", bound="VerifyBulkRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class VerifyBulkRequest:
    """Start a bulk verification job.

    Attributes:
        emails (list[str]): Addresses (1-50,000).
        name (str | Unset): Job name.
        mode (VerifyBulkRequestMode | Unset): `quick` (1 credit) or `deep` (2 credits; 1 for big
            free providers). Default: 'quick'.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    emails: list[str]
    name: str | Unset = UNSET
    mode: VerifyBulkRequestMode | Unset = "quick"
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            emails = self.emails

        except _parsing.PARSE_ERRORS:
            emails = self.emails
        if emails is not UNSET:
            field_dict["emails"] = emails
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        try:
            mode: str | Unset = UNSET
            if not isinstance(self.mode, Unset):
                mode = self.mode

        except _parsing.PARSE_ERRORS:
            mode = self.mode
        if mode is not UNSET:
            field_dict["mode"] = mode
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
        _raw = d.pop("emails", UNSET)
        if _raw is UNSET:
            emails = _parsing.missing_field(cls, "emails", "list[str]")
        else:
            if not isinstance(_raw, list):
                emails = _parsing.field_mismatch(cls, "emails", "list[str]", _raw)
            else:
                try:
                    emails = cast(list[str], _raw)

                except _parsing.PARSE_ERRORS as exc:
                    emails = _parsing.field_mismatch(
                        cls, "emails", "list[str]", _raw, exc
                    )

        _raw = d.pop("name", UNSET)
        name = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            name = _parsing.field_mismatch(cls, "name", "str", _raw)

        _raw = d.pop("mode", UNSET)
        try:
            _mode = _raw
            mode: VerifyBulkRequestMode | Unset
            if isinstance(_mode, Unset):
                mode = UNSET
            else:
                mode = check_verify_bulk_request_mode(_mode)

        except _parsing.PARSE_ERRORS as exc:
            mode = _parsing.field_mismatch(
                cls, "mode", "VerifyBulkRequestMode", _raw, exc
            )

        instance = cls(
            emails=emails,
            name=name,
            mode=mode,
        )
        instance._raw_json = src_dict
        return instance
