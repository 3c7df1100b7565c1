from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


T = TypeVar("T", bound="SieveScriptRequest")


@_attrs_define
class SieveScriptRequest:
    """A custom Sieve script (Agency only).

    Attributes:
        script (str): The Sieve script; it must `require` every extension it uses.
    """

    script: str

    def to_dict(self) -> dict[str, Any]:
        script = self.script

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "script": script,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        script = d.pop("script")

        sieve_script_request = cls(
            script=script,
        )

        return sieve_script_request
