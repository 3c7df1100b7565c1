"""The resources of the API, one per tag (generated): ``tm.mailboxes``, ``tm.messages``, ...

:class:`Resources` is a base class of :class:`~trekmail_client.TrekMail`. A resource's module
is imported on first access and the resource is kept on the client.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import AccountResource
    from .agent_payments import AgentPaymentsResource
    from .aliases import AliasesResource
    from .app_passwords import AppPasswordsResource
    from .auto_reply import AutoReplyResource
    from .billing import BillingResource
    from .blocked_senders import BlockedSendersResource
    from .branding import BrandingResource
    from .calendar import CalendarResource
    from .cloudflare import CloudflareResource
    from .contact_groups import ContactGroupsResource
    from .contacts import ContactsResource
    from .delete_intents import DeleteIntentsResource
    from .deliverability import DeliverabilityResource
    from .dns import DnsResource
    from .domains import DomainsResource
    from .drafts import DraftsResource
    from .drive import DriveResource
    from .drive_devices import DriveDevicesResource
    from .external_accounts import ExternalAccountsResource
    from .folders import FoldersResource
    from .forwarding import ForwardingResource
    from .identities import IdentitiesResource
    from .invites import InvitesResource
    from .mailboxes import MailboxesResource
    from .message_tokens import MessageTokensResource
    from .messages import MessagesResource
    from .migrations import MigrationsResource
    from .rules import RulesResource
    from .scheduled import ScheduledResource
    from .shared_mailboxes import SharedMailboxesResource
    from .smtp import SmtpResource
    from .templates import TemplatesResource
    from .tickets import TicketsResource
    from .verify import VerifyResource
    from .white_label import WhiteLabelResource

#: The tags of openapi.json, which are the resource attribute names.
RESOURCE_NAMES: tuple[str, ...] = (
    "account",
    "agent_payments",
    "aliases",
    "app_passwords",
    "auto_reply",
    "billing",
    "blocked_senders",
    "branding",
    "calendar",
    "cloudflare",
    "contact_groups",
    "contacts",
    "delete_intents",
    "deliverability",
    "dns",
    "domains",
    "drafts",
    "drive",
    "drive_devices",
    "external_accounts",
    "folders",
    "forwarding",
    "identities",
    "invites",
    "mailboxes",
    "message_tokens",
    "messages",
    "migrations",
    "rules",
    "scheduled",
    "shared_mailboxes",
    "smtp",
    "templates",
    "tickets",
    "verify",
    "white_label",
)


def _resource(client: Any, tag: str, class_name: str) -> Any:
    cache: dict[str, Any] = client.__dict__.setdefault("_tm_resources", {})
    found = cache.get(tag)
    if found is None:
        module = importlib.import_module(f"{__name__}.{tag}")
        found = cache[tag] = getattr(module, class_name)(client)
    return found


class Resources:
    """``tm.<tag>`` for every tag of openapi.json (a mixin of ``TrekMail``)."""

    __slots__ = ()

    @property
    def account(self) -> AccountResource:
        """The ``account`` resource: 4 operations."""
        return _resource(self, "account", "AccountResource")

    @property
    def agent_payments(self) -> AgentPaymentsResource:
        """The ``agent_payments`` resource: 5 operations."""
        return _resource(self, "agent_payments", "AgentPaymentsResource")

    @property
    def aliases(self) -> AliasesResource:
        """The ``aliases`` resource: 4 operations."""
        return _resource(self, "aliases", "AliasesResource")

    @property
    def app_passwords(self) -> AppPasswordsResource:
        """The ``app_passwords`` resource: 6 operations."""
        return _resource(self, "app_passwords", "AppPasswordsResource")

    @property
    def auto_reply(self) -> AutoReplyResource:
        """The ``auto_reply`` resource: 2 operations."""
        return _resource(self, "auto_reply", "AutoReplyResource")

    @property
    def billing(self) -> BillingResource:
        """The ``billing`` resource: 2 operations."""
        return _resource(self, "billing", "BillingResource")

    @property
    def blocked_senders(self) -> BlockedSendersResource:
        """The ``blocked_senders`` resource: 3 operations."""
        return _resource(self, "blocked_senders", "BlockedSendersResource")

    @property
    def branding(self) -> BrandingResource:
        """The ``branding`` resource: 7 operations."""
        return _resource(self, "branding", "BrandingResource")

    @property
    def calendar(self) -> CalendarResource:
        """The ``calendar`` resource: 4 operations."""
        return _resource(self, "calendar", "CalendarResource")

    @property
    def cloudflare(self) -> CloudflareResource:
        """The ``cloudflare`` resource: 7 operations."""
        return _resource(self, "cloudflare", "CloudflareResource")

    @property
    def contact_groups(self) -> ContactGroupsResource:
        """The ``contact_groups`` resource: 7 operations."""
        return _resource(self, "contact_groups", "ContactGroupsResource")

    @property
    def contacts(self) -> ContactsResource:
        """The ``contacts`` resource: 6 operations."""
        return _resource(self, "contacts", "ContactsResource")

    @property
    def delete_intents(self) -> DeleteIntentsResource:
        """The ``delete_intents`` resource: 3 operations."""
        return _resource(self, "delete_intents", "DeleteIntentsResource")

    @property
    def deliverability(self) -> DeliverabilityResource:
        """The ``deliverability`` resource: 3 operations."""
        return _resource(self, "deliverability", "DeliverabilityResource")

    @property
    def dns(self) -> DnsResource:
        """The ``dns`` resource: 4 operations."""
        return _resource(self, "dns", "DnsResource")

    @property
    def domains(self) -> DomainsResource:
        """The ``domains`` resource: 21 operations."""
        return _resource(self, "domains", "DomainsResource")

    @property
    def drafts(self) -> DraftsResource:
        """The ``drafts`` resource: 2 operations."""
        return _resource(self, "drafts", "DraftsResource")

    @property
    def drive(self) -> DriveResource:
        """The ``drive`` resource: 39 operations."""
        return _resource(self, "drive", "DriveResource")

    @property
    def drive_devices(self) -> DriveDevicesResource:
        """The ``drive_devices`` resource: 4 operations."""
        return _resource(self, "drive_devices", "DriveDevicesResource")

    @property
    def external_accounts(self) -> ExternalAccountsResource:
        """The ``external_accounts`` resource: 7 operations."""
        return _resource(self, "external_accounts", "ExternalAccountsResource")

    @property
    def folders(self) -> FoldersResource:
        """The ``folders`` resource: 5 operations."""
        return _resource(self, "folders", "FoldersResource")

    @property
    def forwarding(self) -> ForwardingResource:
        """The ``forwarding`` resource: 2 operations."""
        return _resource(self, "forwarding", "ForwardingResource")

    @property
    def identities(self) -> IdentitiesResource:
        """The ``identities`` resource: 5 operations."""
        return _resource(self, "identities", "IdentitiesResource")

    @property
    def invites(self) -> InvitesResource:
        """The ``invites`` resource: 2 operations."""
        return _resource(self, "invites", "InvitesResource")

    @property
    def mailboxes(self) -> MailboxesResource:
        """The ``mailboxes`` resource: 16 operations."""
        return _resource(self, "mailboxes", "MailboxesResource")

    @property
    def message_tokens(self) -> MessageTokensResource:
        """The ``message_tokens`` resource: 4 operations."""
        return _resource(self, "message_tokens", "MessageTokensResource")

    @property
    def messages(self) -> MessagesResource:
        """The ``messages`` resource: 19 operations."""
        return _resource(self, "messages", "MessagesResource")

    @property
    def migrations(self) -> MigrationsResource:
        """The ``migrations`` resource: 16 operations."""
        return _resource(self, "migrations", "MigrationsResource")

    @property
    def rules(self) -> RulesResource:
        """The ``rules`` resource: 8 operations."""
        return _resource(self, "rules", "RulesResource")

    @property
    def scheduled(self) -> ScheduledResource:
        """The ``scheduled`` resource: 4 operations."""
        return _resource(self, "scheduled", "ScheduledResource")

    @property
    def shared_mailboxes(self) -> SharedMailboxesResource:
        """The ``shared_mailboxes`` resource: 7 operations."""
        return _resource(self, "shared_mailboxes", "SharedMailboxesResource")

    @property
    def smtp(self) -> SmtpResource:
        """The ``smtp`` resource: 16 operations."""
        return _resource(self, "smtp", "SmtpResource")

    @property
    def templates(self) -> TemplatesResource:
        """The ``templates`` resource: 4 operations."""
        return _resource(self, "templates", "TemplatesResource")

    @property
    def tickets(self) -> TicketsResource:
        """The ``tickets`` resource: 6 operations."""
        return _resource(self, "tickets", "TicketsResource")

    @property
    def verify(self) -> VerifyResource:
        """The ``verify`` resource: 8 operations."""
        return _resource(self, "verify", "VerifyResource")

    @property
    def white_label(self) -> WhiteLabelResource:
        """The ``white_label`` resource: 13 operations."""
        return _resource(self, "white_label", "WhiteLabelResource")
