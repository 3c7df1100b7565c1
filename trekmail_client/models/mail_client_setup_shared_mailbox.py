from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="MailClientSetupSharedMailbox")


@_attrs_define
class MailClientSetupSharedMailbox:
    """A shared mailbox the mailbox can open natively. Only the keys the facts name are typed; the folder-path keys are not
    pinned down and are kept as additional properties.

        Attributes:
            native_access_ready (bool | None | Unset): The shared mailbox can be opened in a mail client.
            send_as_ready (bool | None | Unset): Sending as the shared address works.
            send_as_reason (None | str | Unset): Why sending as the shared address does not work yet.
    """

    native_access_ready: bool | None | Unset = UNSET
    send_as_ready: bool | None | Unset = UNSET
    send_as_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        native_access_ready: bool | None | Unset
        if isinstance(self.native_access_ready, Unset):
            native_access_ready = UNSET
        else:
            native_access_ready = self.native_access_ready

        send_as_ready: bool | None | Unset
        if isinstance(self.send_as_ready, Unset):
            send_as_ready = UNSET
        else:
            send_as_ready = self.send_as_ready

        send_as_reason: None | str | Unset
        if isinstance(self.send_as_reason, Unset):
            send_as_reason = UNSET
        else:
            send_as_reason = self.send_as_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if native_access_ready is not UNSET:
            field_dict["native_access_ready"] = native_access_ready
        if send_as_ready is not UNSET:
            field_dict["send_as_ready"] = send_as_ready
        if send_as_reason is not UNSET:
            field_dict["send_as_reason"] = send_as_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_native_access_ready(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        native_access_ready = _parse_native_access_ready(
            d.pop("native_access_ready", UNSET)
        )

        def _parse_send_as_ready(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_as_ready = _parse_send_as_ready(d.pop("send_as_ready", UNSET))

        def _parse_send_as_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        send_as_reason = _parse_send_as_reason(d.pop("send_as_reason", UNSET))

        mail_client_setup_shared_mailbox = cls(
            native_access_ready=native_access_ready,
            send_as_ready=send_as_ready,
            send_as_reason=send_as_reason,
        )

        mail_client_setup_shared_mailbox.additional_properties = d
        return mail_client_setup_shared_mailbox

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
