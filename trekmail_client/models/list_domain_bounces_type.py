from typing import Literal

ListDomainBouncesType = Literal["all", "hard", "soft"]

LIST_DOMAIN_BOUNCES_TYPE_VALUES: set[ListDomainBouncesType] = {
    "all",
    "hard",
    "soft",
}


def check_list_domain_bounces_type(value: str) -> ListDomainBouncesType:
    if value in LIST_DOMAIN_BOUNCES_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DOMAIN_BOUNCES_TYPE_VALUES!r}"
    )
