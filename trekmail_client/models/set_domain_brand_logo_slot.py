from typing import Literal

SetDomainBrandLogoSlot = Literal["dark", "favicon", "light"]

SET_DOMAIN_BRAND_LOGO_SLOT_VALUES: set[SetDomainBrandLogoSlot] = {
    "dark",
    "favicon",
    "light",
}


def check_set_domain_brand_logo_slot(value: str) -> SetDomainBrandLogoSlot:
    if value in SET_DOMAIN_BRAND_LOGO_SLOT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_DOMAIN_BRAND_LOGO_SLOT_VALUES!r}"
    )
