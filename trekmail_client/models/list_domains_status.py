from typing import Literal

ListDomainsStatus = Literal["active", "pending_dns", "suspended"]

LIST_DOMAINS_STATUS_VALUES: set[ListDomainsStatus] = {
    "active",
    "pending_dns",
    "suspended",
}


def check_list_domains_status(value: str) -> ListDomainsStatus:
    if value in LIST_DOMAINS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DOMAINS_STATUS_VALUES!r}"
    )
