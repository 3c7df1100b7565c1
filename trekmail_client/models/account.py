from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.account_features import AccountFeatures
    from ..models.account_limits import AccountLimits
    from ..models.account_usage import AccountUsage


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """Account details. Field names beyond these are not pinned down; extra keys are kept.

    Attributes:
        id (int | None | Unset): Account id.
        name (None | str | Unset): Account name.
        plan (None | str | Unset): Plan, e.g. `nano`, `starter`, `pro`, `agency`.
        limits (AccountLimits | Unset): Plan limits.
        features (AccountFeatures | Unset): Feature flags.
        usage (AccountUsage | Unset): Current usage.
        new_mailbox_client_auth_mode (None | str | Unset): Default client-auth mode for new mailboxes (only when app
            passwords are enabled).
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    plan: None | str | Unset = UNSET
    limits: AccountLimits | Unset = UNSET
    features: AccountFeatures | Unset = UNSET
    usage: AccountUsage | Unset = UNSET
    new_mailbox_client_auth_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        plan: None | str | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        else:
            plan = self.plan

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        new_mailbox_client_auth_mode: None | str | Unset
        if isinstance(self.new_mailbox_client_auth_mode, Unset):
            new_mailbox_client_auth_mode = UNSET
        else:
            new_mailbox_client_auth_mode = self.new_mailbox_client_auth_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if plan is not UNSET:
            field_dict["plan"] = plan
        if limits is not UNSET:
            field_dict["limits"] = limits
        if features is not UNSET:
            field_dict["features"] = features
        if usage is not UNSET:
            field_dict["usage"] = usage
        if new_mailbox_client_auth_mode is not UNSET:
            field_dict["new_mailbox_client_auth_mode"] = new_mailbox_client_auth_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_features import AccountFeatures  # noqa: PLC0415
        from ..models.account_limits import AccountLimits  # noqa: PLC0415
        from ..models.account_usage import AccountUsage  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_plan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan = _parse_plan(d.pop("plan", UNSET))

        _limits = d.pop("limits", UNSET)
        limits: AccountLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = AccountLimits.from_dict(_limits)

        _features = d.pop("features", UNSET)
        features: AccountFeatures | Unset
        if isinstance(_features, Unset):
            features = UNSET
        else:
            features = AccountFeatures.from_dict(_features)

        _usage = d.pop("usage", UNSET)
        usage: AccountUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = AccountUsage.from_dict(_usage)

        def _parse_new_mailbox_client_auth_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        new_mailbox_client_auth_mode = _parse_new_mailbox_client_auth_mode(
            d.pop("new_mailbox_client_auth_mode", UNSET)
        )

        account = cls(
            id=id,
            name=name,
            plan=plan,
            limits=limits,
            features=features,
            usage=usage,
            new_mailbox_client_auth_mode=new_mailbox_client_auth_mode,
        )

        account.additional_properties = d
        return account

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
