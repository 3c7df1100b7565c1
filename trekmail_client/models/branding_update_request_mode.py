from typing import Literal

BrandingUpdateRequestMode = Literal["custom", "inherit", "off"]

BRANDING_UPDATE_REQUEST_MODE_VALUES: set[BrandingUpdateRequestMode] = {
    "custom",
    "inherit",
    "off",
}


def check_branding_update_request_mode(value: str) -> BrandingUpdateRequestMode:
    if value in BRANDING_UPDATE_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRANDING_UPDATE_REQUEST_MODE_VALUES!r}"
    )
