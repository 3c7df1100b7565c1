from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.smtp_profile import SmtpProfile


T = TypeVar("T", bound="SmtpDefault")


@_attrs_define
class SmtpDefault:
    """The account-wide default SMTP route (new domains start on it).

    Attributes:
        default_smtp_mode (None | str | Unset): The default route, null until set. Known values: `platform`, `profile`,
            `not_configured`.
        effective_default_smtp_mode (str | Unset): The route used when unset (plan baseline: `platform` on paid plans,
            otherwise `not_configured`). Known values: `platform`, `profile`, `not_configured`.
        default_smtp_connection_id (int | None | Unset): Profile id of the default, if any.
        profile (None | SmtpProfile | Unset): The default profile, if any.
    """

    default_smtp_mode: None | str | Unset = UNSET
    effective_default_smtp_mode: str | Unset = UNSET
    default_smtp_connection_id: int | None | Unset = UNSET
    profile: None | SmtpProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.smtp_profile import SmtpProfile  # noqa: PLC0415

        default_smtp_mode: None | str | Unset
        if isinstance(self.default_smtp_mode, Unset):
            default_smtp_mode = UNSET
        else:
            default_smtp_mode = self.default_smtp_mode

        effective_default_smtp_mode = self.effective_default_smtp_mode

        default_smtp_connection_id: int | None | Unset
        if isinstance(self.default_smtp_connection_id, Unset):
            default_smtp_connection_id = UNSET
        else:
            default_smtp_connection_id = self.default_smtp_connection_id

        profile: dict[str, Any] | None | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        elif isinstance(self.profile, SmtpProfile):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_smtp_mode is not UNSET:
            field_dict["default_smtp_mode"] = default_smtp_mode
        if effective_default_smtp_mode is not UNSET:
            field_dict["effective_default_smtp_mode"] = effective_default_smtp_mode
        if default_smtp_connection_id is not UNSET:
            field_dict["default_smtp_connection_id"] = default_smtp_connection_id
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smtp_profile import SmtpProfile  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_default_smtp_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_smtp_mode = _parse_default_smtp_mode(d.pop("default_smtp_mode", UNSET))

        effective_default_smtp_mode = d.pop("effective_default_smtp_mode", UNSET)

        def _parse_default_smtp_connection_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_smtp_connection_id = _parse_default_smtp_connection_id(
            d.pop("default_smtp_connection_id", UNSET)
        )

        def _parse_profile(data: object) -> None | SmtpProfile | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_type_0 = SmtpProfile.from_dict(data)

                return profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SmtpProfile | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        smtp_default = cls(
            default_smtp_mode=default_smtp_mode,
            effective_default_smtp_mode=effective_default_smtp_mode,
            default_smtp_connection_id=default_smtp_connection_id,
            profile=profile,
        )

        smtp_default.additional_properties = d
        return smtp_default

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
