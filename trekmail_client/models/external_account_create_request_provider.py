from typing import Literal

ExternalAccountCreateRequestProvider = Literal[
    "aol",
    "custom",
    "fastmail",
    "gmail",
    "gmx",
    "icloud",
    "outlook",
    "yahoo",
    "yandex",
    "zoho",
]

EXTERNAL_ACCOUNT_CREATE_REQUEST_PROVIDER_VALUES: set[
    ExternalAccountCreateRequestProvider
] = {
    "aol",
    "custom",
    "fastmail",
    "gmail",
    "gmx",
    "icloud",
    "outlook",
    "yahoo",
    "yandex",
    "zoho",
}


def check_external_account_create_request_provider(
    value: str,
) -> ExternalAccountCreateRequestProvider:
    if value in EXTERNAL_ACCOUNT_CREATE_REQUEST_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ACCOUNT_CREATE_REQUEST_PROVIDER_VALUES!r}"
    )
