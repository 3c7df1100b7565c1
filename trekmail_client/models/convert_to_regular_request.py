from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


T = TypeVar("T", bound="ConvertToRegularRequest")


@_attrs_define
class ConvertToRegularRequest:
    """Convert a shared mailbox back to a regular one (removes all members).

    Attributes:
        password (str): The new sign-in password. At least 12 characters with an upper-case letter, a lower-case letter
            and a digit. Example: Correct1HorseBattery.
    """

    password: str

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        convert_to_regular_request = cls(
            password=password,
        )

        return convert_to_regular_request
