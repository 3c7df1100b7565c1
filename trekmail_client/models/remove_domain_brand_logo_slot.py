from typing import Literal

RemoveDomainBrandLogoSlot = Literal["dark", "favicon", "light"]

REMOVE_DOMAIN_BRAND_LOGO_SLOT_VALUES: set[RemoveDomainBrandLogoSlot] = {
    "dark",
    "favicon",
    "light",
}


def check_remove_domain_brand_logo_slot(value: str) -> RemoveDomainBrandLogoSlot:
    if value in REMOVE_DOMAIN_BRAND_LOGO_SLOT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVE_DOMAIN_BRAND_LOGO_SLOT_VALUES!r}"
    )
