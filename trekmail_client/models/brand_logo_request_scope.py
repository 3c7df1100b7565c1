from typing import Literal

BrandLogoRequestScope = Literal["account_default", "all", "domain"]

BRAND_LOGO_REQUEST_SCOPE_VALUES: set[BrandLogoRequestScope] = {
    "account_default",
    "all",
    "domain",
}


def check_brand_logo_request_scope(value: str) -> BrandLogoRequestScope:
    if value in BRAND_LOGO_REQUEST_SCOPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRAND_LOGO_REQUEST_SCOPE_VALUES!r}"
    )
