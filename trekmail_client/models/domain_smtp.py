from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.smtp_profile import SmtpProfile


T = TypeVar("T", bound="DomainSmtp")


@_attrs_define
class DomainSmtp:
    """A domain's SMTP route.

    Attributes:
        smtp_mode (str | Unset): Configured route. Known values: `platform`, `profile`, `not_configured`, `inherit`.
        effective_smtp_mode (None | str | Unset): What the route resolves to (differs from `smtp_mode` for `inherit`).
            Known values: `platform`, `profile`, `not_configured`.
        profile (None | SmtpProfile | Unset): The selected profile, if any.
        effective_profile (None | SmtpProfile | Unset): The profile the effective route uses, if any.
    """

    smtp_mode: str | Unset = UNSET
    effective_smtp_mode: None | str | Unset = UNSET
    profile: None | SmtpProfile | Unset = UNSET
    effective_profile: None | SmtpProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.smtp_profile import SmtpProfile  # noqa: PLC0415

        smtp_mode = self.smtp_mode

        effective_smtp_mode: None | str | Unset
        if isinstance(self.effective_smtp_mode, Unset):
            effective_smtp_mode = UNSET
        else:
            effective_smtp_mode = self.effective_smtp_mode

        profile: dict[str, Any] | None | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        elif isinstance(self.profile, SmtpProfile):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        effective_profile: dict[str, Any] | None | Unset
        if isinstance(self.effective_profile, Unset):
            effective_profile = UNSET
        elif isinstance(self.effective_profile, SmtpProfile):
            effective_profile = self.effective_profile.to_dict()
        else:
            effective_profile = self.effective_profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if smtp_mode is not UNSET:
            field_dict["smtp_mode"] = smtp_mode
        if effective_smtp_mode is not UNSET:
            field_dict["effective_smtp_mode"] = effective_smtp_mode
        if profile is not UNSET:
            field_dict["profile"] = profile
        if effective_profile is not UNSET:
            field_dict["effective_profile"] = effective_profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smtp_profile import SmtpProfile  # noqa: PLC0415

        d = dict(src_dict)
        smtp_mode = d.pop("smtp_mode", UNSET)

        def _parse_effective_smtp_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effective_smtp_mode = _parse_effective_smtp_mode(
            d.pop("effective_smtp_mode", UNSET)
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

        def _parse_effective_profile(data: object) -> None | SmtpProfile | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                effective_profile_type_0 = SmtpProfile.from_dict(data)

                return effective_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SmtpProfile | Unset, data)

        effective_profile = _parse_effective_profile(d.pop("effective_profile", UNSET))

        domain_smtp = cls(
            smtp_mode=smtp_mode,
            effective_smtp_mode=effective_smtp_mode,
            profile=profile,
            effective_profile=effective_profile,
        )

        domain_smtp.additional_properties = d
        return domain_smtp

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
