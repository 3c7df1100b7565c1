from typing import Literal

IdentityCreateRequestKind = Literal["managed", "send_as"]

IDENTITY_CREATE_REQUEST_KIND_VALUES: set[IdentityCreateRequestKind] = {
    "managed",
    "send_as",
}


def check_identity_create_request_kind(value: str) -> IdentityCreateRequestKind:
    if value in IDENTITY_CREATE_REQUEST_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDENTITY_CREATE_REQUEST_KIND_VALUES!r}"
    )
