from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.domain_signature_update_request_signature_mode import (
    check_domain_signature_update_request_signature_mode,
)
from ..models.domain_signature_update_request_signature_mode import (
    DomainSignatureUpdateRequestSignatureMode,
)
from ..models.domain_signature_update_request_signature_position import (
    check_domain_signature_update_request_signature_position,
)
from ..models.domain_signature_update_request_signature_position import (
    DomainSignatureUpdateRequestSignaturePosition,
)


T = TypeVar("T", bound="DomainSignatureUpdateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DomainSignatureUpdateRequest:
    """Set the domain-wide signature. Modes other than `off` need effective HTML.

    Attributes:
        signature_mode (DomainSignatureUpdateRequestSignatureMode): Signature mode.
        signature_position (DomainSignatureUpdateRequestSignaturePosition | Unset): Where the
            signature goes. Default: 'before_reply'.
        signature_html (str | Unset): Signature HTML. Omit to keep the current one; `""` with
            mode `off` clears it. Sanitized server-side.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    signature_mode: DomainSignatureUpdateRequestSignatureMode
    signature_position: DomainSignatureUpdateRequestSignaturePosition | Unset = (
        "before_reply"
    )
    signature_html: str | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            signature_mode: str = self.signature_mode
        except _parsing.PARSE_ERRORS:
            signature_mode = self.signature_mode
        if signature_mode is not UNSET:
            field_dict["signature_mode"] = signature_mode
        try:
            signature_position: str | Unset = UNSET
            if not isinstance(self.signature_position, Unset):
                signature_position = self.signature_position

        except _parsing.PARSE_ERRORS:
            signature_position = self.signature_position
        if signature_position is not UNSET:
            field_dict["signature_position"] = signature_position
        signature_html = self.signature_html
        if signature_html is not UNSET:
            field_dict["signature_html"] = signature_html
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
        _raw = d.pop("signature_mode", UNSET)
        if _raw is UNSET:
            signature_mode = _parsing.missing_field(
                cls, "signature_mode", "DomainSignatureUpdateRequestSignatureMode"
            )
        else:
            try:
                signature_mode = check_domain_signature_update_request_signature_mode(
                    _raw
                )

            except _parsing.PARSE_ERRORS as exc:
                signature_mode = _parsing.field_mismatch(
                    cls,
                    "signature_mode",
                    "DomainSignatureUpdateRequestSignatureMode",
                    _raw,
                    exc,
                )

        _raw = d.pop("signature_position", UNSET)
        try:
            _signature_position = _raw
            signature_position: DomainSignatureUpdateRequestSignaturePosition | Unset
            if isinstance(_signature_position, Unset):
                signature_position = UNSET
            else:
                signature_position = (
                    check_domain_signature_update_request_signature_position(
                        _signature_position
                    )
                )

        except _parsing.PARSE_ERRORS as exc:
            signature_position = _parsing.field_mismatch(
                cls,
                "signature_position",
                "DomainSignatureUpdateRequestSignaturePosition",
                _raw,
                exc,
            )

        _raw = d.pop("signature_html", UNSET)
        signature_html = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            signature_html = _parsing.field_mismatch(cls, "signature_html", "str", _raw)

        instance = cls(
            signature_mode=signature_mode,
            signature_position=signature_position,
            signature_html=signature_html,
        )
        instance._raw_json = src_dict
        return instance
