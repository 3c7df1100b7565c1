from typing import Literal

DomainSignatureUpdateRequestSignaturePosition = Literal["after_reply", "before_reply"]

DOMAIN_SIGNATURE_UPDATE_REQUEST_SIGNATURE_POSITION_VALUES: set[
    DomainSignatureUpdateRequestSignaturePosition
] = {
    "after_reply",
    "before_reply",
}


def check_domain_signature_update_request_signature_position(
    value: str,
) -> DomainSignatureUpdateRequestSignaturePosition:
    if value in DOMAIN_SIGNATURE_UPDATE_REQUEST_SIGNATURE_POSITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_SIGNATURE_UPDATE_REQUEST_SIGNATURE_POSITION_VALUES!r}"
    )
