from typing import Literal

DomainCreateRequestMailHosting = Literal["external", "trekmail"]

DOMAIN_CREATE_REQUEST_MAIL_HOSTING_VALUES: set[DomainCreateRequestMailHosting] = {
    "external",
    "trekmail",
}


def check_domain_create_request_mail_hosting(
    value: str,
) -> DomainCreateRequestMailHosting:
    if value in DOMAIN_CREATE_REQUEST_MAIL_HOSTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_CREATE_REQUEST_MAIL_HOSTING_VALUES!r}"
    )
