from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="SmtpTestJob")


@_attrs_define
class SmtpTestJob:
    """A queued SMTP test; poll its status with the job id.

    Attributes:
        job_id (str): Test job id (a string).
        poll_url (str | Unset): URL to poll (per-domain test).
    """

    job_id: str
    poll_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        poll_url = self.poll_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
            }
        )
        if poll_url is not UNSET:
            field_dict["poll_url"] = poll_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id")

        poll_url = d.pop("poll_url", UNSET)

        smtp_test_job = cls(
            job_id=job_id,
            poll_url=poll_url,
        )

        smtp_test_job.additional_properties = d
        return smtp_test_job

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
