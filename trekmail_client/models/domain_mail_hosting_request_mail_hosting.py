from typing import Literal

DomainMailHostingRequestMailHosting = Literal["external", "trekmail"]

DOMAIN_MAIL_HOSTING_REQUEST_MAIL_HOSTING_VALUES: set[
    DomainMailHostingRequestMailHosting
] = {
    "external",
    "trekmail",
}


def check_domain_mail_hosting_request_mail_hosting(
    value: str,
) -> DomainMailHostingRequestMailHosting:
    if value in DOMAIN_MAIL_HOSTING_REQUEST_MAIL_HOSTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_MAIL_HOSTING_REQUEST_MAIL_HOSTING_VALUES!r}"
    )
