from typing import Literal

ConfirmDeleteIntentXConfirmDelete = Literal["true"]

CONFIRM_DELETE_INTENT_X_CONFIRM_DELETE_VALUES: set[
    ConfirmDeleteIntentXConfirmDelete
] = {
    "true",
}


def check_confirm_delete_intent_x_confirm_delete(
    value: str,
) -> ConfirmDeleteIntentXConfirmDelete:
    if value in CONFIRM_DELETE_INTENT_X_CONFIRM_DELETE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFIRM_DELETE_INTENT_X_CONFIRM_DELETE_VALUES!r}"
    )
