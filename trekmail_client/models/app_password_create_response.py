from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.app_password_secret import AppPasswordSecret


T = TypeVar("T", bound="AppPasswordCreateResponse")


@_attrs_define
class AppPasswordCreateResponse:
    """The new app password; `data.password` (16 lowercase letters) is shown once. A replay of the same Idempotency-Key has
    no `password` and carries `_idempotency_replay_warning`.

        Attributes:
            data (AppPasswordSecret): A newly minted app password (the secret is shown once).
            message (None | str | Unset): Human-readable message.
    """

    data: AppPasswordSecret
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_password_secret import AppPasswordSecret  # noqa: PLC0415

        d = dict(src_dict)
        data = AppPasswordSecret.from_dict(d.pop("data"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        app_password_create_response = cls(
            data=data,
            message=message,
        )

        app_password_create_response.additional_properties = d
        return app_password_create_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
