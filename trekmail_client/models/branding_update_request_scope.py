from typing import Literal

BrandingUpdateRequestScope = Literal["account_default", "all", "domain"]

BRANDING_UPDATE_REQUEST_SCOPE_VALUES: set[BrandingUpdateRequestScope] = {
    "account_default",
    "all",
    "domain",
}


def check_branding_update_request_scope(value: str) -> BrandingUpdateRequestScope:
    if value in BRANDING_UPDATE_REQUEST_SCOPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRANDING_UPDATE_REQUEST_SCOPE_VALUES!r}"
    )
