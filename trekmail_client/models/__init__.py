"""Data models of requests and responses (generated; loaded lazily on first use)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_features import AccountFeatures
    from .account_limits import AccountLimits
    from .account_response import AccountResponse
    from .account_usage import AccountUsage
    from .add_contact_group_members_response_200 import AddContactGroupMembersResponse200
    from .alias import Alias
    from .alias_create_request import AliasCreateRequest
    from .alias_list import AliasList
    from .alias_response import AliasResponse
    from .alias_update_request import AliasUpdateRequest
    from .app_password_secret import AppPasswordSecret
    from .apply_cloudflare_dns_response_200 import ApplyCloudflareDnsResponse200
    from .attachment_info import AttachmentInfo
    from .auto_reply_request import AutoReplyRequest
    from .block_sender_request import BlockSenderRequest
    from .block_sender_response_200 import BlockSenderResponse200
    from .brand_logo_request import BrandLogoRequest
    from .brand_logo_request_scope import BrandLogoRequestScope
    from .branding_update_request import BrandingUpdateRequest
    from .branding_update_request_mode import BrandingUpdateRequestMode
    from .branding_update_request_scope import BrandingUpdateRequestScope
    from .bulk_action_response_200 import BulkActionResponse200
    from .bulk_migration import BulkMigration
    from .bulk_migration_job_password_request import BulkMigrationJobPasswordRequest
    from .bulk_migration_list import BulkMigrationList
    from .bulk_migration_preview_request import BulkMigrationPreviewRequest
    from .bulk_migration_preview_request_provider import BulkMigrationPreviewRequestProvider
    from .bulk_migration_start_request import BulkMigrationStartRequest
    from .bulk_migration_start_request_provider import BulkMigrationStartRequestProvider
    from .calendar_event_create_request import CalendarEventCreateRequest
    from .calendar_event_update_request import CalendarEventUpdateRequest
    from .cancel_bulk_migration_response_200 import CancelBulkMigrationResponse200
    from .cancel_migration_response_200 import CancelMigrationResponse200
    from .cancel_scheduled_response_200 import CancelScheduledResponse200
    from .capabilities import Capabilities
    from .catch_all_update_request import CatchAllUpdateRequest
    from .close_ticket_response_200 import CloseTicketResponse200
    from .cloudflare_apply_request import CloudflareApplyRequest
    from .cloudflare_connect_request import CloudflareConnectRequest
    from .cloudflare_preview_request import CloudflarePreviewRequest
    from .cloudflare_token_request import CloudflareTokenRequest
    from .cloudflare_zone_selection import CloudflareZoneSelection
    from .confirm_delete_intent_x_confirm_delete import ConfirmDeleteIntentXConfirmDelete
    from .connect_cloudflare_domains_response_200 import ConnectCloudflareDomainsResponse200
    from .contact import Contact
    from .contact_create_request import ContactCreateRequest
    from .contact_group_members_request import ContactGroupMembersRequest
    from .contact_group_request import ContactGroupRequest
    from .contact_import_request import ContactImportRequest
    from .contact_import_request_format import ContactImportRequestFormat
    from .contact_list import ContactList
    from .contact_update_request import ContactUpdateRequest
    from .convert_to_regular_request import ConvertToRegularRequest
    from .convert_to_shared_request import ConvertToSharedRequest
    from .create_branding_preview_response_200 import CreateBrandingPreviewResponse200
    from .create_calendar_event_response_200 import CreateCalendarEventResponse200
    from .create_contact_group_response_200 import CreateContactGroupResponse200
    from .create_contact_response_200 import CreateContactResponse200
    from .create_domain_smtp_profile_response_200 import CreateDomainSmtpProfileResponse200
    from .create_folder_response_200 import CreateFolderResponse200
    from .create_identity_response_200 import CreateIdentityResponse200
    from .create_mail_rule_response_200 import CreateMailRuleResponse200
    from .create_template_response_200 import CreateTemplateResponse200
    from .create_ticket_response_200 import CreateTicketResponse200
    from .delete_alias_response_200 import DeleteAliasResponse200
    from .delete_bulk_migration_response_200 import DeleteBulkMigrationResponse200
    from .delete_calendar_event_response_200 import DeleteCalendarEventResponse200
    from .delete_cloudflare_token_response_200 import DeleteCloudflareTokenResponse200
    from .delete_contact_group_response_200 import DeleteContactGroupResponse200
    from .delete_contact_response_200 import DeleteContactResponse200
    from .delete_domain_response_200 import DeleteDomainResponse200
    from .delete_domain_smtp_profile_response_200 import DeleteDomainSmtpProfileResponse200
    from .delete_folder_response_200 import DeleteFolderResponse200
    from .delete_identity_response_200 import DeleteIdentityResponse200
    from .delete_intent import DeleteIntent
    from .delete_intent_confirm_result import DeleteIntentConfirmResult
    from .delete_intent_confirm_result_data import DeleteIntentConfirmResultData
    from .delete_intent_response import DeleteIntentResponse
    from .delete_mail_rule_response_200 import DeleteMailRuleResponse200
    from .delete_message_response_200 import DeleteMessageResponse200
    from .delete_migration_response_200 import DeleteMigrationResponse200
    from .delete_smtp_connection_response_200 import DeleteSmtpConnectionResponse200
    from .delete_template_response_200 import DeleteTemplateResponse200
    from .dns_recheck_response_200 import DnsRecheckResponse200
    from .domain import Domain
    from .domain_bulk_add_error_response import DomainBulkAddErrorResponse
    from .domain_bulk_add_request import DomainBulkAddRequest
    from .domain_bulk_add_result import DomainBulkAddResult
    from .domain_bulk_add_row import DomainBulkAddRow
    from .domain_create_request import DomainCreateRequest
    from .domain_create_request_mail_hosting import DomainCreateRequestMailHosting
    from .domain_list import DomainList
    from .domain_note_request import DomainNoteRequest
    from .domain_response import DomainResponse
    from .domain_smtp_test_request import DomainSmtpTestRequest
    from .domain_smtp_test_request_encryption import DomainSmtpTestRequestEncryption
    from .domain_smtp_test_request_mode import DomainSmtpTestRequestMode
    from .domain_smtp_update_request import DomainSmtpUpdateRequest
    from .domain_smtp_update_request_smtp_mode import DomainSmtpUpdateRequestSmtpMode
    from .download_all_attachments_response_200 import DownloadAllAttachmentsResponse200
    from .download_attachment_response_200 import DownloadAttachmentResponse200
    from .draft_request import DraftRequest
    from .draft_update_request import DraftUpdateRequest
    from .empty_folder_response_200 import EmptyFolderResponse200
    from .enable_imap_request import EnableImapRequest
    from .error_body import ErrorBody
    from .error_response import ErrorResponse
    from .export_contacts_format import ExportContactsFormat
    from .export_contacts_response_200 import ExportContactsResponse200
    from .folder import Folder
    from .folder_create_request import FolderCreateRequest
    from .folder_empty_request import FolderEmptyRequest
    from .folder_empty_request_folder import FolderEmptyRequestFolder
    from .folder_list_response import FolderListResponse
    from .folder_rename_request import FolderRenameRequest
    from .forwarding import Forwarding
    from .forwarding_response import ForwardingResponse
    from .forwarding_update_request import ForwardingUpdateRequest
    from .get_account_smtp_default_response_200 import GetAccountSmtpDefaultResponse200
    from .get_auto_reply_response_200 import GetAutoReplyResponse200
    from .get_billing_status_response_200 import GetBillingStatusResponse200
    from .get_bulk_migration_response_200 import GetBulkMigrationResponse200
    from .get_dns_check_response_200 import GetDnsCheckResponse200
    from .get_dns_requirements_response_200 import GetDnsRequirementsResponse200
    from .get_domain_branding_response_200 import GetDomainBrandingResponse200
    from .get_domain_smtp_response_200 import GetDomainSmtpResponse200
    from .get_domain_smtp_test_status_response_200 import GetDomainSmtpTestStatusResponse200
    from .get_mail_rule_response_200 import GetMailRuleResponse200
    from .get_migration_response_200 import GetMigrationResponse200
    from .get_sieve_script_response_200 import GetSieveScriptResponse200
    from .get_smtp_config_response_200 import GetSmtpConfigResponse200
    from .get_smtp_test_status_response_200 import GetSmtpTestStatusResponse200
    from .get_spam_metrics_response_200 import GetSpamMetricsResponse200
    from .get_spam_summary_response_200 import GetSpamSummaryResponse200
    from .get_ticket_messages_response_200 import GetTicketMessagesResponse200
    from .get_ticket_response_200 import GetTicketResponse200
    from .identity_create_request import IdentityCreateRequest
    from .identity_create_request_kind import IdentityCreateRequestKind
    from .identity_create_request_smtp_mode import IdentityCreateRequestSmtpMode
    from .identity_delete_request import IdentityDeleteRequest
    from .identity_update_request import IdentityUpdateRequest
    from .identity_update_request_smtp_mode import IdentityUpdateRequestSmtpMode
    from .import_contacts_response_200 import ImportContactsResponse200
    from .invite import Invite
    from .invite_bulk_create_request import InviteBulkCreateRequest
    from .invite_bulk_error_response import InviteBulkErrorResponse
    from .invite_bulk_item import InviteBulkItem
    from .invite_bulk_result import InviteBulkResult
    from .invite_bulk_row import InviteBulkRow
    from .invite_create_request import InviteCreateRequest
    from .invite_response import InviteResponse
    from .legacy_smtp_test_request import LegacySmtpTestRequest
    from .legacy_smtp_test_request_encryption import LegacySmtpTestRequestEncryption
    from .legacy_smtp_update_request import LegacySmtpUpdateRequest
    from .legacy_smtp_update_request_encryption import LegacySmtpUpdateRequestEncryption
    from .legacy_smtp_update_request_mode import LegacySmtpUpdateRequestMode
    from .list_blocked_senders_response_200 import ListBlockedSendersResponse200
    from .list_bulk_migrations_status import ListBulkMigrationsStatus
    from .list_calendar_events_response_200 import ListCalendarEventsResponse200
    from .list_cloudflare_tokens_response_200 import ListCloudflareTokensResponse200
    from .list_cloudflare_zones_response_200 import ListCloudflareZonesResponse200
    from .list_domain_smtp_profiles_response_200 import ListDomainSmtpProfilesResponse200
    from .list_domains_status import ListDomainsStatus
    from .list_identities_response_200 import ListIdentitiesResponse200
    from .list_invoices_response_200 import ListInvoicesResponse200
    from .list_mail_rules_response_200 import ListMailRulesResponse200
    from .list_migrations_status import ListMigrationsStatus
    from .list_scheduled_response_200 import ListScheduledResponse200
    from .list_scheduled_status import ListScheduledStatus
    from .list_templates_response_200 import ListTemplatesResponse200
    from .list_tickets_category import ListTicketsCategory
    from .list_tickets_status import ListTicketsStatus
    from .mail_rule_reorder_request import MailRuleReorderRequest
    from .mail_rule_request import MailRuleRequest
    from .mail_rule_request_match_type import MailRuleRequestMatchType
    from .mailbox import Mailbox
    from .mailbox_action_result import MailboxActionResult
    from .mailbox_bulk_counts import MailboxBulkCounts
    from .mailbox_bulk_create_request import MailboxBulkCreateRequest
    from .mailbox_bulk_error_response import MailboxBulkErrorResponse
    from .mailbox_bulk_item import MailboxBulkItem
    from .mailbox_bulk_result import MailboxBulkResult
    from .mailbox_bulk_row import MailboxBulkRow
    from .mailbox_create_request import MailboxCreateRequest
    from .mailbox_create_request_client_auth_mode import MailboxCreateRequestClientAuthMode
    from .mailbox_create_request_password_mode import MailboxCreateRequestPasswordMode
    from .mailbox_create_response import MailboxCreateResponse
    from .mailbox_created import MailboxCreated
    from .mailbox_list import MailboxList
    from .mailbox_note_request import MailboxNoteRequest
    from .mailbox_password_request import MailboxPasswordRequest
    from .mailbox_password_result import MailboxPasswordResult
    from .mailbox_response import MailboxResponse
    from .mailbox_update_request import MailboxUpdateRequest
    from .mailbox_update_request_drive_access import MailboxUpdateRequestDriveAccess
    from .me_response import MeResponse
    from .me_token import MeToken
    from .message import Message
    from .message_body import MessageBody
    from .message_bulk_action_request import MessageBulkActionRequest
    from .message_bulk_action_request_action import MessageBulkActionRequestAction
    from .message_flags_request import MessageFlagsRequest
    from .message_flags_request_flags import MessageFlagsRequestFlags
    from .message_list_pagination import MessageListPagination
    from .message_list_response import MessageListResponse
    from .message_move_request import MessageMoveRequest
    from .message_summary import MessageSummary
    from .message_token import MessageToken
    from .message_token_create_request import MessageTokenCreateRequest
    from .message_token_create_request_expires_in import MessageTokenCreateRequestExpiresIn
    from .message_token_create_response import MessageTokenCreateResponse
    from .message_token_created import MessageTokenCreated
    from .message_token_list import MessageTokenList
    from .message_token_revoke_result import MessageTokenRevokeResult
    from .migration import Migration
    from .migration_connection_test_request import MigrationConnectionTestRequest
    from .migration_list import MigrationList
    from .migration_start_request import MigrationStartRequest
    from .migration_start_request_provider import MigrationStartRequestProvider
    from .migration_start_request_source_security import MigrationStartRequestSourceSecurity
    from .move_message_response_200 import MoveMessageResponse200
    from .outgoing_attachment import OutgoingAttachment
    from .page_links import PageLinks
    from .page_meta import PageMeta
    from .ping_messages_response_200 import PingMessagesResponse200
    from .prepare_forward_response_200 import PrepareForwardResponse200
    from .prepare_reply_all_response_200 import PrepareReplyAllResponse200
    from .prepare_reply_response_200 import PrepareReplyResponse200
    from .preview_bulk_migration_response_200 import PreviewBulkMigrationResponse200
    from .preview_cloudflare_dns_response_200 import PreviewCloudflareDnsResponse200
    from .raw_message import RawMessage
    from .remove_domain_brand_logo_response_200 import RemoveDomainBrandLogoResponse200
    from .remove_domain_brand_logo_slot import RemoveDomainBrandLogoSlot
    from .remove_domain_branding_response_200 import RemoveDomainBrandingResponse200
    from .remove_domain_branding_scope import RemoveDomainBrandingScope
    from .rename_folder_response_200 import RenameFolderResponse200
    from .reorder_mail_rules_response_200 import ReorderMailRulesResponse200
    from .reply_to_ticket_response_200 import ReplyToTicketResponse200
    from .report_ham_request import ReportHamRequest
    from .report_ham_response_200 import ReportHamResponse200
    from .report_spam_request import ReportSpamRequest
    from .report_spam_response_200 import ReportSpamResponse200
    from .reschedule_message_request import RescheduleMessageRequest
    from .reschedule_message_response_200 import RescheduleMessageResponse200
    from .resume_bulk_migration_response_200 import ResumeBulkMigrationResponse200
    from .retry_bulk_migration_response_200 import RetryBulkMigrationResponse200
    from .retry_domain_dkim_response_200 import RetryDomainDkimResponse200
    from .retry_migration_response_200 import RetryMigrationResponse200
    from .rule_action import RuleAction
    from .rule_action_type import RuleActionType
    from .rule_condition import RuleCondition
    from .rule_condition_field import RuleConditionField
    from .rule_condition_operator import RuleConditionOperator
    from .save_draft_response_200 import SaveDraftResponse200
    from .schedule_message_request import ScheduleMessageRequest
    from .schedule_message_response_200 import ScheduleMessageResponse200
    from .send_message_request import SendMessageRequest
    from .send_message_request_headers import SendMessageRequestHeaders
    from .send_message_result import SendMessageResult
    from .set_account_smtp_default_response_200 import SetAccountSmtpDefaultResponse200
    from .set_auto_reply_response_200 import SetAutoReplyResponse200
    from .set_domain_brand_logo_response_200 import SetDomainBrandLogoResponse200
    from .set_domain_brand_logo_slot import SetDomainBrandLogoSlot
    from .set_domain_branding_response_200 import SetDomainBrandingResponse200
    from .set_domain_smtp_response_200 import SetDomainSmtpResponse200
    from .shared_mailbox_create_request import SharedMailboxCreateRequest
    from .shared_mailbox_member import SharedMailboxMember
    from .shared_mailbox_member_add_request import SharedMailboxMemberAddRequest
    from .shared_mailbox_member_list import SharedMailboxMemberList
    from .shared_mailbox_member_response import SharedMailboxMemberResponse
    from .shared_mailbox_member_update_request import SharedMailboxMemberUpdateRequest
    from .sieve_script_request import SieveScriptRequest
    from .smtp_default_update_request import SmtpDefaultUpdateRequest
    from .smtp_default_update_request_smtp_mode import SmtpDefaultUpdateRequestSmtpMode
    from .smtp_profile_create_request import SmtpProfileCreateRequest
    from .smtp_profile_create_request_encryption import SmtpProfileCreateRequestEncryption
    from .smtp_profile_update_request import SmtpProfileUpdateRequest
    from .smtp_profile_update_request_encryption import SmtpProfileUpdateRequestEncryption
    from .start_bulk_migration_response_200 import StartBulkMigrationResponse200
    from .start_migration_response_200 import StartMigrationResponse200
    from .template_create_request import TemplateCreateRequest
    from .template_update_request import TemplateUpdateRequest
    from .test_domain_smtp_response_200 import TestDomainSmtpResponse200
    from .test_migration_connection_response_200 import TestMigrationConnectionResponse200
    from .test_smtp_response_200 import TestSmtpResponse200
    from .ticket import Ticket
    from .ticket_create_request import TicketCreateRequest
    from .ticket_create_request_category import TicketCreateRequestCategory
    from .ticket_create_request_priority import TicketCreateRequestPriority
    from .ticket_list import TicketList
    from .ticket_reply_request import TicketReplyRequest
    from .unblock_sender_response_200 import UnblockSenderResponse200
    from .update_calendar_event_response_200 import UpdateCalendarEventResponse200
    from .update_contact_group_response_200 import UpdateContactGroupResponse200
    from .update_contact_response_200 import UpdateContactResponse200
    from .update_domain_catch_all_response_200 import UpdateDomainCatchAllResponse200
    from .update_domain_note_response_200 import UpdateDomainNoteResponse200
    from .update_domain_smtp_profile_response_200 import UpdateDomainSmtpProfileResponse200
    from .update_draft_response_200 import UpdateDraftResponse200
    from .update_identity_response_200 import UpdateIdentityResponse200
    from .update_mail_rule_response_200 import UpdateMailRuleResponse200
    from .update_message_flags_response_200 import UpdateMessageFlagsResponse200
    from .update_smtp_config_response_200 import UpdateSmtpConfigResponse200
    from .update_template_response_200 import UpdateTemplateResponse200
    from .upload_sieve_script_response_200 import UploadSieveScriptResponse200
    from .validate_cloudflare_token_response_200 import ValidateCloudflareTokenResponse200
    from .verify_bulk_request import VerifyBulkRequest
    from .verify_bulk_request_mode import VerifyBulkRequestMode
    from .verify_cancel_job_response_200 import VerifyCancelJobResponse200
    from .verify_credits_response_200 import VerifyCreditsResponse200
    from .verify_delete_job_response_200 import VerifyDeleteJobResponse200
    from .verify_domain_branding_dns_response_200 import VerifyDomainBrandingDnsResponse200
    from .verify_email_bulk_response_200 import VerifyEmailBulkResponse200
    from .verify_email_request import VerifyEmailRequest
    from .verify_email_request_mode import VerifyEmailRequestMode
    from .verify_email_response_200 import VerifyEmailResponse200
    from .verify_job import VerifyJob
    from .verify_job_download_filter import VerifyJobDownloadFilter
    from .verify_job_list import VerifyJobList
    from .verify_job_status import VerifyJobStatus
    from .verify_job_status_data_item import VerifyJobStatusDataItem
    from .verify_job_status_status import VerifyJobStatusStatus
    from .verify_list_jobs_status import VerifyListJobsStatus

_MODULE_OF: dict[str, str] = {
    "Account": "account",
    "AccountFeatures": "account_features",
    "AccountLimits": "account_limits",
    "AccountResponse": "account_response",
    "AccountUsage": "account_usage",
    "AddContactGroupMembersResponse200": "add_contact_group_members_response_200",
    "Alias": "alias",
    "AliasCreateRequest": "alias_create_request",
    "AliasList": "alias_list",
    "AliasResponse": "alias_response",
    "AliasUpdateRequest": "alias_update_request",
    "AppPasswordSecret": "app_password_secret",
    "ApplyCloudflareDnsResponse200": "apply_cloudflare_dns_response_200",
    "AttachmentInfo": "attachment_info",
    "AutoReplyRequest": "auto_reply_request",
    "BlockSenderRequest": "block_sender_request",
    "BlockSenderResponse200": "block_sender_response_200",
    "BrandLogoRequest": "brand_logo_request",
    "BrandLogoRequestScope": "brand_logo_request_scope",
    "BrandingUpdateRequest": "branding_update_request",
    "BrandingUpdateRequestMode": "branding_update_request_mode",
    "BrandingUpdateRequestScope": "branding_update_request_scope",
    "BulkActionResponse200": "bulk_action_response_200",
    "BulkMigration": "bulk_migration",
    "BulkMigrationJobPasswordRequest": "bulk_migration_job_password_request",
    "BulkMigrationList": "bulk_migration_list",
    "BulkMigrationPreviewRequest": "bulk_migration_preview_request",
    "BulkMigrationPreviewRequestProvider": "bulk_migration_preview_request_provider",
    "BulkMigrationStartRequest": "bulk_migration_start_request",
    "BulkMigrationStartRequestProvider": "bulk_migration_start_request_provider",
    "CalendarEventCreateRequest": "calendar_event_create_request",
    "CalendarEventUpdateRequest": "calendar_event_update_request",
    "CancelBulkMigrationResponse200": "cancel_bulk_migration_response_200",
    "CancelMigrationResponse200": "cancel_migration_response_200",
    "CancelScheduledResponse200": "cancel_scheduled_response_200",
    "Capabilities": "capabilities",
    "CatchAllUpdateRequest": "catch_all_update_request",
    "CloseTicketResponse200": "close_ticket_response_200",
    "CloudflareApplyRequest": "cloudflare_apply_request",
    "CloudflareConnectRequest": "cloudflare_connect_request",
    "CloudflarePreviewRequest": "cloudflare_preview_request",
    "CloudflareTokenRequest": "cloudflare_token_request",
    "CloudflareZoneSelection": "cloudflare_zone_selection",
    "ConfirmDeleteIntentXConfirmDelete": "confirm_delete_intent_x_confirm_delete",
    "ConnectCloudflareDomainsResponse200": "connect_cloudflare_domains_response_200",
    "Contact": "contact",
    "ContactCreateRequest": "contact_create_request",
    "ContactGroupMembersRequest": "contact_group_members_request",
    "ContactGroupRequest": "contact_group_request",
    "ContactImportRequest": "contact_import_request",
    "ContactImportRequestFormat": "contact_import_request_format",
    "ContactList": "contact_list",
    "ContactUpdateRequest": "contact_update_request",
    "ConvertToRegularRequest": "convert_to_regular_request",
    "ConvertToSharedRequest": "convert_to_shared_request",
    "CreateBrandingPreviewResponse200": "create_branding_preview_response_200",
    "CreateCalendarEventResponse200": "create_calendar_event_response_200",
    "CreateContactGroupResponse200": "create_contact_group_response_200",
    "CreateContactResponse200": "create_contact_response_200",
    "CreateDomainSmtpProfileResponse200": "create_domain_smtp_profile_response_200",
    "CreateFolderResponse200": "create_folder_response_200",
    "CreateIdentityResponse200": "create_identity_response_200",
    "CreateMailRuleResponse200": "create_mail_rule_response_200",
    "CreateTemplateResponse200": "create_template_response_200",
    "CreateTicketResponse200": "create_ticket_response_200",
    "DeleteAliasResponse200": "delete_alias_response_200",
    "DeleteBulkMigrationResponse200": "delete_bulk_migration_response_200",
    "DeleteCalendarEventResponse200": "delete_calendar_event_response_200",
    "DeleteCloudflareTokenResponse200": "delete_cloudflare_token_response_200",
    "DeleteContactGroupResponse200": "delete_contact_group_response_200",
    "DeleteContactResponse200": "delete_contact_response_200",
    "DeleteDomainResponse200": "delete_domain_response_200",
    "DeleteDomainSmtpProfileResponse200": "delete_domain_smtp_profile_response_200",
    "DeleteFolderResponse200": "delete_folder_response_200",
    "DeleteIdentityResponse200": "delete_identity_response_200",
    "DeleteIntent": "delete_intent",
    "DeleteIntentConfirmResult": "delete_intent_confirm_result",
    "DeleteIntentConfirmResultData": "delete_intent_confirm_result_data",
    "DeleteIntentResponse": "delete_intent_response",
    "DeleteMailRuleResponse200": "delete_mail_rule_response_200",
    "DeleteMessageResponse200": "delete_message_response_200",
    "DeleteMigrationResponse200": "delete_migration_response_200",
    "DeleteSmtpConnectionResponse200": "delete_smtp_connection_response_200",
    "DeleteTemplateResponse200": "delete_template_response_200",
    "DnsRecheckResponse200": "dns_recheck_response_200",
    "Domain": "domain",
    "DomainBulkAddErrorResponse": "domain_bulk_add_error_response",
    "DomainBulkAddRequest": "domain_bulk_add_request",
    "DomainBulkAddResult": "domain_bulk_add_result",
    "DomainBulkAddRow": "domain_bulk_add_row",
    "DomainCreateRequest": "domain_create_request",
    "DomainCreateRequestMailHosting": "domain_create_request_mail_hosting",
    "DomainList": "domain_list",
    "DomainNoteRequest": "domain_note_request",
    "DomainResponse": "domain_response",
    "DomainSmtpTestRequest": "domain_smtp_test_request",
    "DomainSmtpTestRequestEncryption": "domain_smtp_test_request_encryption",
    "DomainSmtpTestRequestMode": "domain_smtp_test_request_mode",
    "DomainSmtpUpdateRequest": "domain_smtp_update_request",
    "DomainSmtpUpdateRequestSmtpMode": "domain_smtp_update_request_smtp_mode",
    "DownloadAllAttachmentsResponse200": "download_all_attachments_response_200",
    "DownloadAttachmentResponse200": "download_attachment_response_200",
    "DraftRequest": "draft_request",
    "DraftUpdateRequest": "draft_update_request",
    "EmptyFolderResponse200": "empty_folder_response_200",
    "EnableImapRequest": "enable_imap_request",
    "ErrorBody": "error_body",
    "ErrorResponse": "error_response",
    "ExportContactsFormat": "export_contacts_format",
    "ExportContactsResponse200": "export_contacts_response_200",
    "Folder": "folder",
    "FolderCreateRequest": "folder_create_request",
    "FolderEmptyRequest": "folder_empty_request",
    "FolderEmptyRequestFolder": "folder_empty_request_folder",
    "FolderListResponse": "folder_list_response",
    "FolderRenameRequest": "folder_rename_request",
    "Forwarding": "forwarding",
    "ForwardingResponse": "forwarding_response",
    "ForwardingUpdateRequest": "forwarding_update_request",
    "GetAccountSmtpDefaultResponse200": "get_account_smtp_default_response_200",
    "GetAutoReplyResponse200": "get_auto_reply_response_200",
    "GetBillingStatusResponse200": "get_billing_status_response_200",
    "GetBulkMigrationResponse200": "get_bulk_migration_response_200",
    "GetDnsCheckResponse200": "get_dns_check_response_200",
    "GetDnsRequirementsResponse200": "get_dns_requirements_response_200",
    "GetDomainBrandingResponse200": "get_domain_branding_response_200",
    "GetDomainSmtpResponse200": "get_domain_smtp_response_200",
    "GetDomainSmtpTestStatusResponse200": "get_domain_smtp_test_status_response_200",
    "GetMailRuleResponse200": "get_mail_rule_response_200",
    "GetMigrationResponse200": "get_migration_response_200",
    "GetSieveScriptResponse200": "get_sieve_script_response_200",
    "GetSmtpConfigResponse200": "get_smtp_config_response_200",
    "GetSmtpTestStatusResponse200": "get_smtp_test_status_response_200",
    "GetSpamMetricsResponse200": "get_spam_metrics_response_200",
    "GetSpamSummaryResponse200": "get_spam_summary_response_200",
    "GetTicketMessagesResponse200": "get_ticket_messages_response_200",
    "GetTicketResponse200": "get_ticket_response_200",
    "IdentityCreateRequest": "identity_create_request",
    "IdentityCreateRequestKind": "identity_create_request_kind",
    "IdentityCreateRequestSmtpMode": "identity_create_request_smtp_mode",
    "IdentityDeleteRequest": "identity_delete_request",
    "IdentityUpdateRequest": "identity_update_request",
    "IdentityUpdateRequestSmtpMode": "identity_update_request_smtp_mode",
    "ImportContactsResponse200": "import_contacts_response_200",
    "Invite": "invite",
    "InviteBulkCreateRequest": "invite_bulk_create_request",
    "InviteBulkErrorResponse": "invite_bulk_error_response",
    "InviteBulkItem": "invite_bulk_item",
    "InviteBulkResult": "invite_bulk_result",
    "InviteBulkRow": "invite_bulk_row",
    "InviteCreateRequest": "invite_create_request",
    "InviteResponse": "invite_response",
    "LegacySmtpTestRequest": "legacy_smtp_test_request",
    "LegacySmtpTestRequestEncryption": "legacy_smtp_test_request_encryption",
    "LegacySmtpUpdateRequest": "legacy_smtp_update_request",
    "LegacySmtpUpdateRequestEncryption": "legacy_smtp_update_request_encryption",
    "LegacySmtpUpdateRequestMode": "legacy_smtp_update_request_mode",
    "ListBlockedSendersResponse200": "list_blocked_senders_response_200",
    "ListBulkMigrationsStatus": "list_bulk_migrations_status",
    "ListCalendarEventsResponse200": "list_calendar_events_response_200",
    "ListCloudflareTokensResponse200": "list_cloudflare_tokens_response_200",
    "ListCloudflareZonesResponse200": "list_cloudflare_zones_response_200",
    "ListDomainSmtpProfilesResponse200": "list_domain_smtp_profiles_response_200",
    "ListDomainsStatus": "list_domains_status",
    "ListIdentitiesResponse200": "list_identities_response_200",
    "ListInvoicesResponse200": "list_invoices_response_200",
    "ListMailRulesResponse200": "list_mail_rules_response_200",
    "ListMigrationsStatus": "list_migrations_status",
    "ListScheduledResponse200": "list_scheduled_response_200",
    "ListScheduledStatus": "list_scheduled_status",
    "ListTemplatesResponse200": "list_templates_response_200",
    "ListTicketsCategory": "list_tickets_category",
    "ListTicketsStatus": "list_tickets_status",
    "MailRuleReorderRequest": "mail_rule_reorder_request",
    "MailRuleRequest": "mail_rule_request",
    "MailRuleRequestMatchType": "mail_rule_request_match_type",
    "Mailbox": "mailbox",
    "MailboxActionResult": "mailbox_action_result",
    "MailboxBulkCounts": "mailbox_bulk_counts",
    "MailboxBulkCreateRequest": "mailbox_bulk_create_request",
    "MailboxBulkErrorResponse": "mailbox_bulk_error_response",
    "MailboxBulkItem": "mailbox_bulk_item",
    "MailboxBulkResult": "mailbox_bulk_result",
    "MailboxBulkRow": "mailbox_bulk_row",
    "MailboxCreateRequest": "mailbox_create_request",
    "MailboxCreateRequestClientAuthMode": "mailbox_create_request_client_auth_mode",
    "MailboxCreateRequestPasswordMode": "mailbox_create_request_password_mode",
    "MailboxCreateResponse": "mailbox_create_response",
    "MailboxCreated": "mailbox_created",
    "MailboxList": "mailbox_list",
    "MailboxNoteRequest": "mailbox_note_request",
    "MailboxPasswordRequest": "mailbox_password_request",
    "MailboxPasswordResult": "mailbox_password_result",
    "MailboxResponse": "mailbox_response",
    "MailboxUpdateRequest": "mailbox_update_request",
    "MailboxUpdateRequestDriveAccess": "mailbox_update_request_drive_access",
    "MeResponse": "me_response",
    "MeToken": "me_token",
    "Message": "message",
    "MessageBody": "message_body",
    "MessageBulkActionRequest": "message_bulk_action_request",
    "MessageBulkActionRequestAction": "message_bulk_action_request_action",
    "MessageFlagsRequest": "message_flags_request",
    "MessageFlagsRequestFlags": "message_flags_request_flags",
    "MessageListPagination": "message_list_pagination",
    "MessageListResponse": "message_list_response",
    "MessageMoveRequest": "message_move_request",
    "MessageSummary": "message_summary",
    "MessageToken": "message_token",
    "MessageTokenCreateRequest": "message_token_create_request",
    "MessageTokenCreateRequestExpiresIn": "message_token_create_request_expires_in",
    "MessageTokenCreateResponse": "message_token_create_response",
    "MessageTokenCreated": "message_token_created",
    "MessageTokenList": "message_token_list",
    "MessageTokenRevokeResult": "message_token_revoke_result",
    "Migration": "migration",
    "MigrationConnectionTestRequest": "migration_connection_test_request",
    "MigrationList": "migration_list",
    "MigrationStartRequest": "migration_start_request",
    "MigrationStartRequestProvider": "migration_start_request_provider",
    "MigrationStartRequestSourceSecurity": "migration_start_request_source_security",
    "MoveMessageResponse200": "move_message_response_200",
    "OutgoingAttachment": "outgoing_attachment",
    "PageLinks": "page_links",
    "PageMeta": "page_meta",
    "PingMessagesResponse200": "ping_messages_response_200",
    "PrepareForwardResponse200": "prepare_forward_response_200",
    "PrepareReplyAllResponse200": "prepare_reply_all_response_200",
    "PrepareReplyResponse200": "prepare_reply_response_200",
    "PreviewBulkMigrationResponse200": "preview_bulk_migration_response_200",
    "PreviewCloudflareDnsResponse200": "preview_cloudflare_dns_response_200",
    "RawMessage": "raw_message",
    "RemoveDomainBrandLogoResponse200": "remove_domain_brand_logo_response_200",
    "RemoveDomainBrandLogoSlot": "remove_domain_brand_logo_slot",
    "RemoveDomainBrandingResponse200": "remove_domain_branding_response_200",
    "RemoveDomainBrandingScope": "remove_domain_branding_scope",
    "RenameFolderResponse200": "rename_folder_response_200",
    "ReorderMailRulesResponse200": "reorder_mail_rules_response_200",
    "ReplyToTicketResponse200": "reply_to_ticket_response_200",
    "ReportHamRequest": "report_ham_request",
    "ReportHamResponse200": "report_ham_response_200",
    "ReportSpamRequest": "report_spam_request",
    "ReportSpamResponse200": "report_spam_response_200",
    "RescheduleMessageRequest": "reschedule_message_request",
    "RescheduleMessageResponse200": "reschedule_message_response_200",
    "ResumeBulkMigrationResponse200": "resume_bulk_migration_response_200",
    "RetryBulkMigrationResponse200": "retry_bulk_migration_response_200",
    "RetryDomainDkimResponse200": "retry_domain_dkim_response_200",
    "RetryMigrationResponse200": "retry_migration_response_200",
    "RuleAction": "rule_action",
    "RuleActionType": "rule_action_type",
    "RuleCondition": "rule_condition",
    "RuleConditionField": "rule_condition_field",
    "RuleConditionOperator": "rule_condition_operator",
    "SaveDraftResponse200": "save_draft_response_200",
    "ScheduleMessageRequest": "schedule_message_request",
    "ScheduleMessageResponse200": "schedule_message_response_200",
    "SendMessageRequest": "send_message_request",
    "SendMessageRequestHeaders": "send_message_request_headers",
    "SendMessageResult": "send_message_result",
    "SetAccountSmtpDefaultResponse200": "set_account_smtp_default_response_200",
    "SetAutoReplyResponse200": "set_auto_reply_response_200",
    "SetDomainBrandLogoResponse200": "set_domain_brand_logo_response_200",
    "SetDomainBrandLogoSlot": "set_domain_brand_logo_slot",
    "SetDomainBrandingResponse200": "set_domain_branding_response_200",
    "SetDomainSmtpResponse200": "set_domain_smtp_response_200",
    "SharedMailboxCreateRequest": "shared_mailbox_create_request",
    "SharedMailboxMember": "shared_mailbox_member",
    "SharedMailboxMemberAddRequest": "shared_mailbox_member_add_request",
    "SharedMailboxMemberList": "shared_mailbox_member_list",
    "SharedMailboxMemberResponse": "shared_mailbox_member_response",
    "SharedMailboxMemberUpdateRequest": "shared_mailbox_member_update_request",
    "SieveScriptRequest": "sieve_script_request",
    "SmtpDefaultUpdateRequest": "smtp_default_update_request",
    "SmtpDefaultUpdateRequestSmtpMode": "smtp_default_update_request_smtp_mode",
    "SmtpProfileCreateRequest": "smtp_profile_create_request",
    "SmtpProfileCreateRequestEncryption": "smtp_profile_create_request_encryption",
    "SmtpProfileUpdateRequest": "smtp_profile_update_request",
    "SmtpProfileUpdateRequestEncryption": "smtp_profile_update_request_encryption",
    "StartBulkMigrationResponse200": "start_bulk_migration_response_200",
    "StartMigrationResponse200": "start_migration_response_200",
    "TemplateCreateRequest": "template_create_request",
    "TemplateUpdateRequest": "template_update_request",
    "TestDomainSmtpResponse200": "test_domain_smtp_response_200",
    "TestMigrationConnectionResponse200": "test_migration_connection_response_200",
    "TestSmtpResponse200": "test_smtp_response_200",
    "Ticket": "ticket",
    "TicketCreateRequest": "ticket_create_request",
    "TicketCreateRequestCategory": "ticket_create_request_category",
    "TicketCreateRequestPriority": "ticket_create_request_priority",
    "TicketList": "ticket_list",
    "TicketReplyRequest": "ticket_reply_request",
    "UnblockSenderResponse200": "unblock_sender_response_200",
    "UpdateCalendarEventResponse200": "update_calendar_event_response_200",
    "UpdateContactGroupResponse200": "update_contact_group_response_200",
    "UpdateContactResponse200": "update_contact_response_200",
    "UpdateDomainCatchAllResponse200": "update_domain_catch_all_response_200",
    "UpdateDomainNoteResponse200": "update_domain_note_response_200",
    "UpdateDomainSmtpProfileResponse200": "update_domain_smtp_profile_response_200",
    "UpdateDraftResponse200": "update_draft_response_200",
    "UpdateIdentityResponse200": "update_identity_response_200",
    "UpdateMailRuleResponse200": "update_mail_rule_response_200",
    "UpdateMessageFlagsResponse200": "update_message_flags_response_200",
    "UpdateSmtpConfigResponse200": "update_smtp_config_response_200",
    "UpdateTemplateResponse200": "update_template_response_200",
    "UploadSieveScriptResponse200": "upload_sieve_script_response_200",
    "ValidateCloudflareTokenResponse200": "validate_cloudflare_token_response_200",
    "VerifyBulkRequest": "verify_bulk_request",
    "VerifyBulkRequestMode": "verify_bulk_request_mode",
    "VerifyCancelJobResponse200": "verify_cancel_job_response_200",
    "VerifyCreditsResponse200": "verify_credits_response_200",
    "VerifyDeleteJobResponse200": "verify_delete_job_response_200",
    "VerifyDomainBrandingDnsResponse200": "verify_domain_branding_dns_response_200",
    "VerifyEmailBulkResponse200": "verify_email_bulk_response_200",
    "VerifyEmailRequest": "verify_email_request",
    "VerifyEmailRequestMode": "verify_email_request_mode",
    "VerifyEmailResponse200": "verify_email_response_200",
    "VerifyJob": "verify_job",
    "VerifyJobDownloadFilter": "verify_job_download_filter",
    "VerifyJobList": "verify_job_list",
    "VerifyJobStatus": "verify_job_status",
    "VerifyJobStatusDataItem": "verify_job_status_data_item",
    "VerifyJobStatusStatus": "verify_job_status_status",
    "VerifyListJobsStatus": "verify_list_jobs_status",
}

__all__ = (
    "Account",
    "AccountFeatures",
    "AccountLimits",
    "AccountResponse",
    "AccountUsage",
    "AddContactGroupMembersResponse200",
    "Alias",
    "AliasCreateRequest",
    "AliasList",
    "AliasResponse",
    "AliasUpdateRequest",
    "AppPasswordSecret",
    "ApplyCloudflareDnsResponse200",
    "AttachmentInfo",
    "AutoReplyRequest",
    "BlockSenderRequest",
    "BlockSenderResponse200",
    "BrandLogoRequest",
    "BrandLogoRequestScope",
    "BrandingUpdateRequest",
    "BrandingUpdateRequestMode",
    "BrandingUpdateRequestScope",
    "BulkActionResponse200",
    "BulkMigration",
    "BulkMigrationJobPasswordRequest",
    "BulkMigrationList",
    "BulkMigrationPreviewRequest",
    "BulkMigrationPreviewRequestProvider",
    "BulkMigrationStartRequest",
    "BulkMigrationStartRequestProvider",
    "CalendarEventCreateRequest",
    "CalendarEventUpdateRequest",
    "CancelBulkMigrationResponse200",
    "CancelMigrationResponse200",
    "CancelScheduledResponse200",
    "Capabilities",
    "CatchAllUpdateRequest",
    "CloseTicketResponse200",
    "CloudflareApplyRequest",
    "CloudflareConnectRequest",
    "CloudflarePreviewRequest",
    "CloudflareTokenRequest",
    "CloudflareZoneSelection",
    "ConfirmDeleteIntentXConfirmDelete",
    "ConnectCloudflareDomainsResponse200",
    "Contact",
    "ContactCreateRequest",
    "ContactGroupMembersRequest",
    "ContactGroupRequest",
    "ContactImportRequest",
    "ContactImportRequestFormat",
    "ContactList",
    "ContactUpdateRequest",
    "ConvertToRegularRequest",
    "ConvertToSharedRequest",
    "CreateBrandingPreviewResponse200",
    "CreateCalendarEventResponse200",
    "CreateContactGroupResponse200",
    "CreateContactResponse200",
    "CreateDomainSmtpProfileResponse200",
    "CreateFolderResponse200",
    "CreateIdentityResponse200",
    "CreateMailRuleResponse200",
    "CreateTemplateResponse200",
    "CreateTicketResponse200",
    "DeleteAliasResponse200",
    "DeleteBulkMigrationResponse200",
    "DeleteCalendarEventResponse200",
    "DeleteCloudflareTokenResponse200",
    "DeleteContactGroupResponse200",
    "DeleteContactResponse200",
    "DeleteDomainResponse200",
    "DeleteDomainSmtpProfileResponse200",
    "DeleteFolderResponse200",
    "DeleteIdentityResponse200",
    "DeleteIntent",
    "DeleteIntentConfirmResult",
    "DeleteIntentConfirmResultData",
    "DeleteIntentResponse",
    "DeleteMailRuleResponse200",
    "DeleteMessageResponse200",
    "DeleteMigrationResponse200",
    "DeleteSmtpConnectionResponse200",
    "DeleteTemplateResponse200",
    "DnsRecheckResponse200",
    "Domain",
    "DomainBulkAddErrorResponse",
    "DomainBulkAddRequest",
    "DomainBulkAddResult",
    "DomainBulkAddRow",
    "DomainCreateRequest",
    "DomainCreateRequestMailHosting",
    "DomainList",
    "DomainNoteRequest",
    "DomainResponse",
    "DomainSmtpTestRequest",
    "DomainSmtpTestRequestEncryption",
    "DomainSmtpTestRequestMode",
    "DomainSmtpUpdateRequest",
    "DomainSmtpUpdateRequestSmtpMode",
    "DownloadAllAttachmentsResponse200",
    "DownloadAttachmentResponse200",
    "DraftRequest",
    "DraftUpdateRequest",
    "EmptyFolderResponse200",
    "EnableImapRequest",
    "ErrorBody",
    "ErrorResponse",
    "ExportContactsFormat",
    "ExportContactsResponse200",
    "Folder",
    "FolderCreateRequest",
    "FolderEmptyRequest",
    "FolderEmptyRequestFolder",
    "FolderListResponse",
    "FolderRenameRequest",
    "Forwarding",
    "ForwardingResponse",
    "ForwardingUpdateRequest",
    "GetAccountSmtpDefaultResponse200",
    "GetAutoReplyResponse200",
    "GetBillingStatusResponse200",
    "GetBulkMigrationResponse200",
    "GetDnsCheckResponse200",
    "GetDnsRequirementsResponse200",
    "GetDomainBrandingResponse200",
    "GetDomainSmtpResponse200",
    "GetDomainSmtpTestStatusResponse200",
    "GetMailRuleResponse200",
    "GetMigrationResponse200",
    "GetSieveScriptResponse200",
    "GetSmtpConfigResponse200",
    "GetSmtpTestStatusResponse200",
    "GetSpamMetricsResponse200",
    "GetSpamSummaryResponse200",
    "GetTicketMessagesResponse200",
    "GetTicketResponse200",
    "IdentityCreateRequest",
    "IdentityCreateRequestKind",
    "IdentityCreateRequestSmtpMode",
    "IdentityDeleteRequest",
    "IdentityUpdateRequest",
    "IdentityUpdateRequestSmtpMode",
    "ImportContactsResponse200",
    "Invite",
    "InviteBulkCreateRequest",
    "InviteBulkErrorResponse",
    "InviteBulkItem",
    "InviteBulkResult",
    "InviteBulkRow",
    "InviteCreateRequest",
    "InviteResponse",
    "LegacySmtpTestRequest",
    "LegacySmtpTestRequestEncryption",
    "LegacySmtpUpdateRequest",
    "LegacySmtpUpdateRequestEncryption",
    "LegacySmtpUpdateRequestMode",
    "ListBlockedSendersResponse200",
    "ListBulkMigrationsStatus",
    "ListCalendarEventsResponse200",
    "ListCloudflareTokensResponse200",
    "ListCloudflareZonesResponse200",
    "ListDomainSmtpProfilesResponse200",
    "ListDomainsStatus",
    "ListIdentitiesResponse200",
    "ListInvoicesResponse200",
    "ListMailRulesResponse200",
    "ListMigrationsStatus",
    "ListScheduledResponse200",
    "ListScheduledStatus",
    "ListTemplatesResponse200",
    "ListTicketsCategory",
    "ListTicketsStatus",
    "MailRuleReorderRequest",
    "MailRuleRequest",
    "MailRuleRequestMatchType",
    "Mailbox",
    "MailboxActionResult",
    "MailboxBulkCounts",
    "MailboxBulkCreateRequest",
    "MailboxBulkErrorResponse",
    "MailboxBulkItem",
    "MailboxBulkResult",
    "MailboxBulkRow",
    "MailboxCreateRequest",
    "MailboxCreateRequestClientAuthMode",
    "MailboxCreateRequestPasswordMode",
    "MailboxCreateResponse",
    "MailboxCreated",
    "MailboxList",
    "MailboxNoteRequest",
    "MailboxPasswordRequest",
    "MailboxPasswordResult",
    "MailboxResponse",
    "MailboxUpdateRequest",
    "MailboxUpdateRequestDriveAccess",
    "MeResponse",
    "MeToken",
    "Message",
    "MessageBody",
    "MessageBulkActionRequest",
    "MessageBulkActionRequestAction",
    "MessageFlagsRequest",
    "MessageFlagsRequestFlags",
    "MessageListPagination",
    "MessageListResponse",
    "MessageMoveRequest",
    "MessageSummary",
    "MessageToken",
    "MessageTokenCreateRequest",
    "MessageTokenCreateRequestExpiresIn",
    "MessageTokenCreateResponse",
    "MessageTokenCreated",
    "MessageTokenList",
    "MessageTokenRevokeResult",
    "Migration",
    "MigrationConnectionTestRequest",
    "MigrationList",
    "MigrationStartRequest",
    "MigrationStartRequestProvider",
    "MigrationStartRequestSourceSecurity",
    "MoveMessageResponse200",
    "OutgoingAttachment",
    "PageLinks",
    "PageMeta",
    "PingMessagesResponse200",
    "PrepareForwardResponse200",
    "PrepareReplyAllResponse200",
    "PrepareReplyResponse200",
    "PreviewBulkMigrationResponse200",
    "PreviewCloudflareDnsResponse200",
    "RawMessage",
    "RemoveDomainBrandLogoResponse200",
    "RemoveDomainBrandLogoSlot",
    "RemoveDomainBrandingResponse200",
    "RemoveDomainBrandingScope",
    "RenameFolderResponse200",
    "ReorderMailRulesResponse200",
    "ReplyToTicketResponse200",
    "ReportHamRequest",
    "ReportHamResponse200",
    "ReportSpamRequest",
    "ReportSpamResponse200",
    "RescheduleMessageRequest",
    "RescheduleMessageResponse200",
    "ResumeBulkMigrationResponse200",
    "RetryBulkMigrationResponse200",
    "RetryDomainDkimResponse200",
    "RetryMigrationResponse200",
    "RuleAction",
    "RuleActionType",
    "RuleCondition",
    "RuleConditionField",
    "RuleConditionOperator",
    "SaveDraftResponse200",
    "ScheduleMessageRequest",
    "ScheduleMessageResponse200",
    "SendMessageRequest",
    "SendMessageRequestHeaders",
    "SendMessageResult",
    "SetAccountSmtpDefaultResponse200",
    "SetAutoReplyResponse200",
    "SetDomainBrandLogoResponse200",
    "SetDomainBrandLogoSlot",
    "SetDomainBrandingResponse200",
    "SetDomainSmtpResponse200",
    "SharedMailboxCreateRequest",
    "SharedMailboxMember",
    "SharedMailboxMemberAddRequest",
    "SharedMailboxMemberList",
    "SharedMailboxMemberResponse",
    "SharedMailboxMemberUpdateRequest",
    "SieveScriptRequest",
    "SmtpDefaultUpdateRequest",
    "SmtpDefaultUpdateRequestSmtpMode",
    "SmtpProfileCreateRequest",
    "SmtpProfileCreateRequestEncryption",
    "SmtpProfileUpdateRequest",
    "SmtpProfileUpdateRequestEncryption",
    "StartBulkMigrationResponse200",
    "StartMigrationResponse200",
    "TemplateCreateRequest",
    "TemplateUpdateRequest",
    "TestDomainSmtpResponse200",
    "TestMigrationConnectionResponse200",
    "TestSmtpResponse200",
    "Ticket",
    "TicketCreateRequest",
    "TicketCreateRequestCategory",
    "TicketCreateRequestPriority",
    "TicketList",
    "TicketReplyRequest",
    "UnblockSenderResponse200",
    "UpdateCalendarEventResponse200",
    "UpdateContactGroupResponse200",
    "UpdateContactResponse200",
    "UpdateDomainCatchAllResponse200",
    "UpdateDomainNoteResponse200",
    "UpdateDomainSmtpProfileResponse200",
    "UpdateDraftResponse200",
    "UpdateIdentityResponse200",
    "UpdateMailRuleResponse200",
    "UpdateMessageFlagsResponse200",
    "UpdateSmtpConfigResponse200",
    "UpdateTemplateResponse200",
    "UploadSieveScriptResponse200",
    "ValidateCloudflareTokenResponse200",
    "VerifyBulkRequest",
    "VerifyBulkRequestMode",
    "VerifyCancelJobResponse200",
    "VerifyCreditsResponse200",
    "VerifyDeleteJobResponse200",
    "VerifyDomainBrandingDnsResponse200",
    "VerifyEmailBulkResponse200",
    "VerifyEmailRequest",
    "VerifyEmailRequestMode",
    "VerifyEmailResponse200",
    "VerifyJob",
    "VerifyJobDownloadFilter",
    "VerifyJobList",
    "VerifyJobStatus",
    "VerifyJobStatusDataItem",
    "VerifyJobStatusStatus",
    "VerifyListJobsStatus",
)


def __getattr__(name: str) -> Any:
    try:
        module_name = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f".{module_name}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
