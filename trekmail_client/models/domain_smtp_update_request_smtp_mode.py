from typing import Literal

DomainSmtpUpdateRequestSmtpMode = Literal[
    "inherit", "not_configured", "platform", "profile"
]

DOMAIN_SMTP_UPDATE_REQUEST_SMTP_MODE_VALUES: set[DomainSmtpUpdateRequestSmtpMode] = {
    "inherit",
    "not_configured",
    "platform",
    "profile",
}


def check_domain_smtp_update_request_smtp_mode(
    value: str,
) -> DomainSmtpUpdateRequestSmtpMode:
    if value in DOMAIN_SMTP_UPDATE_REQUEST_SMTP_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_SMTP_UPDATE_REQUEST_SMTP_MODE_VALUES!r}"
    )
