from typing import Literal

DomainSignatureUpdateRequestSignatureMode = Literal["default", "enforced", "off"]

DOMAIN_SIGNATURE_UPDATE_REQUEST_SIGNATURE_MODE_VALUES: set[
    DomainSignatureUpdateRequestSignatureMode
] = {
    "default",
    "enforced",
    "off",
}


def check_domain_signature_update_request_signature_mode(
    value: str,
) -> DomainSignatureUpdateRequestSignatureMode:
    if value in DOMAIN_SIGNATURE_UPDATE_REQUEST_SIGNATURE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_SIGNATURE_UPDATE_REQUEST_SIGNATURE_MODE_VALUES!r}"
    )
