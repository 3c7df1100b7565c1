from typing import Literal

RemoveDomainBrandingScope = Literal["all", "domain"]

REMOVE_DOMAIN_BRANDING_SCOPE_VALUES: set[RemoveDomainBrandingScope] = {
    "all",
    "domain",
}


def check_remove_domain_branding_scope(value: str) -> RemoveDomainBrandingScope:
    if value in REMOVE_DOMAIN_BRANDING_SCOPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVE_DOMAIN_BRANDING_SCOPE_VALUES!r}"
    )
