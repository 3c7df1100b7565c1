from typing import Literal

DriveBrowseFolderSort = Literal["date", "name", "size"]

DRIVE_BROWSE_FOLDER_SORT_VALUES: set[DriveBrowseFolderSort] = {
    "date",
    "name",
    "size",
}


def check_drive_browse_folder_sort(value: str) -> DriveBrowseFolderSort:
    if value in DRIVE_BROWSE_FOLDER_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DRIVE_BROWSE_FOLDER_SORT_VALUES!r}"
    )
