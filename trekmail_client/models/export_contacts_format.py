from typing import Literal

ExportContactsFormat = Literal["csv", "vcard"]

EXPORT_CONTACTS_FORMAT_VALUES: set[ExportContactsFormat] = {
    "csv",
    "vcard",
}


def check_export_contacts_format(value: str) -> ExportContactsFormat:
    if value in EXPORT_CONTACTS_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_CONTACTS_FORMAT_VALUES!r}"
    )
