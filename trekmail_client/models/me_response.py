from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.capabilities import Capabilities
    from ..models.me_token import MeToken


T = TypeVar("T", bound="MeResponse")


@_attrs_define
class MeResponse:
    """The calling token, its account, and its effective scopes.

    Attributes:
        capabilities (Capabilities): What the token can do.
        token (MeToken | Unset): The calling token.
        account (Account | Unset): Account details. Field names beyond these are not pinned down; extra keys are kept.
    """

    capabilities: Capabilities
    token: MeToken | Unset = UNSET
    account: Account | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capabilities = self.capabilities.to_dict()

        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capabilities": capabilities,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.capabilities import Capabilities  # noqa: PLC0415
        from ..models.me_token import MeToken  # noqa: PLC0415

        d = dict(src_dict)
        capabilities = Capabilities.from_dict(d.pop("capabilities"))

        _token = d.pop("token", UNSET)
        token: MeToken | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = MeToken.from_dict(_token)

        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        me_response = cls(
            capabilities=capabilities,
            token=token,
            account=account,
        )

        me_response.additional_properties = d
        return me_response

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
