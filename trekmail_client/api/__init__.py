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

#: operation id -> (resource, method): ``tm.<resource>.<method>`` calls that operation.
RESOURCE_METHODS: dict[str, tuple[str, str]] = {
    "add_contact_group_members": ("contact_groups", "add_members"),
    "add_shared_mailbox_member": ("shared_mailboxes", "add_member"),
    "agent_buy_verifier_credits": ("agent_payments", "buy_verifier_credits"),
    "agent_reissue_key": ("agent_payments", "reissue_key"),
    "agent_subscribe_drive_addon": ("agent_payments", "subscribe_drive_addon"),
    "agent_subscribe_mail_plan": ("agent_payments", "subscribe_mail_plan"),
    "agent_subscribe_white_label": ("agent_payments", "subscribe_white_label"),
    "apply_cloudflare_dns": ("cloudflare", "apply_dns"),
    "block_sender": ("blocked_senders", "block"),
    "bulk_action": ("messages", "bulk_action"),
    "bulk_add_domains": ("domains", "bulk_add"),
    "bulk_create_mailboxes": ("mailboxes", "bulk_create"),
    "cancel_bulk_migration": ("migrations", "cancel_bulk"),
    "cancel_migration": ("migrations", "cancel"),
    "cancel_scheduled": ("scheduled", "cancel"),
    "change_mailbox_password": ("mailboxes", "change_password"),
    "close_ticket": ("tickets", "close"),
    "confirm_delete_intent": ("delete_intents", "confirm"),
    "connect_cloudflare_domains": ("cloudflare", "connect_domains"),
    "convert_mailbox_to_shared": ("shared_mailboxes", "convert_to_shared"),
    "convert_shared_mailbox_to_regular": ("shared_mailboxes", "convert_to_regular"),
    "create_alias": ("aliases", "create"),
    "create_branding_preview": ("branding", "create_preview"),
    "create_calendar_event": ("calendar", "create_event"),
    "create_contact": ("contacts", "create"),
    "create_contact_group": ("contact_groups", "create"),
    "create_delete_intent": ("delete_intents", "create"),
    "create_domain": ("domains", "create"),
    "create_domain_smtp_profile": ("smtp", "create_domain_profile"),
    "create_external_account": ("external_accounts", "create"),
    "create_folder": ("folders", "create"),
    "create_forwarding_address": ("domains", "create_forwarding_address"),
    "create_identity": ("identities", "create"),
    "create_invite": ("invites", "create"),
    "create_invites_bulk": ("invites", "create_bulk"),
    "create_mail_rule": ("rules", "create"),
    "create_mailbox": ("mailboxes", "create"),
    "create_mailbox_app_password": ("app_passwords", "create"),
    "create_message_token": ("message_tokens", "create"),
    "create_shared_mailbox": ("shared_mailboxes", "create"),
    "create_template": ("templates", "create"),
    "create_ticket": ("tickets", "create"),
    "delete_alias": ("aliases", "delete"),
    "delete_bulk_migration": ("migrations", "delete_bulk"),
    "delete_calendar_event": ("calendar", "delete_event"),
    "delete_cloudflare_token": ("cloudflare", "delete_token"),
    "delete_contact": ("contacts", "delete"),
    "delete_contact_group": ("contact_groups", "delete"),
    "delete_domain": ("domains", "delete"),
    "delete_domain_smtp_profile": ("smtp", "delete_domain_profile"),
    "delete_external_account": ("external_accounts", "delete"),
    "delete_folder": ("folders", "delete"),
    "delete_forwarding_address": ("domains", "delete_forwarding_address"),
    "delete_identity": ("identities", "delete"),
    "delete_mail_rule": ("rules", "delete"),
    "delete_message": ("messages", "delete"),
    "delete_migration": ("migrations", "delete"),
    "delete_smtp_connection": ("smtp", "delete_connection"),
    "delete_template": ("templates", "delete"),
    "detect_external_account": ("external_accounts", "detect"),
    "dns_recheck": ("dns", "recheck"),
    "download_all_attachments": ("messages", "download_all_attachments"),
    "download_attachment": ("messages", "download_attachment"),
    "drive_addon_cancellation_preview": ("drive", "addon_cancellation_preview"),
    "drive_addon_get": ("drive", "addon_get"),
    "drive_addon_pricing": ("drive", "addon_pricing"),
    "drive_browse_folder": ("drive", "browse_folder"),
    "drive_browse_subfolder": ("drive", "browse_subfolder"),
    "drive_bulk_move": ("drive", "bulk_move"),
    "drive_bulk_purge": ("drive", "bulk_purge"),
    "drive_bulk_restore": ("drive", "bulk_restore"),
    "drive_bulk_trash": ("drive", "bulk_trash"),
    "drive_device_create": ("drive_devices", "create"),
    "drive_device_list": ("drive_devices", "list"),
    "drive_device_revoke": ("drive_devices", "revoke"),
    "drive_device_rotate": ("drive_devices", "rotate"),
    "drive_file_download_url": ("drive", "file_download_url"),
    "drive_file_get": ("drive", "file_get"),
    "drive_file_move": ("drive", "file_move"),
    "drive_file_purge": ("drive", "file_purge"),
    "drive_file_rename": ("drive", "file_rename"),
    "drive_file_restore": ("drive", "file_restore"),
    "drive_file_trash": ("drive", "file_trash"),
    "drive_folder_create": ("drive", "folder_create"),
    "drive_folder_move": ("drive", "folder_move"),
    "drive_folder_purge": ("drive", "folder_purge"),
    "drive_folder_restore": ("drive", "folder_restore"),
    "drive_folder_share_with_account": ("drive", "folder_share_with_account"),
    "drive_folder_stop_sharing": ("drive", "folder_stop_sharing"),
    "drive_folder_trash": ("drive", "folder_trash"),
    "drive_folder_tree": ("drive", "folder_tree"),
    "drive_folder_update": ("drive", "folder_update"),
    "drive_select_all_ids": ("drive", "select_all_ids"),
    "drive_select_all_ids_in_folder": ("drive", "select_all_ids_in_folder"),
    "drive_share_create": ("drive", "share_create"),
    "drive_share_list": ("drive", "share_list"),
    "drive_share_revoke": ("drive", "share_revoke"),
    "drive_space_usage": ("drive", "space_usage"),
    "drive_spaces_list": ("drive", "spaces_list"),
    "drive_storage_summary": ("drive", "storage_summary"),
    "drive_trash_empty": ("drive", "trash_empty"),
    "drive_trash_list": ("drive", "trash_list"),
    "drive_upload_abort": ("drive", "upload_abort"),
    "drive_upload_complete": ("drive", "upload_complete"),
    "drive_upload_initiate": ("drive", "upload_initiate"),
    "drive_upload_refresh_parts": ("drive", "upload_refresh_parts"),
    "empty_folder": ("folders", "empty"),
    "enable_imap": ("mailboxes", "enable_imap"),
    "export_contacts": ("contacts", "export"),
    "get_account": ("account", "get"),
    "get_account_smtp_default": ("smtp", "get_account_default"),
    "get_apple_mail_profile": ("mailboxes", "get_apple_mail_profile"),
    "get_auto_reply": ("auto_reply", "get"),
    "get_billing_status": ("billing", "get_status"),
    "get_bulk_migration": ("migrations", "get_bulk"),
    "get_dns_check": ("dns", "get_check"),
    "get_dns_requirements": ("dns", "get_requirements"),
    "get_domain": ("domains", "get"),
    "get_domain_alias": ("domains", "get_alias"),
    "get_domain_branding": ("branding", "get"),
    "get_domain_connect_setup": ("dns", "get_domain_connect_setup"),
    "get_domain_deliverability": ("deliverability", "get_domain"),
    "get_domain_signature": ("domains", "get_signature"),
    "get_domain_smtp": ("smtp", "get_domain"),
    "get_domain_smtp_profile_usage": ("smtp", "get_domain_profile_usage"),
    "get_domain_smtp_test_status": ("smtp", "get_domain_test_status"),
    "get_forwarding": ("forwarding", "get"),
    "get_forwarding_address_log": ("domains", "get_forwarding_address_log"),
    "get_mail_client_setup": ("mailboxes", "get_mail_client_setup"),
    "get_mail_rule": ("rules", "get"),
    "get_mailbox": ("mailboxes", "get"),
    "get_mailbox_sending_limits": ("messages", "get_mailbox_sending_limits"),
    "get_message_delivery": ("messages", "get_delivery"),
    "get_migration": ("migrations", "get"),
    "get_raw_message": ("messages", "get_raw"),
    "get_sending_limits": ("account", "get_sending_limits"),
    "get_sieve_script": ("rules", "get_sieve_script"),
    "get_smtp_config": ("smtp", "get_config"),
    "get_smtp_test_status": ("smtp", "get_test_status"),
    "get_spam_metrics": ("domains", "get_spam_metrics"),
    "get_spam_summary": ("domains", "get_spam_summary"),
    "get_ticket": ("tickets", "get"),
    "get_ticket_messages": ("tickets", "get_messages"),
    "get_white_label": ("white_label", "get"),
    "get_white_label_access_catalog": ("white_label", "get_access_catalog"),
    "get_white_label_member": ("white_label", "get_member"),
    "get_white_label_member_activity": ("white_label", "get_member_activity"),
    "import_contacts": ("contacts", "import_"),
    "invite_white_label_member": ("white_label", "invite_member"),
    "list_aliases": ("aliases", "list"),
    "list_blocked_senders": ("blocked_senders", "list"),
    "list_bulk_migrations": ("migrations", "list_bulk"),
    "list_calendar_events": ("calendar", "list_events"),
    "list_cloudflare_tokens": ("cloudflare", "list_tokens"),
    "list_cloudflare_zones": ("cloudflare", "list_zones"),
    "list_contact_group_members": ("contact_groups", "list_members"),
    "list_contact_groups": ("contact_groups", "list"),
    "list_contacts": ("contacts", "list"),
    "list_domain_bounces": ("deliverability", "list_domain_bounces"),
    "list_domain_smtp_profiles": ("smtp", "list_domain_profiles"),
    "list_domains": ("domains", "list"),
    "list_external_accounts": ("external_accounts", "list"),
    "list_folders": ("folders", "list"),
    "list_forwarding_addresses": ("domains", "list_forwarding_addresses"),
    "list_identities": ("identities", "list"),
    "list_invoices": ("billing", "list_invoices"),
    "list_mail_rules": ("rules", "list"),
    "list_mailbox_app_passwords": ("app_passwords", "list"),
    "list_mailbox_bounces": ("deliverability", "list_mailbox_bounces"),
    "list_mailboxes": ("mailboxes", "list"),
    "list_message_tokens": ("message_tokens", "list"),
    "list_messages": ("messages", "list"),
    "list_migrations": ("migrations", "list"),
    "list_scheduled": ("scheduled", "list"),
    "list_shared_mailbox_members": ("shared_mailboxes", "list_members"),
    "list_templates": ("templates", "list"),
    "list_tickets": ("tickets", "list"),
    "list_white_label_activity": ("white_label", "list_activity"),
    "list_white_label_members": ("white_label", "list_members"),
    "move_message": ("messages", "move"),
    "pause_mailbox": ("mailboxes", "pause"),
    "ping_messages": ("messages", "ping"),
    "prepare_forward": ("messages", "prepare_forward"),
    "prepare_reply": ("messages", "prepare_reply"),
    "prepare_reply_all": ("messages", "prepare_reply_all"),
    "preview_bulk_migration": ("migrations", "preview_bulk"),
    "preview_cloudflare_dns": ("cloudflare", "preview_dns"),
    "read_message": ("messages", "read"),
    "remove_contact_group_members": ("contact_groups", "remove_members"),
    "remove_domain_alias": ("domains", "remove_alias"),
    "remove_domain_brand_logo": ("branding", "remove_logo"),
    "remove_domain_branding": ("branding", "remove"),
    "remove_shared_mailbox_member": ("shared_mailboxes", "remove_member"),
    "remove_white_label_member": ("white_label", "remove_member"),
    "rename_folder": ("folders", "rename"),
    "reorder_mail_rules": ("rules", "reorder"),
    "reply_to_ticket": ("tickets", "reply_to"),
    "report_ham": ("messages", "report_ham"),
    "report_spam": ("messages", "report_spam"),
    "reschedule_message": ("scheduled", "reschedule_message"),
    "resend_white_label_invitation": ("white_label", "resend_invitation"),
    "restore_mailbox": ("delete_intents", "restore_mailbox"),
    "restore_white_label_member": ("white_label", "restore_member"),
    "resume_bulk_migration": ("migrations", "resume_bulk"),
    "resume_mailbox": ("mailboxes", "resume"),
    "resume_mailbox_login": ("mailboxes", "resume_login"),
    "resume_white_label_member": ("white_label", "resume_member"),
    "retry_bulk_migration": ("migrations", "retry_bulk"),
    "retry_domain_dkim": ("domains", "retry_dkim"),
    "retry_migration": ("migrations", "retry"),
    "revoke_mailbox_app_password": ("app_passwords", "revoke"),
    "revoke_message_token": ("message_tokens", "revoke"),
    "rotate_mailbox_app_password": ("app_passwords", "rotate"),
    "save_draft": ("drafts", "save"),
    "schedule_message": ("scheduled", "schedule_message"),
    "send_message": ("messages", "send"),
    "set_account_smtp_default": ("smtp", "set_account_default"),
    "set_auto_reply": ("auto_reply", "set"),
    "set_domain_alias": ("domains", "set_alias"),
    "set_domain_brand_logo": ("branding", "set_logo"),
    "set_domain_branding": ("branding", "set"),
    "set_domain_mail_hosting": ("domains", "set_mail_hosting"),
    "set_domain_smtp": ("smtp", "set_domain"),
    "set_forwarding": ("forwarding", "set"),
    "set_mailbox_client_auth_mode": ("app_passwords", "set_mailbox_client_auth_mode"),
    "set_mailboxes_client_auth_mode": (
        "app_passwords",
        "set_mailboxes_client_auth_mode",
    ),
    "set_mailboxes_drive_access": ("mailboxes", "set_drive_access"),
    "set_mailboxes_login_access": ("mailboxes", "set_login_access"),
    "set_reply_from_policy": ("identities", "set_reply_from_policy"),
    "start_bulk_migration": ("migrations", "start_bulk"),
    "start_migration": ("migrations", "start"),
    "suspend_mailbox_login": ("mailboxes", "suspend_login"),
    "suspend_white_label_member": ("white_label", "suspend_member"),
    "test_domain_smtp": ("smtp", "test_domain"),
    "test_external_account": ("external_accounts", "test"),
    "test_migration_connection": ("migrations", "test_connection"),
    "test_saved_external_account": ("external_accounts", "test_saved"),
    "test_smtp": ("smtp", "test"),
    "unblock_sender": ("blocked_senders", "unblock"),
    "update_account": ("account", "update"),
    "update_alias": ("aliases", "update"),
    "update_bulk_migration_job_password": ("migrations", "update_bulk_job_password"),
    "update_calendar_event": ("calendar", "update_event"),
    "update_contact": ("contacts", "update"),
    "update_contact_group": ("contact_groups", "update"),
    "update_domain_catch_all": ("domains", "update_catch_all"),
    "update_domain_note": ("domains", "update_note"),
    "update_domain_signature": ("domains", "update_signature"),
    "update_domain_smtp_profile": ("smtp", "update_domain_profile"),
    "update_draft": ("drafts", "update"),
    "update_external_account": ("external_accounts", "update"),
    "update_forwarding_address": ("domains", "update_forwarding_address"),
    "update_identity": ("identities", "update"),
    "update_mail_rule": ("rules", "update"),
    "update_mailbox": ("mailboxes", "update"),
    "update_mailbox_note": ("mailboxes", "update_note"),
    "update_message_flags": ("messages", "update_flags"),
    "update_message_token": ("message_tokens", "update"),
    "update_shared_mailbox_member": ("shared_mailboxes", "update_member"),
    "update_smtp_config": ("smtp", "update_config"),
    "update_template": ("templates", "update"),
    "update_white_label_member": ("white_label", "update_member"),
    "upload_sieve_script": ("rules", "upload_sieve_script"),
    "validate_cloudflare_token": ("cloudflare", "validate_token"),
    "verify_cancel_job": ("verify", "cancel_job"),
    "verify_credits": ("verify", "credits"),
    "verify_delete_job": ("verify", "delete_job"),
    "verify_domain_branding_dns": ("branding", "verify_dns"),
    "verify_email": ("verify", "email"),
    "verify_email_bulk": ("verify", "email_bulk"),
    "verify_job_download": ("verify", "job_download"),
    "verify_job_status": ("verify", "job_status"),
    "verify_list_jobs": ("verify", "list_jobs"),
    "whoami": ("account", "whoami"),
    "whoami_messages": ("messages", "whoami"),
}


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
