from typing import Literal

DriveBrowseSubfolderSort = Literal["date", "name", "size"]

DRIVE_BROWSE_SUBFOLDER_SORT_VALUES: set[DriveBrowseSubfolderSort] = {
    "date",
    "name",
    "size",
}


def check_drive_browse_subfolder_sort(value: str) -> DriveBrowseSubfolderSort:
    if value in DRIVE_BROWSE_SUBFOLDER_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DRIVE_BROWSE_SUBFOLDER_SORT_VALUES!r}"
    )
