from typing import Literal

FolderEmptyRequestFolder = Literal["Junk", "Trash"]

FOLDER_EMPTY_REQUEST_FOLDER_VALUES: set[FolderEmptyRequestFolder] = {
    "Junk",
    "Trash",
}


def check_folder_empty_request_folder(value: str) -> FolderEmptyRequestFolder:
    if value in FOLDER_EMPTY_REQUEST_FOLDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOLDER_EMPTY_REQUEST_FOLDER_VALUES!r}"
    )
