from typing import Literal

ListTicketsCategory = Literal[
    "abuse",
    "account",
    "affiliate",
    "api",
    "billing",
    "deliverability",
    "feature",
    "other",
    "partnership",
    "sales",
    "technical",
]

LIST_TICKETS_CATEGORY_VALUES: set[ListTicketsCategory] = {
    "abuse",
    "account",
    "affiliate",
    "api",
    "billing",
    "deliverability",
    "feature",
    "other",
    "partnership",
    "sales",
    "technical",
}


def check_list_tickets_category(value: str) -> ListTicketsCategory:
    if value in LIST_TICKETS_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TICKETS_CATEGORY_VALUES!r}"
    )
