from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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


@_attrs_define
class DomainSignatureUpdateRequest:
    """Set the domain-wide signature. Modes other than `off` need effective HTML.

    Attributes:
        signature_mode (DomainSignatureUpdateRequestSignatureMode): Signature mode.
        signature_position (DomainSignatureUpdateRequestSignaturePosition | Unset): Where the signature goes. Default:
            'before_reply'.
        signature_html (str | Unset): Signature HTML. Omit to keep the current one; `""` with mode `off` clears it.
            Sanitized server-side.
    """

    signature_mode: DomainSignatureUpdateRequestSignatureMode
    signature_position: DomainSignatureUpdateRequestSignaturePosition | Unset = (
        "before_reply"
    )
    signature_html: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        signature_mode: str = self.signature_mode

        signature_position: str | Unset = UNSET
        if not isinstance(self.signature_position, Unset):
            signature_position = self.signature_position

        signature_html = self.signature_html

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "signature_mode": signature_mode,
            }
        )
        if signature_position is not UNSET:
            field_dict["signature_position"] = signature_position
        if signature_html is not UNSET:
            field_dict["signature_html"] = signature_html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        signature_mode = check_domain_signature_update_request_signature_mode(
            d.pop("signature_mode")
        )

        _signature_position = d.pop("signature_position", UNSET)
        signature_position: DomainSignatureUpdateRequestSignaturePosition | Unset
        if isinstance(_signature_position, Unset):
            signature_position = UNSET
        else:
            signature_position = (
                check_domain_signature_update_request_signature_position(
                    _signature_position
                )
            )

        signature_html = d.pop("signature_html", UNSET)

        domain_signature_update_request = cls(
            signature_mode=signature_mode,
            signature_position=signature_position,
            signature_html=signature_html,
        )

        return domain_signature_update_request
