from typing import Literal

ContactImportRequestFormat = Literal["csv", "vcf"]

CONTACT_IMPORT_REQUEST_FORMAT_VALUES: set[ContactImportRequestFormat] = {
    "csv",
    "vcf",
}


def check_contact_import_request_format(value: str) -> ContactImportRequestFormat:
    if value in CONTACT_IMPORT_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTACT_IMPORT_REQUEST_FORMAT_VALUES!r}"
    )
