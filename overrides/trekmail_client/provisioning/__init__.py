"""Bulk mailbox provisioning: specs in, one outcome per row out.

>>> from trekmail_client import TrekMail
>>> from trekmail_client.provisioning import load_specs, provision_mailboxes
>>> async with TrekMail.from_env() as tm:  # doctest: +SKIP
...     report = await provision_mailboxes(
...         tm, load_specs("mailboxes.csv"), concurrency=8, journal="mailboxes.journal"
...     )
"""

from ._journal import Journal, JournalError, JournalRow
from ._outcomes import OutcomeStatus, ProvisionOutcome, ProvisionReport
from ._provisioner import ProvisionStats, provision_mailboxes
from ._specs import (
    MailboxSpec,
    RowProblem,
    SpecFileError,
    detect_delimiter,
    load_specs,
    specs_from_rows,
)

__all__ = [
    "Journal",
    "JournalError",
    "JournalRow",
    "MailboxSpec",
    "OutcomeStatus",
    "ProvisionOutcome",
    "ProvisionReport",
    "ProvisionStats",
    "RowProblem",
    "SpecFileError",
    "detect_delimiter",
    "load_specs",
    "provision_mailboxes",
    "specs_from_rows",
]
