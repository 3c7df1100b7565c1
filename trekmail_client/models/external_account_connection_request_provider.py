from typing import Literal

ExternalAccountConnectionRequestProvider = Literal[
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

EXTERNAL_ACCOUNT_CONNECTION_REQUEST_PROVIDER_VALUES: set[
    ExternalAccountConnectionRequestProvider
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


def check_external_account_connection_request_provider(
    value: str,
) -> ExternalAccountConnectionRequestProvider:
    if value in EXTERNAL_ACCOUNT_CONNECTION_REQUEST_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ACCOUNT_CONNECTION_REQUEST_PROVIDER_VALUES!r}"
    )
