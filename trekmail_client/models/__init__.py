"""Data models of requests and responses (generated; loaded lazily on first use)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_features import AccountFeatures
    from .account_limits import AccountLimits
    from .account_response import AccountResponse
    from .account_update_request import AccountUpdateRequest
    from .account_update_result import AccountUpdateResult
    from .account_usage import AccountUsage
    from .add_contact_group_members_response_200 import AddContactGroupMembersResponse200
    from .agent_drive_addon_request import AgentDriveAddonRequest
    from .agent_drive_addon_request_period import AgentDriveAddonRequestPeriod
    from .agent_key_reissue_request import AgentKeyReissueRequest
    from .agent_key_reissue_result import AgentKeyReissueResult
    from .agent_payment_challenge import AgentPaymentChallenge
    from .agent_purchase_result import AgentPurchaseResult
    from .agent_subscription_request import AgentSubscriptionRequest
    from .agent_subscription_request_period import AgentSubscriptionRequestPeriod
    from .agent_subscription_request_plan import AgentSubscriptionRequestPlan
    from .agent_verifier_credits_topup_request import AgentVerifierCreditsTopupRequest
    from .agent_white_label_request import AgentWhiteLabelRequest
    from .agent_white_label_request_period import AgentWhiteLabelRequestPeriod
    from .alias import Alias
    from .alias_create_request import AliasCreateRequest
    from .alias_list import AliasList
    from .alias_response import AliasResponse
    from .alias_update_request import AliasUpdateRequest
    from .app_password import AppPassword
    from .app_password_create_request import AppPasswordCreateRequest
    from .app_password_create_response import AppPasswordCreateResponse
    from .app_password_list import AppPasswordList
    from .app_password_rotate_response import AppPasswordRotateResponse
    from .app_password_secret import AppPasswordSecret
    from .apply_cloudflare_dns_response_200 import ApplyCloudflareDnsResponse200
    from .attachment_info import AttachmentInfo
    from .auto_reply import AutoReply
    from .auto_reply_request import AutoReplyRequest
    from .auto_reply_response import AutoReplyResponse
    from .billing_status import BillingStatus
    from .block_sender_request import BlockSenderRequest
    from .blocked_sender_create_result import BlockedSenderCreateResult
    from .brand_logo_request import BrandLogoRequest
    from .brand_logo_request_scope import BrandLogoRequestScope
    from .branding_dns_verification import BrandingDnsVerification
    from .branding_dns_verification_response import BrandingDnsVerificationResponse
    from .branding_preview import BrandingPreview
    from .branding_preview_response import BrandingPreviewResponse
    from .branding_update_request import BrandingUpdateRequest
    from .branding_update_request_mode import BrandingUpdateRequestMode
    from .branding_update_request_scope import BrandingUpdateRequestScope
    from .bulk_action_response_200 import BulkActionResponse200
    from .bulk_migration import BulkMigration
    from .bulk_migration_action_result import BulkMigrationActionResult
    from .bulk_migration_job_password_request import BulkMigrationJobPasswordRequest
    from .bulk_migration_list import BulkMigrationList
    from .bulk_migration_preview_request import BulkMigrationPreviewRequest
    from .bulk_migration_preview_request_provider import BulkMigrationPreviewRequestProvider
    from .bulk_migration_preview_result import BulkMigrationPreviewResult
    from .bulk_migration_response import BulkMigrationResponse
    from .bulk_migration_start_request import BulkMigrationStartRequest
    from .bulk_migration_start_request_provider import BulkMigrationStartRequestProvider
    from .calendar_event import CalendarEvent
    from .calendar_event_create_request import CalendarEventCreateRequest
    from .calendar_event_create_result import CalendarEventCreateResult
    from .calendar_event_list import CalendarEventList
    from .calendar_event_update_request import CalendarEventUpdateRequest
    from .cancel_scheduled_response_200 import CancelScheduledResponse200
    from .capabilities import Capabilities
    from .catch_all_update_request import CatchAllUpdateRequest
    from .cloudflare_apply_request import CloudflareApplyRequest
    from .cloudflare_connect_request import CloudflareConnectRequest
    from .cloudflare_preview_request import CloudflarePreviewRequest
    from .cloudflare_token import CloudflareToken
    from .cloudflare_token_list import CloudflareTokenList
    from .cloudflare_token_request import CloudflareTokenRequest
    from .cloudflare_zone_selection import CloudflareZoneSelection
    from .confirm_delete_intent_x_confirm_delete import ConfirmDeleteIntentXConfirmDelete
    from .connect_cloudflare_domains_response_200 import ConnectCloudflareDomainsResponse200
    from .contact import Contact
    from .contact_create_request import ContactCreateRequest
    from .contact_create_result import ContactCreateResult
    from .contact_export import ContactExport
    from .contact_group_create_result import ContactGroupCreateResult
    from .contact_group_member import ContactGroupMember
    from .contact_group_member_list import ContactGroupMemberList
    from .contact_group_members_request import ContactGroupMembersRequest
    from .contact_group_request import ContactGroupRequest
    from .contact_import_request import ContactImportRequest
    from .contact_import_request_format import ContactImportRequestFormat
    from .contact_list import ContactList
    from .contact_update_request import ContactUpdateRequest
    from .convert_to_regular_request import ConvertToRegularRequest
    from .convert_to_shared_request import ConvertToSharedRequest
    from .create_domain_smtp_profile_response_200 import CreateDomainSmtpProfileResponse200
    from .create_domain_smtp_profile_response_201 import CreateDomainSmtpProfileResponse201
    from .delete_alias_response_200 import DeleteAliasResponse200
    from .delete_bulk_migration_response_200 import DeleteBulkMigrationResponse200
    from .delete_calendar_event_response_200 import DeleteCalendarEventResponse200
    from .delete_cloudflare_token_response_200 import DeleteCloudflareTokenResponse200
    from .delete_contact_group_response_200 import DeleteContactGroupResponse200
    from .delete_contact_response_200 import DeleteContactResponse200
    from .delete_domain_response_200 import DeleteDomainResponse200
    from .delete_domain_smtp_profile_response_200 import DeleteDomainSmtpProfileResponse200
    from .delete_external_account_response_200 import DeleteExternalAccountResponse200
    from .delete_folder_response_200 import DeleteFolderResponse200
    from .delete_forwarding_address_response_200 import DeleteForwardingAddressResponse200
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
    from .deliverability_bounce import DeliverabilityBounce
    from .deliverability_bounce_list import DeliverabilityBounceList
    from .detect_external_account_response_200 import DetectExternalAccountResponse200
    from .dns_check import DnsCheck
    from .dns_recheck_result import DnsRecheckResult
    from .domain import Domain
    from .domain_alias_set_request import DomainAliasSetRequest
    from .domain_alias_status import DomainAliasStatus
    from .domain_branding import DomainBranding
    from .domain_branding_brand import DomainBrandingBrand
    from .domain_branding_mail_zone import DomainBrandingMailZone
    from .domain_branding_response import DomainBrandingResponse
    from .domain_bulk_add_error_response import DomainBulkAddErrorResponse
    from .domain_bulk_add_request import DomainBulkAddRequest
    from .domain_bulk_add_result import DomainBulkAddResult
    from .domain_bulk_add_row import DomainBulkAddRow
    from .domain_create_request import DomainCreateRequest
    from .domain_create_request_mail_hosting import DomainCreateRequestMailHosting
    from .domain_forwarding_address import DomainForwardingAddress
    from .domain_forwarding_address_delivery import DomainForwardingAddressDelivery
    from .domain_forwarding_address_limits import DomainForwardingAddressLimits
    from .domain_forwarding_address_list import DomainForwardingAddressList
    from .domain_forwarding_address_response import DomainForwardingAddressResponse
    from .domain_forwarding_log import DomainForwardingLog
    from .domain_forwarding_log_entry import DomainForwardingLogEntry
    from .domain_forwarding_log_window import DomainForwardingLogWindow
    from .domain_list import DomainList
    from .domain_mail_hosting_request import DomainMailHostingRequest
    from .domain_note_request import DomainNoteRequest
    from .domain_response import DomainResponse
    from .domain_signature import DomainSignature
    from .domain_signature_response import DomainSignatureResponse
    from .domain_signature_update_request import DomainSignatureUpdateRequest
    from .domain_smtp import DomainSmtp
    from .domain_smtp_response import DomainSmtpResponse
    from .domain_smtp_test_request import DomainSmtpTestRequest
    from .domain_smtp_test_request_encryption import DomainSmtpTestRequestEncryption
    from .domain_smtp_test_request_mode import DomainSmtpTestRequestMode
    from .domain_smtp_update_request import DomainSmtpUpdateRequest
    from .domain_smtp_update_request_smtp_mode import DomainSmtpUpdateRequestSmtpMode
    from .draft_request import DraftRequest
    from .draft_save_result import DraftSaveResult
    from .draft_update_request import DraftUpdateRequest
    from .drive_addon import DriveAddon
    from .drive_addon_pricing_response_200 import DriveAddonPricingResponse200
    from .drive_addon_response import DriveAddonResponse
    from .drive_browse_folder_dir import DriveBrowseFolderDir
    from .drive_browse_folder_sort import DriveBrowseFolderSort
    from .drive_browse_subfolder_dir import DriveBrowseSubfolderDir
    from .drive_browse_subfolder_sort import DriveBrowseSubfolderSort
    from .drive_bulk_move_request import DriveBulkMoveRequest
    from .drive_bulk_move_response_200 import DriveBulkMoveResponse200
    from .drive_bulk_purge_response_200 import DriveBulkPurgeResponse200
    from .drive_bulk_restore_response_200 import DriveBulkRestoreResponse200
    from .drive_bulk_selection_request import DriveBulkSelectionRequest
    from .drive_bulk_trash_response_200 import DriveBulkTrashResponse200
    from .drive_device import DriveDevice
    from .drive_device_create_request import DriveDeviceCreateRequest
    from .drive_device_create_request_scopes_item import DriveDeviceCreateRequestScopesItem
    from .drive_device_list import DriveDeviceList
    from .drive_device_revoke_response_200 import DriveDeviceRevokeResponse200
    from .drive_device_rotate_request import DriveDeviceRotateRequest
    from .drive_device_secret import DriveDeviceSecret
    from .drive_device_secret_response import DriveDeviceSecretResponse
    from .drive_file import DriveFile
    from .drive_file_download_url_response_200 import DriveFileDownloadUrlResponse200
    from .drive_file_move_request import DriveFileMoveRequest
    from .drive_file_move_response_200 import DriveFileMoveResponse200
    from .drive_file_purge_response_200 import DriveFilePurgeResponse200
    from .drive_file_rename_request import DriveFileRenameRequest
    from .drive_file_rename_response_200 import DriveFileRenameResponse200
    from .drive_file_response import DriveFileResponse
    from .drive_file_restore_response_200 import DriveFileRestoreResponse200
    from .drive_file_trash_response_200 import DriveFileTrashResponse200
    from .drive_folder import DriveFolder
    from .drive_folder_create_request import DriveFolderCreateRequest
    from .drive_folder_create_response_200 import DriveFolderCreateResponse200
    from .drive_folder_create_response_201 import DriveFolderCreateResponse201
    from .drive_folder_move_request import DriveFolderMoveRequest
    from .drive_folder_move_response_200 import DriveFolderMoveResponse200
    from .drive_folder_purge_response_200 import DriveFolderPurgeResponse200
    from .drive_folder_restore_response_200 import DriveFolderRestoreResponse200
    from .drive_folder_stop_sharing_response_200 import DriveFolderStopSharingResponse200
    from .drive_folder_trash_response_200 import DriveFolderTrashResponse200
    from .drive_folder_tree import DriveFolderTree
    from .drive_folder_update_request import DriveFolderUpdateRequest
    from .drive_folder_update_response_200 import DriveFolderUpdateResponse200
    from .drive_item import DriveItem
    from .drive_item_page import DriveItemPage
    from .drive_select_all_ids_response_200 import DriveSelectAllIdsResponse200
    from .drive_share_link import DriveShareLink
    from .drive_share_link_create_request import DriveShareLinkCreateRequest
    from .drive_share_link_create_response import DriveShareLinkCreateResponse
    from .drive_share_link_created import DriveShareLinkCreated
    from .drive_share_link_list import DriveShareLinkList
    from .drive_share_revoke_response_200 import DriveShareRevokeResponse200
    from .drive_space import DriveSpace
    from .drive_space_list import DriveSpaceList
    from .drive_space_usage_response_200 import DriveSpaceUsageResponse200
    from .drive_storage_summary import DriveStorageSummary
    from .drive_storage_summary_response import DriveStorageSummaryResponse
    from .drive_trash_empty_response_200 import DriveTrashEmptyResponse200
    from .drive_upload_abort_response_200 import DriveUploadAbortResponse200
    from .drive_upload_complete_request import DriveUploadCompleteRequest
    from .drive_upload_complete_response_200 import DriveUploadCompleteResponse200
    from .drive_upload_completed_part import DriveUploadCompletedPart
    from .drive_upload_headers import DriveUploadHeaders
    from .drive_upload_initiate_request import DriveUploadInitiateRequest
    from .drive_upload_part_url import DriveUploadPartUrl
    from .drive_upload_part_urls import DriveUploadPartUrls
    from .drive_upload_refresh_parts_request import DriveUploadRefreshPartsRequest
    from .drive_upload_session import DriveUploadSession
    from .empty_folder_response_200 import EmptyFolderResponse200
    from .enable_imap_request import EnableImapRequest
    from .error_body import ErrorBody
    from .error_response import ErrorResponse
    from .export_contacts_format import ExportContactsFormat
    from .external_account import ExternalAccount
    from .external_account_connection_request import ExternalAccountConnectionRequest
    from .external_account_create_request import ExternalAccountCreateRequest
    from .external_account_create_result import ExternalAccountCreateResult
    from .external_account_detect_request import ExternalAccountDetectRequest
    from .external_account_list import ExternalAccountList
    from .external_account_retest_request import ExternalAccountRetestRequest
    from .external_account_update_request import ExternalAccountUpdateRequest
    from .folder import Folder
    from .folder_create_request import FolderCreateRequest
    from .folder_create_result import FolderCreateResult
    from .folder_empty_request import FolderEmptyRequest
    from .folder_empty_request_folder import FolderEmptyRequestFolder
    from .folder_list_response import FolderListResponse
    from .folder_rename_request import FolderRenameRequest
    from .forwarding import Forwarding
    from .forwarding_response import ForwardingResponse
    from .forwarding_update_request import ForwardingUpdateRequest
    from .get_apple_mail_profile_lang import GetAppleMailProfileLang
    from .get_dns_requirements_response_200 import GetDnsRequirementsResponse200
    from .get_domain_connect_setup_response_200 import GetDomainConnectSetupResponse200
    from .get_domain_deliverability_response_200 import GetDomainDeliverabilityResponse200
    from .get_domain_smtp_test_status_response_200 import GetDomainSmtpTestStatusResponse200
    from .get_mail_client_setup_lang import GetMailClientSetupLang
    from .get_sending_limits_response_200 import GetSendingLimitsResponse200
    from .get_smtp_test_status_response_200 import GetSmtpTestStatusResponse200
    from .get_spam_metrics_response_200 import GetSpamMetricsResponse200
    from .get_spam_summary_response_200 import GetSpamSummaryResponse200
    from .get_white_label_member_response_200 import GetWhiteLabelMemberResponse200
    from .identity import Identity
    from .identity_create_request import IdentityCreateRequest
    from .identity_create_request_kind import IdentityCreateRequestKind
    from .identity_create_request_smtp_mode import IdentityCreateRequestSmtpMode
    from .identity_delete_request import IdentityDeleteRequest
    from .identity_list import IdentityList
    from .identity_result import IdentityResult
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
    from .invoice import Invoice
    from .invoice_list import InvoiceList
    from .legacy_smtp_config import LegacySmtpConfig
    from .legacy_smtp_test_request import LegacySmtpTestRequest
    from .legacy_smtp_test_request_encryption import LegacySmtpTestRequestEncryption
    from .legacy_smtp_update_request import LegacySmtpUpdateRequest
    from .legacy_smtp_update_request_encryption import LegacySmtpUpdateRequestEncryption
    from .legacy_smtp_update_request_mode import LegacySmtpUpdateRequestMode
    from .list_blocked_senders_response_200 import ListBlockedSendersResponse200
    from .list_bulk_migrations_status import ListBulkMigrationsStatus
    from .list_cloudflare_zones_response_200 import ListCloudflareZonesResponse200
    from .list_contact_groups_response_200 import ListContactGroupsResponse200
    from .list_domain_bounces_type import ListDomainBouncesType
    from .list_domains_status import ListDomainsStatus
    from .list_mailbox_bounces_type import ListMailboxBouncesType
    from .list_migrations_status import ListMigrationsStatus
    from .list_scheduled_status import ListScheduledStatus
    from .list_templates_response_200 import ListTemplatesResponse200
    from .list_tickets_category import ListTicketsCategory
    from .list_tickets_status import ListTicketsStatus
    from .list_white_label_members_role import ListWhiteLabelMembersRole
    from .list_white_label_members_status import ListWhiteLabelMembersStatus
    from .mail_client_setup import MailClientSetup
    from .mail_client_setup_response import MailClientSetupResponse
    from .mail_client_setup_shared_mailbox import MailClientSetupSharedMailbox
    from .mail_rule import MailRule
    from .mail_rule_action_info import MailRuleActionInfo
    from .mail_rule_condition_info import MailRuleConditionInfo
    from .mail_rule_list import MailRuleList
    from .mail_rule_reorder_request import MailRuleReorderRequest
    from .mail_rule_reorder_result import MailRuleReorderResult
    from .mail_rule_request import MailRuleRequest
    from .mail_rule_request_match_type import MailRuleRequestMatchType
    from .mail_rule_response import MailRuleResponse
    from .mailbox import Mailbox
    from .mailbox_action_result import MailboxActionResult
    from .mailbox_action_result_data import MailboxActionResultData
    from .mailbox_bulk_counts import MailboxBulkCounts
    from .mailbox_bulk_create_request import MailboxBulkCreateRequest
    from .mailbox_bulk_error_response import MailboxBulkErrorResponse
    from .mailbox_bulk_item import MailboxBulkItem
    from .mailbox_bulk_result import MailboxBulkResult
    from .mailbox_bulk_row import MailboxBulkRow
    from .mailbox_client_auth_mode_bulk_request import MailboxClientAuthModeBulkRequest
    from .mailbox_client_auth_mode_bulk_result import MailboxClientAuthModeBulkResult
    from .mailbox_client_auth_mode_request import MailboxClientAuthModeRequest
    from .mailbox_client_auth_mode_request_mode import MailboxClientAuthModeRequestMode
    from .mailbox_create_request import MailboxCreateRequest
    from .mailbox_create_request_client_auth_mode import MailboxCreateRequestClientAuthMode
    from .mailbox_create_request_password_mode import MailboxCreateRequestPasswordMode
    from .mailbox_create_response import MailboxCreateResponse
    from .mailbox_created import MailboxCreated
    from .mailbox_drive_access_request import MailboxDriveAccessRequest
    from .mailbox_drive_access_result import MailboxDriveAccessResult
    from .mailbox_drive_access_result_data import MailboxDriveAccessResultData
    from .mailbox_list import MailboxList
    from .mailbox_login_access_request import MailboxLoginAccessRequest
    from .mailbox_login_access_result import MailboxLoginAccessResult
    from .mailbox_note_request import MailboxNoteRequest
    from .mailbox_password_request import MailboxPasswordRequest
    from .mailbox_password_result import MailboxPasswordResult
    from .mailbox_response import MailboxResponse
    from .mailbox_suspend_login_request import MailboxSuspendLoginRequest
    from .mailbox_update_request import MailboxUpdateRequest
    from .mailbox_update_request_drive_access import MailboxUpdateRequestDriveAccess
    from .me_response import MeResponse
    from .me_token import MeToken
    from .message import Message
    from .message_attachment_content import MessageAttachmentContent
    from .message_attachments_archive import MessageAttachmentsArchive
    from .message_body import MessageBody
    from .message_bulk_action_request import MessageBulkActionRequest
    from .message_bulk_action_request_action import MessageBulkActionRequestAction
    from .message_cursor_pagination import MessageCursorPagination
    from .message_delivery import MessageDelivery
    from .message_flags_request import MessageFlagsRequest
    from .message_flags_request_flags import MessageFlagsRequestFlags
    from .message_flags_result import MessageFlagsResult
    from .message_flags_state import MessageFlagsState
    from .message_list_pagination import MessageListPagination
    from .message_list_response import MessageListResponse
    from .message_me_response import MessageMeResponse
    from .message_move_request import MessageMoveRequest
    from .message_send_failure import MessageSendFailure
    from .message_sending_limits import MessageSendingLimits
    from .message_summary import MessageSummary
    from .message_token import MessageToken
    from .message_token_create_request import MessageTokenCreateRequest
    from .message_token_create_request_expires_in import MessageTokenCreateRequestExpiresIn
    from .message_token_create_response import MessageTokenCreateResponse
    from .message_token_created import MessageTokenCreated
    from .message_token_list import MessageTokenList
    from .message_token_revoke_result import MessageTokenRevokeResult
    from .message_token_update_request import MessageTokenUpdateRequest
    from .message_token_update_request_expires_in import MessageTokenUpdateRequestExpiresIn
    from .message_token_update_result import MessageTokenUpdateResult
    from .migration import Migration
    from .migration_action_result import MigrationActionResult
    from .migration_connection_test_request import MigrationConnectionTestRequest
    from .migration_connection_test_result import MigrationConnectionTestResult
    from .migration_list import MigrationList
    from .migration_response import MigrationResponse
    from .migration_start_request import MigrationStartRequest
    from .migration_start_request_provider import MigrationStartRequestProvider
    from .migration_start_request_source_security import MigrationStartRequestSourceSecurity
    from .move_message_response_200 import MoveMessageResponse200
    from .outgoing_attachment import OutgoingAttachment
    from .page_links import PageLinks
    from .page_meta import PageMeta
    from .ping_messages_response_200 import PingMessagesResponse200
    from .prepared_message import PreparedMessage
    from .preview_cloudflare_dns_response_200 import PreviewCloudflareDnsResponse200
    from .raw_message import RawMessage
    from .remove_domain_brand_logo_response_200 import RemoveDomainBrandLogoResponse200
    from .remove_domain_brand_logo_slot import RemoveDomainBrandLogoSlot
    from .remove_domain_branding_response_200 import RemoveDomainBrandingResponse200
    from .remove_domain_branding_scope import RemoveDomainBrandingScope
    from .remove_white_label_member_response_200 import RemoveWhiteLabelMemberResponse200
    from .rename_folder_response_200 import RenameFolderResponse200
    from .reply_from_policy_request import ReplyFromPolicyRequest
    from .reply_from_policy_result import ReplyFromPolicyResult
    from .report_ham_request import ReportHamRequest
    from .report_ham_response_200 import ReportHamResponse200
    from .report_spam_request import ReportSpamRequest
    from .report_spam_response_200 import ReportSpamResponse200
    from .reschedule_message_request import RescheduleMessageRequest
    from .reschedule_message_response_200 import RescheduleMessageResponse200
    from .restore_white_label_member_response_200 import RestoreWhiteLabelMemberResponse200
    from .resume_white_label_member_response_200 import ResumeWhiteLabelMemberResponse200
    from .retry_domain_dkim_response_200 import RetryDomainDkimResponse200
    from .rule_action import RuleAction
    from .rule_action_type import RuleActionType
    from .rule_condition import RuleCondition
    from .rule_condition_field import RuleConditionField
    from .rule_condition_operator import RuleConditionOperator
    from .schedule_message_request import ScheduleMessageRequest
    from .scheduled_message import ScheduledMessage
    from .scheduled_message_create_result import ScheduledMessageCreateResult
    from .scheduled_message_list import ScheduledMessageList
    from .send_message_request import SendMessageRequest
    from .send_message_request_headers import SendMessageRequestHeaders
    from .send_message_result import SendMessageResult
    from .set_account_smtp_default_response_200 import SetAccountSmtpDefaultResponse200
    from .set_domain_brand_logo_slot import SetDomainBrandLogoSlot
    from .set_domain_mail_hosting_response_200 import SetDomainMailHostingResponse200
    from .set_domain_smtp_response_200 import SetDomainSmtpResponse200
    from .shared_mailbox_create_request import SharedMailboxCreateRequest
    from .shared_mailbox_member import SharedMailboxMember
    from .shared_mailbox_member_add_request import SharedMailboxMemberAddRequest
    from .shared_mailbox_member_list import SharedMailboxMemberList
    from .shared_mailbox_member_response import SharedMailboxMemberResponse
    from .shared_mailbox_member_update_request import SharedMailboxMemberUpdateRequest
    from .sieve_script import SieveScript
    from .sieve_script_request import SieveScriptRequest
    from .sieve_script_response import SieveScriptResponse
    from .smtp_default import SmtpDefault
    from .smtp_default_response import SmtpDefaultResponse
    from .smtp_default_update_request import SmtpDefaultUpdateRequest
    from .smtp_default_update_request_smtp_mode import SmtpDefaultUpdateRequestSmtpMode
    from .smtp_profile import SmtpProfile
    from .smtp_profile_create_request import SmtpProfileCreateRequest
    from .smtp_profile_create_request_encryption import SmtpProfileCreateRequestEncryption
    from .smtp_profile_create_request_port import SmtpProfileCreateRequestPort
    from .smtp_profile_list import SmtpProfileList
    from .smtp_profile_update_request import SmtpProfileUpdateRequest
    from .smtp_profile_update_request_encryption import SmtpProfileUpdateRequestEncryption
    from .smtp_profile_update_request_port import SmtpProfileUpdateRequestPort
    from .smtp_profile_usage import SmtpProfileUsage
    from .smtp_profile_usage_item import SmtpProfileUsageItem
    from .smtp_profile_usage_response import SmtpProfileUsageResponse
    from .smtp_test_job import SmtpTestJob
    from .suspend_white_label_member_response_200 import SuspendWhiteLabelMemberResponse200
    from .template_create_request import TemplateCreateRequest
    from .template_create_result import TemplateCreateResult
    from .template_update_request import TemplateUpdateRequest
    from .test_external_account_response_200 import TestExternalAccountResponse200
    from .ticket import Ticket
    from .ticket_action_result import TicketActionResult
    from .ticket_action_result_data import TicketActionResultData
    from .ticket_create_request import TicketCreateRequest
    from .ticket_create_request_category import TicketCreateRequestCategory
    from .ticket_create_request_priority import TicketCreateRequestPriority
    from .ticket_list import TicketList
    from .ticket_message import TicketMessage
    from .ticket_message_list import TicketMessageList
    from .ticket_reply_request import TicketReplyRequest
    from .ticket_response import TicketResponse
    from .unblock_sender_response_200 import UnblockSenderResponse200
    from .update_calendar_event_response_200 import UpdateCalendarEventResponse200
    from .update_contact_group_response_200 import UpdateContactGroupResponse200
    from .update_contact_response_200 import UpdateContactResponse200
    from .update_domain_catch_all_response_200 import UpdateDomainCatchAllResponse200
    from .update_domain_note_response_200 import UpdateDomainNoteResponse200
    from .update_domain_signature_response_200 import UpdateDomainSignatureResponse200
    from .update_domain_smtp_profile_response_200 import UpdateDomainSmtpProfileResponse200
    from .update_external_account_response_200 import UpdateExternalAccountResponse200
    from .update_smtp_config_response_200 import UpdateSmtpConfigResponse200
    from .update_template_response_200 import UpdateTemplateResponse200
    from .upload_sieve_script_response_200 import UploadSieveScriptResponse200
    from .validate_cloudflare_token_response_200 import ValidateCloudflareTokenResponse200
    from .verify_bulk_job_created import VerifyBulkJobCreated
    from .verify_bulk_job_created_breakdown_type_0 import VerifyBulkJobCreatedBreakdownType0
    from .verify_bulk_job_created_data import VerifyBulkJobCreatedData
    from .verify_bulk_request import VerifyBulkRequest
    from .verify_bulk_request_mode import VerifyBulkRequestMode
    from .verify_credits import VerifyCredits
    from .verify_delete_job_response_200 import VerifyDeleteJobResponse200
    from .verify_email_request import VerifyEmailRequest
    from .verify_email_request_mode import VerifyEmailRequestMode
    from .verify_email_result import VerifyEmailResult
    from .verify_job import VerifyJob
    from .verify_job_cancel_result import VerifyJobCancelResult
    from .verify_job_download_filter import VerifyJobDownloadFilter
    from .verify_job_list import VerifyJobList
    from .verify_job_status import VerifyJobStatus
    from .verify_job_status_data_item import VerifyJobStatusDataItem
    from .verify_job_status_status import VerifyJobStatusStatus
    from .verify_list_jobs_status import VerifyListJobsStatus
    from .white_label import WhiteLabel
    from .white_label_activity_entry import WhiteLabelActivityEntry
    from .white_label_activity_list import WhiteLabelActivityList
    from .white_label_entitlement import WhiteLabelEntitlement
    from .white_label_invitation import WhiteLabelInvitation
    from .white_label_member import WhiteLabelMember
    from .white_label_member_activity import WhiteLabelMemberActivity
    from .white_label_member_invite import WhiteLabelMemberInvite
    from .white_label_member_invite_request import WhiteLabelMemberInviteRequest
    from .white_label_member_invite_request_role import WhiteLabelMemberInviteRequestRole
    from .white_label_member_list import WhiteLabelMemberList
    from .white_label_member_update_request import WhiteLabelMemberUpdateRequest
    from .white_label_member_update_request_role import WhiteLabelMemberUpdateRequestRole

_MODULE_OF: dict[str, str] = {
    "Account": "account",
    "AccountFeatures": "account_features",
    "AccountLimits": "account_limits",
    "AccountResponse": "account_response",
    "AccountUpdateRequest": "account_update_request",
    "AccountUpdateResult": "account_update_result",
    "AccountUsage": "account_usage",
    "AddContactGroupMembersResponse200": "add_contact_group_members_response_200",
    "AgentDriveAddonRequest": "agent_drive_addon_request",
    "AgentDriveAddonRequestPeriod": "agent_drive_addon_request_period",
    "AgentKeyReissueRequest": "agent_key_reissue_request",
    "AgentKeyReissueResult": "agent_key_reissue_result",
    "AgentPaymentChallenge": "agent_payment_challenge",
    "AgentPurchaseResult": "agent_purchase_result",
    "AgentSubscriptionRequest": "agent_subscription_request",
    "AgentSubscriptionRequestPeriod": "agent_subscription_request_period",
    "AgentSubscriptionRequestPlan": "agent_subscription_request_plan",
    "AgentVerifierCreditsTopupRequest": "agent_verifier_credits_topup_request",
    "AgentWhiteLabelRequest": "agent_white_label_request",
    "AgentWhiteLabelRequestPeriod": "agent_white_label_request_period",
    "Alias": "alias",
    "AliasCreateRequest": "alias_create_request",
    "AliasList": "alias_list",
    "AliasResponse": "alias_response",
    "AliasUpdateRequest": "alias_update_request",
    "AppPassword": "app_password",
    "AppPasswordCreateRequest": "app_password_create_request",
    "AppPasswordCreateResponse": "app_password_create_response",
    "AppPasswordList": "app_password_list",
    "AppPasswordRotateResponse": "app_password_rotate_response",
    "AppPasswordSecret": "app_password_secret",
    "ApplyCloudflareDnsResponse200": "apply_cloudflare_dns_response_200",
    "AttachmentInfo": "attachment_info",
    "AutoReply": "auto_reply",
    "AutoReplyRequest": "auto_reply_request",
    "AutoReplyResponse": "auto_reply_response",
    "BillingStatus": "billing_status",
    "BlockSenderRequest": "block_sender_request",
    "BlockedSenderCreateResult": "blocked_sender_create_result",
    "BrandLogoRequest": "brand_logo_request",
    "BrandLogoRequestScope": "brand_logo_request_scope",
    "BrandingDnsVerification": "branding_dns_verification",
    "BrandingDnsVerificationResponse": "branding_dns_verification_response",
    "BrandingPreview": "branding_preview",
    "BrandingPreviewResponse": "branding_preview_response",
    "BrandingUpdateRequest": "branding_update_request",
    "BrandingUpdateRequestMode": "branding_update_request_mode",
    "BrandingUpdateRequestScope": "branding_update_request_scope",
    "BulkActionResponse200": "bulk_action_response_200",
    "BulkMigration": "bulk_migration",
    "BulkMigrationActionResult": "bulk_migration_action_result",
    "BulkMigrationJobPasswordRequest": "bulk_migration_job_password_request",
    "BulkMigrationList": "bulk_migration_list",
    "BulkMigrationPreviewRequest": "bulk_migration_preview_request",
    "BulkMigrationPreviewRequestProvider": "bulk_migration_preview_request_provider",
    "BulkMigrationPreviewResult": "bulk_migration_preview_result",
    "BulkMigrationResponse": "bulk_migration_response",
    "BulkMigrationStartRequest": "bulk_migration_start_request",
    "BulkMigrationStartRequestProvider": "bulk_migration_start_request_provider",
    "CalendarEvent": "calendar_event",
    "CalendarEventCreateRequest": "calendar_event_create_request",
    "CalendarEventCreateResult": "calendar_event_create_result",
    "CalendarEventList": "calendar_event_list",
    "CalendarEventUpdateRequest": "calendar_event_update_request",
    "CancelScheduledResponse200": "cancel_scheduled_response_200",
    "Capabilities": "capabilities",
    "CatchAllUpdateRequest": "catch_all_update_request",
    "CloudflareApplyRequest": "cloudflare_apply_request",
    "CloudflareConnectRequest": "cloudflare_connect_request",
    "CloudflarePreviewRequest": "cloudflare_preview_request",
    "CloudflareToken": "cloudflare_token",
    "CloudflareTokenList": "cloudflare_token_list",
    "CloudflareTokenRequest": "cloudflare_token_request",
    "CloudflareZoneSelection": "cloudflare_zone_selection",
    "ConfirmDeleteIntentXConfirmDelete": "confirm_delete_intent_x_confirm_delete",
    "ConnectCloudflareDomainsResponse200": "connect_cloudflare_domains_response_200",
    "Contact": "contact",
    "ContactCreateRequest": "contact_create_request",
    "ContactCreateResult": "contact_create_result",
    "ContactExport": "contact_export",
    "ContactGroupCreateResult": "contact_group_create_result",
    "ContactGroupMember": "contact_group_member",
    "ContactGroupMemberList": "contact_group_member_list",
    "ContactGroupMembersRequest": "contact_group_members_request",
    "ContactGroupRequest": "contact_group_request",
    "ContactImportRequest": "contact_import_request",
    "ContactImportRequestFormat": "contact_import_request_format",
    "ContactList": "contact_list",
    "ContactUpdateRequest": "contact_update_request",
    "ConvertToRegularRequest": "convert_to_regular_request",
    "ConvertToSharedRequest": "convert_to_shared_request",
    "CreateDomainSmtpProfileResponse200": "create_domain_smtp_profile_response_200",
    "CreateDomainSmtpProfileResponse201": "create_domain_smtp_profile_response_201",
    "DeleteAliasResponse200": "delete_alias_response_200",
    "DeleteBulkMigrationResponse200": "delete_bulk_migration_response_200",
    "DeleteCalendarEventResponse200": "delete_calendar_event_response_200",
    "DeleteCloudflareTokenResponse200": "delete_cloudflare_token_response_200",
    "DeleteContactGroupResponse200": "delete_contact_group_response_200",
    "DeleteContactResponse200": "delete_contact_response_200",
    "DeleteDomainResponse200": "delete_domain_response_200",
    "DeleteDomainSmtpProfileResponse200": "delete_domain_smtp_profile_response_200",
    "DeleteExternalAccountResponse200": "delete_external_account_response_200",
    "DeleteFolderResponse200": "delete_folder_response_200",
    "DeleteForwardingAddressResponse200": "delete_forwarding_address_response_200",
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
    "DeliverabilityBounce": "deliverability_bounce",
    "DeliverabilityBounceList": "deliverability_bounce_list",
    "DetectExternalAccountResponse200": "detect_external_account_response_200",
    "DnsCheck": "dns_check",
    "DnsRecheckResult": "dns_recheck_result",
    "Domain": "domain",
    "DomainAliasSetRequest": "domain_alias_set_request",
    "DomainAliasStatus": "domain_alias_status",
    "DomainBranding": "domain_branding",
    "DomainBrandingBrand": "domain_branding_brand",
    "DomainBrandingMailZone": "domain_branding_mail_zone",
    "DomainBrandingResponse": "domain_branding_response",
    "DomainBulkAddErrorResponse": "domain_bulk_add_error_response",
    "DomainBulkAddRequest": "domain_bulk_add_request",
    "DomainBulkAddResult": "domain_bulk_add_result",
    "DomainBulkAddRow": "domain_bulk_add_row",
    "DomainCreateRequest": "domain_create_request",
    "DomainCreateRequestMailHosting": "domain_create_request_mail_hosting",
    "DomainForwardingAddress": "domain_forwarding_address",
    "DomainForwardingAddressDelivery": "domain_forwarding_address_delivery",
    "DomainForwardingAddressLimits": "domain_forwarding_address_limits",
    "DomainForwardingAddressList": "domain_forwarding_address_list",
    "DomainForwardingAddressResponse": "domain_forwarding_address_response",
    "DomainForwardingLog": "domain_forwarding_log",
    "DomainForwardingLogEntry": "domain_forwarding_log_entry",
    "DomainForwardingLogWindow": "domain_forwarding_log_window",
    "DomainList": "domain_list",
    "DomainMailHostingRequest": "domain_mail_hosting_request",
    "DomainNoteRequest": "domain_note_request",
    "DomainResponse": "domain_response",
    "DomainSignature": "domain_signature",
    "DomainSignatureResponse": "domain_signature_response",
    "DomainSignatureUpdateRequest": "domain_signature_update_request",
    "DomainSmtp": "domain_smtp",
    "DomainSmtpResponse": "domain_smtp_response",
    "DomainSmtpTestRequest": "domain_smtp_test_request",
    "DomainSmtpTestRequestEncryption": "domain_smtp_test_request_encryption",
    "DomainSmtpTestRequestMode": "domain_smtp_test_request_mode",
    "DomainSmtpUpdateRequest": "domain_smtp_update_request",
    "DomainSmtpUpdateRequestSmtpMode": "domain_smtp_update_request_smtp_mode",
    "DraftRequest": "draft_request",
    "DraftSaveResult": "draft_save_result",
    "DraftUpdateRequest": "draft_update_request",
    "DriveAddon": "drive_addon",
    "DriveAddonPricingResponse200": "drive_addon_pricing_response_200",
    "DriveAddonResponse": "drive_addon_response",
    "DriveBrowseFolderDir": "drive_browse_folder_dir",
    "DriveBrowseFolderSort": "drive_browse_folder_sort",
    "DriveBrowseSubfolderDir": "drive_browse_subfolder_dir",
    "DriveBrowseSubfolderSort": "drive_browse_subfolder_sort",
    "DriveBulkMoveRequest": "drive_bulk_move_request",
    "DriveBulkMoveResponse200": "drive_bulk_move_response_200",
    "DriveBulkPurgeResponse200": "drive_bulk_purge_response_200",
    "DriveBulkRestoreResponse200": "drive_bulk_restore_response_200",
    "DriveBulkSelectionRequest": "drive_bulk_selection_request",
    "DriveBulkTrashResponse200": "drive_bulk_trash_response_200",
    "DriveDevice": "drive_device",
    "DriveDeviceCreateRequest": "drive_device_create_request",
    "DriveDeviceCreateRequestScopesItem": "drive_device_create_request_scopes_item",
    "DriveDeviceList": "drive_device_list",
    "DriveDeviceRevokeResponse200": "drive_device_revoke_response_200",
    "DriveDeviceRotateRequest": "drive_device_rotate_request",
    "DriveDeviceSecret": "drive_device_secret",
    "DriveDeviceSecretResponse": "drive_device_secret_response",
    "DriveFile": "drive_file",
    "DriveFileDownloadUrlResponse200": "drive_file_download_url_response_200",
    "DriveFileMoveRequest": "drive_file_move_request",
    "DriveFileMoveResponse200": "drive_file_move_response_200",
    "DriveFilePurgeResponse200": "drive_file_purge_response_200",
    "DriveFileRenameRequest": "drive_file_rename_request",
    "DriveFileRenameResponse200": "drive_file_rename_response_200",
    "DriveFileResponse": "drive_file_response",
    "DriveFileRestoreResponse200": "drive_file_restore_response_200",
    "DriveFileTrashResponse200": "drive_file_trash_response_200",
    "DriveFolder": "drive_folder",
    "DriveFolderCreateRequest": "drive_folder_create_request",
    "DriveFolderCreateResponse200": "drive_folder_create_response_200",
    "DriveFolderCreateResponse201": "drive_folder_create_response_201",
    "DriveFolderMoveRequest": "drive_folder_move_request",
    "DriveFolderMoveResponse200": "drive_folder_move_response_200",
    "DriveFolderPurgeResponse200": "drive_folder_purge_response_200",
    "DriveFolderRestoreResponse200": "drive_folder_restore_response_200",
    "DriveFolderStopSharingResponse200": "drive_folder_stop_sharing_response_200",
    "DriveFolderTrashResponse200": "drive_folder_trash_response_200",
    "DriveFolderTree": "drive_folder_tree",
    "DriveFolderUpdateRequest": "drive_folder_update_request",
    "DriveFolderUpdateResponse200": "drive_folder_update_response_200",
    "DriveItem": "drive_item",
    "DriveItemPage": "drive_item_page",
    "DriveSelectAllIdsResponse200": "drive_select_all_ids_response_200",
    "DriveShareLink": "drive_share_link",
    "DriveShareLinkCreateRequest": "drive_share_link_create_request",
    "DriveShareLinkCreateResponse": "drive_share_link_create_response",
    "DriveShareLinkCreated": "drive_share_link_created",
    "DriveShareLinkList": "drive_share_link_list",
    "DriveShareRevokeResponse200": "drive_share_revoke_response_200",
    "DriveSpace": "drive_space",
    "DriveSpaceList": "drive_space_list",
    "DriveSpaceUsageResponse200": "drive_space_usage_response_200",
    "DriveStorageSummary": "drive_storage_summary",
    "DriveStorageSummaryResponse": "drive_storage_summary_response",
    "DriveTrashEmptyResponse200": "drive_trash_empty_response_200",
    "DriveUploadAbortResponse200": "drive_upload_abort_response_200",
    "DriveUploadCompleteRequest": "drive_upload_complete_request",
    "DriveUploadCompleteResponse200": "drive_upload_complete_response_200",
    "DriveUploadCompletedPart": "drive_upload_completed_part",
    "DriveUploadHeaders": "drive_upload_headers",
    "DriveUploadInitiateRequest": "drive_upload_initiate_request",
    "DriveUploadPartUrl": "drive_upload_part_url",
    "DriveUploadPartUrls": "drive_upload_part_urls",
    "DriveUploadRefreshPartsRequest": "drive_upload_refresh_parts_request",
    "DriveUploadSession": "drive_upload_session",
    "EmptyFolderResponse200": "empty_folder_response_200",
    "EnableImapRequest": "enable_imap_request",
    "ErrorBody": "error_body",
    "ErrorResponse": "error_response",
    "ExportContactsFormat": "export_contacts_format",
    "ExternalAccount": "external_account",
    "ExternalAccountConnectionRequest": "external_account_connection_request",
    "ExternalAccountCreateRequest": "external_account_create_request",
    "ExternalAccountCreateResult": "external_account_create_result",
    "ExternalAccountDetectRequest": "external_account_detect_request",
    "ExternalAccountList": "external_account_list",
    "ExternalAccountRetestRequest": "external_account_retest_request",
    "ExternalAccountUpdateRequest": "external_account_update_request",
    "Folder": "folder",
    "FolderCreateRequest": "folder_create_request",
    "FolderCreateResult": "folder_create_result",
    "FolderEmptyRequest": "folder_empty_request",
    "FolderEmptyRequestFolder": "folder_empty_request_folder",
    "FolderListResponse": "folder_list_response",
    "FolderRenameRequest": "folder_rename_request",
    "Forwarding": "forwarding",
    "ForwardingResponse": "forwarding_response",
    "ForwardingUpdateRequest": "forwarding_update_request",
    "GetAppleMailProfileLang": "get_apple_mail_profile_lang",
    "GetDnsRequirementsResponse200": "get_dns_requirements_response_200",
    "GetDomainConnectSetupResponse200": "get_domain_connect_setup_response_200",
    "GetDomainDeliverabilityResponse200": "get_domain_deliverability_response_200",
    "GetDomainSmtpTestStatusResponse200": "get_domain_smtp_test_status_response_200",
    "GetMailClientSetupLang": "get_mail_client_setup_lang",
    "GetSendingLimitsResponse200": "get_sending_limits_response_200",
    "GetSmtpTestStatusResponse200": "get_smtp_test_status_response_200",
    "GetSpamMetricsResponse200": "get_spam_metrics_response_200",
    "GetSpamSummaryResponse200": "get_spam_summary_response_200",
    "GetWhiteLabelMemberResponse200": "get_white_label_member_response_200",
    "Identity": "identity",
    "IdentityCreateRequest": "identity_create_request",
    "IdentityCreateRequestKind": "identity_create_request_kind",
    "IdentityCreateRequestSmtpMode": "identity_create_request_smtp_mode",
    "IdentityDeleteRequest": "identity_delete_request",
    "IdentityList": "identity_list",
    "IdentityResult": "identity_result",
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
    "Invoice": "invoice",
    "InvoiceList": "invoice_list",
    "LegacySmtpConfig": "legacy_smtp_config",
    "LegacySmtpTestRequest": "legacy_smtp_test_request",
    "LegacySmtpTestRequestEncryption": "legacy_smtp_test_request_encryption",
    "LegacySmtpUpdateRequest": "legacy_smtp_update_request",
    "LegacySmtpUpdateRequestEncryption": "legacy_smtp_update_request_encryption",
    "LegacySmtpUpdateRequestMode": "legacy_smtp_update_request_mode",
    "ListBlockedSendersResponse200": "list_blocked_senders_response_200",
    "ListBulkMigrationsStatus": "list_bulk_migrations_status",
    "ListCloudflareZonesResponse200": "list_cloudflare_zones_response_200",
    "ListContactGroupsResponse200": "list_contact_groups_response_200",
    "ListDomainBouncesType": "list_domain_bounces_type",
    "ListDomainsStatus": "list_domains_status",
    "ListMailboxBouncesType": "list_mailbox_bounces_type",
    "ListMigrationsStatus": "list_migrations_status",
    "ListScheduledStatus": "list_scheduled_status",
    "ListTemplatesResponse200": "list_templates_response_200",
    "ListTicketsCategory": "list_tickets_category",
    "ListTicketsStatus": "list_tickets_status",
    "ListWhiteLabelMembersRole": "list_white_label_members_role",
    "ListWhiteLabelMembersStatus": "list_white_label_members_status",
    "MailClientSetup": "mail_client_setup",
    "MailClientSetupResponse": "mail_client_setup_response",
    "MailClientSetupSharedMailbox": "mail_client_setup_shared_mailbox",
    "MailRule": "mail_rule",
    "MailRuleActionInfo": "mail_rule_action_info",
    "MailRuleConditionInfo": "mail_rule_condition_info",
    "MailRuleList": "mail_rule_list",
    "MailRuleReorderRequest": "mail_rule_reorder_request",
    "MailRuleReorderResult": "mail_rule_reorder_result",
    "MailRuleRequest": "mail_rule_request",
    "MailRuleRequestMatchType": "mail_rule_request_match_type",
    "MailRuleResponse": "mail_rule_response",
    "Mailbox": "mailbox",
    "MailboxActionResult": "mailbox_action_result",
    "MailboxActionResultData": "mailbox_action_result_data",
    "MailboxBulkCounts": "mailbox_bulk_counts",
    "MailboxBulkCreateRequest": "mailbox_bulk_create_request",
    "MailboxBulkErrorResponse": "mailbox_bulk_error_response",
    "MailboxBulkItem": "mailbox_bulk_item",
    "MailboxBulkResult": "mailbox_bulk_result",
    "MailboxBulkRow": "mailbox_bulk_row",
    "MailboxClientAuthModeBulkRequest": "mailbox_client_auth_mode_bulk_request",
    "MailboxClientAuthModeBulkResult": "mailbox_client_auth_mode_bulk_result",
    "MailboxClientAuthModeRequest": "mailbox_client_auth_mode_request",
    "MailboxClientAuthModeRequestMode": "mailbox_client_auth_mode_request_mode",
    "MailboxCreateRequest": "mailbox_create_request",
    "MailboxCreateRequestClientAuthMode": "mailbox_create_request_client_auth_mode",
    "MailboxCreateRequestPasswordMode": "mailbox_create_request_password_mode",
    "MailboxCreateResponse": "mailbox_create_response",
    "MailboxCreated": "mailbox_created",
    "MailboxDriveAccessRequest": "mailbox_drive_access_request",
    "MailboxDriveAccessResult": "mailbox_drive_access_result",
    "MailboxDriveAccessResultData": "mailbox_drive_access_result_data",
    "MailboxList": "mailbox_list",
    "MailboxLoginAccessRequest": "mailbox_login_access_request",
    "MailboxLoginAccessResult": "mailbox_login_access_result",
    "MailboxNoteRequest": "mailbox_note_request",
    "MailboxPasswordRequest": "mailbox_password_request",
    "MailboxPasswordResult": "mailbox_password_result",
    "MailboxResponse": "mailbox_response",
    "MailboxSuspendLoginRequest": "mailbox_suspend_login_request",
    "MailboxUpdateRequest": "mailbox_update_request",
    "MailboxUpdateRequestDriveAccess": "mailbox_update_request_drive_access",
    "MeResponse": "me_response",
    "MeToken": "me_token",
    "Message": "message",
    "MessageAttachmentContent": "message_attachment_content",
    "MessageAttachmentsArchive": "message_attachments_archive",
    "MessageBody": "message_body",
    "MessageBulkActionRequest": "message_bulk_action_request",
    "MessageBulkActionRequestAction": "message_bulk_action_request_action",
    "MessageCursorPagination": "message_cursor_pagination",
    "MessageDelivery": "message_delivery",
    "MessageFlagsRequest": "message_flags_request",
    "MessageFlagsRequestFlags": "message_flags_request_flags",
    "MessageFlagsResult": "message_flags_result",
    "MessageFlagsState": "message_flags_state",
    "MessageListPagination": "message_list_pagination",
    "MessageListResponse": "message_list_response",
    "MessageMeResponse": "message_me_response",
    "MessageMoveRequest": "message_move_request",
    "MessageSendFailure": "message_send_failure",
    "MessageSendingLimits": "message_sending_limits",
    "MessageSummary": "message_summary",
    "MessageToken": "message_token",
    "MessageTokenCreateRequest": "message_token_create_request",
    "MessageTokenCreateRequestExpiresIn": "message_token_create_request_expires_in",
    "MessageTokenCreateResponse": "message_token_create_response",
    "MessageTokenCreated": "message_token_created",
    "MessageTokenList": "message_token_list",
    "MessageTokenRevokeResult": "message_token_revoke_result",
    "MessageTokenUpdateRequest": "message_token_update_request",
    "MessageTokenUpdateRequestExpiresIn": "message_token_update_request_expires_in",
    "MessageTokenUpdateResult": "message_token_update_result",
    "Migration": "migration",
    "MigrationActionResult": "migration_action_result",
    "MigrationConnectionTestRequest": "migration_connection_test_request",
    "MigrationConnectionTestResult": "migration_connection_test_result",
    "MigrationList": "migration_list",
    "MigrationResponse": "migration_response",
    "MigrationStartRequest": "migration_start_request",
    "MigrationStartRequestProvider": "migration_start_request_provider",
    "MigrationStartRequestSourceSecurity": "migration_start_request_source_security",
    "MoveMessageResponse200": "move_message_response_200",
    "OutgoingAttachment": "outgoing_attachment",
    "PageLinks": "page_links",
    "PageMeta": "page_meta",
    "PingMessagesResponse200": "ping_messages_response_200",
    "PreparedMessage": "prepared_message",
    "PreviewCloudflareDnsResponse200": "preview_cloudflare_dns_response_200",
    "RawMessage": "raw_message",
    "RemoveDomainBrandLogoResponse200": "remove_domain_brand_logo_response_200",
    "RemoveDomainBrandLogoSlot": "remove_domain_brand_logo_slot",
    "RemoveDomainBrandingResponse200": "remove_domain_branding_response_200",
    "RemoveDomainBrandingScope": "remove_domain_branding_scope",
    "RemoveWhiteLabelMemberResponse200": "remove_white_label_member_response_200",
    "RenameFolderResponse200": "rename_folder_response_200",
    "ReplyFromPolicyRequest": "reply_from_policy_request",
    "ReplyFromPolicyResult": "reply_from_policy_result",
    "ReportHamRequest": "report_ham_request",
    "ReportHamResponse200": "report_ham_response_200",
    "ReportSpamRequest": "report_spam_request",
    "ReportSpamResponse200": "report_spam_response_200",
    "RescheduleMessageRequest": "reschedule_message_request",
    "RescheduleMessageResponse200": "reschedule_message_response_200",
    "RestoreWhiteLabelMemberResponse200": "restore_white_label_member_response_200",
    "ResumeWhiteLabelMemberResponse200": "resume_white_label_member_response_200",
    "RetryDomainDkimResponse200": "retry_domain_dkim_response_200",
    "RuleAction": "rule_action",
    "RuleActionType": "rule_action_type",
    "RuleCondition": "rule_condition",
    "RuleConditionField": "rule_condition_field",
    "RuleConditionOperator": "rule_condition_operator",
    "ScheduleMessageRequest": "schedule_message_request",
    "ScheduledMessage": "scheduled_message",
    "ScheduledMessageCreateResult": "scheduled_message_create_result",
    "ScheduledMessageList": "scheduled_message_list",
    "SendMessageRequest": "send_message_request",
    "SendMessageRequestHeaders": "send_message_request_headers",
    "SendMessageResult": "send_message_result",
    "SetAccountSmtpDefaultResponse200": "set_account_smtp_default_response_200",
    "SetDomainBrandLogoSlot": "set_domain_brand_logo_slot",
    "SetDomainMailHostingResponse200": "set_domain_mail_hosting_response_200",
    "SetDomainSmtpResponse200": "set_domain_smtp_response_200",
    "SharedMailboxCreateRequest": "shared_mailbox_create_request",
    "SharedMailboxMember": "shared_mailbox_member",
    "SharedMailboxMemberAddRequest": "shared_mailbox_member_add_request",
    "SharedMailboxMemberList": "shared_mailbox_member_list",
    "SharedMailboxMemberResponse": "shared_mailbox_member_response",
    "SharedMailboxMemberUpdateRequest": "shared_mailbox_member_update_request",
    "SieveScript": "sieve_script",
    "SieveScriptRequest": "sieve_script_request",
    "SieveScriptResponse": "sieve_script_response",
    "SmtpDefault": "smtp_default",
    "SmtpDefaultResponse": "smtp_default_response",
    "SmtpDefaultUpdateRequest": "smtp_default_update_request",
    "SmtpDefaultUpdateRequestSmtpMode": "smtp_default_update_request_smtp_mode",
    "SmtpProfile": "smtp_profile",
    "SmtpProfileCreateRequest": "smtp_profile_create_request",
    "SmtpProfileCreateRequestEncryption": "smtp_profile_create_request_encryption",
    "SmtpProfileCreateRequestPort": "smtp_profile_create_request_port",
    "SmtpProfileList": "smtp_profile_list",
    "SmtpProfileUpdateRequest": "smtp_profile_update_request",
    "SmtpProfileUpdateRequestEncryption": "smtp_profile_update_request_encryption",
    "SmtpProfileUpdateRequestPort": "smtp_profile_update_request_port",
    "SmtpProfileUsage": "smtp_profile_usage",
    "SmtpProfileUsageItem": "smtp_profile_usage_item",
    "SmtpProfileUsageResponse": "smtp_profile_usage_response",
    "SmtpTestJob": "smtp_test_job",
    "SuspendWhiteLabelMemberResponse200": "suspend_white_label_member_response_200",
    "TemplateCreateRequest": "template_create_request",
    "TemplateCreateResult": "template_create_result",
    "TemplateUpdateRequest": "template_update_request",
    "TestExternalAccountResponse200": "test_external_account_response_200",
    "Ticket": "ticket",
    "TicketActionResult": "ticket_action_result",
    "TicketActionResultData": "ticket_action_result_data",
    "TicketCreateRequest": "ticket_create_request",
    "TicketCreateRequestCategory": "ticket_create_request_category",
    "TicketCreateRequestPriority": "ticket_create_request_priority",
    "TicketList": "ticket_list",
    "TicketMessage": "ticket_message",
    "TicketMessageList": "ticket_message_list",
    "TicketReplyRequest": "ticket_reply_request",
    "TicketResponse": "ticket_response",
    "UnblockSenderResponse200": "unblock_sender_response_200",
    "UpdateCalendarEventResponse200": "update_calendar_event_response_200",
    "UpdateContactGroupResponse200": "update_contact_group_response_200",
    "UpdateContactResponse200": "update_contact_response_200",
    "UpdateDomainCatchAllResponse200": "update_domain_catch_all_response_200",
    "UpdateDomainNoteResponse200": "update_domain_note_response_200",
    "UpdateDomainSignatureResponse200": "update_domain_signature_response_200",
    "UpdateDomainSmtpProfileResponse200": "update_domain_smtp_profile_response_200",
    "UpdateExternalAccountResponse200": "update_external_account_response_200",
    "UpdateSmtpConfigResponse200": "update_smtp_config_response_200",
    "UpdateTemplateResponse200": "update_template_response_200",
    "UploadSieveScriptResponse200": "upload_sieve_script_response_200",
    "ValidateCloudflareTokenResponse200": "validate_cloudflare_token_response_200",
    "VerifyBulkJobCreated": "verify_bulk_job_created",
    "VerifyBulkJobCreatedBreakdownType0": "verify_bulk_job_created_breakdown_type_0",
    "VerifyBulkJobCreatedData": "verify_bulk_job_created_data",
    "VerifyBulkRequest": "verify_bulk_request",
    "VerifyBulkRequestMode": "verify_bulk_request_mode",
    "VerifyCredits": "verify_credits",
    "VerifyDeleteJobResponse200": "verify_delete_job_response_200",
    "VerifyEmailRequest": "verify_email_request",
    "VerifyEmailRequestMode": "verify_email_request_mode",
    "VerifyEmailResult": "verify_email_result",
    "VerifyJob": "verify_job",
    "VerifyJobCancelResult": "verify_job_cancel_result",
    "VerifyJobDownloadFilter": "verify_job_download_filter",
    "VerifyJobList": "verify_job_list",
    "VerifyJobStatus": "verify_job_status",
    "VerifyJobStatusDataItem": "verify_job_status_data_item",
    "VerifyJobStatusStatus": "verify_job_status_status",
    "VerifyListJobsStatus": "verify_list_jobs_status",
    "WhiteLabel": "white_label",
    "WhiteLabelActivityEntry": "white_label_activity_entry",
    "WhiteLabelActivityList": "white_label_activity_list",
    "WhiteLabelEntitlement": "white_label_entitlement",
    "WhiteLabelInvitation": "white_label_invitation",
    "WhiteLabelMember": "white_label_member",
    "WhiteLabelMemberActivity": "white_label_member_activity",
    "WhiteLabelMemberInvite": "white_label_member_invite",
    "WhiteLabelMemberInviteRequest": "white_label_member_invite_request",
    "WhiteLabelMemberInviteRequestRole": "white_label_member_invite_request_role",
    "WhiteLabelMemberList": "white_label_member_list",
    "WhiteLabelMemberUpdateRequest": "white_label_member_update_request",
    "WhiteLabelMemberUpdateRequestRole": "white_label_member_update_request_role",
}

__all__ = (
    "Account",
    "AccountFeatures",
    "AccountLimits",
    "AccountResponse",
    "AccountUpdateRequest",
    "AccountUpdateResult",
    "AccountUsage",
    "AddContactGroupMembersResponse200",
    "AgentDriveAddonRequest",
    "AgentDriveAddonRequestPeriod",
    "AgentKeyReissueRequest",
    "AgentKeyReissueResult",
    "AgentPaymentChallenge",
    "AgentPurchaseResult",
    "AgentSubscriptionRequest",
    "AgentSubscriptionRequestPeriod",
    "AgentSubscriptionRequestPlan",
    "AgentVerifierCreditsTopupRequest",
    "AgentWhiteLabelRequest",
    "AgentWhiteLabelRequestPeriod",
    "Alias",
    "AliasCreateRequest",
    "AliasList",
    "AliasResponse",
    "AliasUpdateRequest",
    "AppPassword",
    "AppPasswordCreateRequest",
    "AppPasswordCreateResponse",
    "AppPasswordList",
    "AppPasswordRotateResponse",
    "AppPasswordSecret",
    "ApplyCloudflareDnsResponse200",
    "AttachmentInfo",
    "AutoReply",
    "AutoReplyRequest",
    "AutoReplyResponse",
    "BillingStatus",
    "BlockSenderRequest",
    "BlockedSenderCreateResult",
    "BrandLogoRequest",
    "BrandLogoRequestScope",
    "BrandingDnsVerification",
    "BrandingDnsVerificationResponse",
    "BrandingPreview",
    "BrandingPreviewResponse",
    "BrandingUpdateRequest",
    "BrandingUpdateRequestMode",
    "BrandingUpdateRequestScope",
    "BulkActionResponse200",
    "BulkMigration",
    "BulkMigrationActionResult",
    "BulkMigrationJobPasswordRequest",
    "BulkMigrationList",
    "BulkMigrationPreviewRequest",
    "BulkMigrationPreviewRequestProvider",
    "BulkMigrationPreviewResult",
    "BulkMigrationResponse",
    "BulkMigrationStartRequest",
    "BulkMigrationStartRequestProvider",
    "CalendarEvent",
    "CalendarEventCreateRequest",
    "CalendarEventCreateResult",
    "CalendarEventList",
    "CalendarEventUpdateRequest",
    "CancelScheduledResponse200",
    "Capabilities",
    "CatchAllUpdateRequest",
    "CloudflareApplyRequest",
    "CloudflareConnectRequest",
    "CloudflarePreviewRequest",
    "CloudflareToken",
    "CloudflareTokenList",
    "CloudflareTokenRequest",
    "CloudflareZoneSelection",
    "ConfirmDeleteIntentXConfirmDelete",
    "ConnectCloudflareDomainsResponse200",
    "Contact",
    "ContactCreateRequest",
    "ContactCreateResult",
    "ContactExport",
    "ContactGroupCreateResult",
    "ContactGroupMember",
    "ContactGroupMemberList",
    "ContactGroupMembersRequest",
    "ContactGroupRequest",
    "ContactImportRequest",
    "ContactImportRequestFormat",
    "ContactList",
    "ContactUpdateRequest",
    "ConvertToRegularRequest",
    "ConvertToSharedRequest",
    "CreateDomainSmtpProfileResponse200",
    "CreateDomainSmtpProfileResponse201",
    "DeleteAliasResponse200",
    "DeleteBulkMigrationResponse200",
    "DeleteCalendarEventResponse200",
    "DeleteCloudflareTokenResponse200",
    "DeleteContactGroupResponse200",
    "DeleteContactResponse200",
    "DeleteDomainResponse200",
    "DeleteDomainSmtpProfileResponse200",
    "DeleteExternalAccountResponse200",
    "DeleteFolderResponse200",
    "DeleteForwardingAddressResponse200",
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
    "DeliverabilityBounce",
    "DeliverabilityBounceList",
    "DetectExternalAccountResponse200",
    "DnsCheck",
    "DnsRecheckResult",
    "Domain",
    "DomainAliasSetRequest",
    "DomainAliasStatus",
    "DomainBranding",
    "DomainBrandingBrand",
    "DomainBrandingMailZone",
    "DomainBrandingResponse",
    "DomainBulkAddErrorResponse",
    "DomainBulkAddRequest",
    "DomainBulkAddResult",
    "DomainBulkAddRow",
    "DomainCreateRequest",
    "DomainCreateRequestMailHosting",
    "DomainForwardingAddress",
    "DomainForwardingAddressDelivery",
    "DomainForwardingAddressLimits",
    "DomainForwardingAddressList",
    "DomainForwardingAddressResponse",
    "DomainForwardingLog",
    "DomainForwardingLogEntry",
    "DomainForwardingLogWindow",
    "DomainList",
    "DomainMailHostingRequest",
    "DomainNoteRequest",
    "DomainResponse",
    "DomainSignature",
    "DomainSignatureResponse",
    "DomainSignatureUpdateRequest",
    "DomainSmtp",
    "DomainSmtpResponse",
    "DomainSmtpTestRequest",
    "DomainSmtpTestRequestEncryption",
    "DomainSmtpTestRequestMode",
    "DomainSmtpUpdateRequest",
    "DomainSmtpUpdateRequestSmtpMode",
    "DraftRequest",
    "DraftSaveResult",
    "DraftUpdateRequest",
    "DriveAddon",
    "DriveAddonPricingResponse200",
    "DriveAddonResponse",
    "DriveBrowseFolderDir",
    "DriveBrowseFolderSort",
    "DriveBrowseSubfolderDir",
    "DriveBrowseSubfolderSort",
    "DriveBulkMoveRequest",
    "DriveBulkMoveResponse200",
    "DriveBulkPurgeResponse200",
    "DriveBulkRestoreResponse200",
    "DriveBulkSelectionRequest",
    "DriveBulkTrashResponse200",
    "DriveDevice",
    "DriveDeviceCreateRequest",
    "DriveDeviceCreateRequestScopesItem",
    "DriveDeviceList",
    "DriveDeviceRevokeResponse200",
    "DriveDeviceRotateRequest",
    "DriveDeviceSecret",
    "DriveDeviceSecretResponse",
    "DriveFile",
    "DriveFileDownloadUrlResponse200",
    "DriveFileMoveRequest",
    "DriveFileMoveResponse200",
    "DriveFilePurgeResponse200",
    "DriveFileRenameRequest",
    "DriveFileRenameResponse200",
    "DriveFileResponse",
    "DriveFileRestoreResponse200",
    "DriveFileTrashResponse200",
    "DriveFolder",
    "DriveFolderCreateRequest",
    "DriveFolderCreateResponse200",
    "DriveFolderCreateResponse201",
    "DriveFolderMoveRequest",
    "DriveFolderMoveResponse200",
    "DriveFolderPurgeResponse200",
    "DriveFolderRestoreResponse200",
    "DriveFolderStopSharingResponse200",
    "DriveFolderTrashResponse200",
    "DriveFolderTree",
    "DriveFolderUpdateRequest",
    "DriveFolderUpdateResponse200",
    "DriveItem",
    "DriveItemPage",
    "DriveSelectAllIdsResponse200",
    "DriveShareLink",
    "DriveShareLinkCreateRequest",
    "DriveShareLinkCreateResponse",
    "DriveShareLinkCreated",
    "DriveShareLinkList",
    "DriveShareRevokeResponse200",
    "DriveSpace",
    "DriveSpaceList",
    "DriveSpaceUsageResponse200",
    "DriveStorageSummary",
    "DriveStorageSummaryResponse",
    "DriveTrashEmptyResponse200",
    "DriveUploadAbortResponse200",
    "DriveUploadCompleteRequest",
    "DriveUploadCompleteResponse200",
    "DriveUploadCompletedPart",
    "DriveUploadHeaders",
    "DriveUploadInitiateRequest",
    "DriveUploadPartUrl",
    "DriveUploadPartUrls",
    "DriveUploadRefreshPartsRequest",
    "DriveUploadSession",
    "EmptyFolderResponse200",
    "EnableImapRequest",
    "ErrorBody",
    "ErrorResponse",
    "ExportContactsFormat",
    "ExternalAccount",
    "ExternalAccountConnectionRequest",
    "ExternalAccountCreateRequest",
    "ExternalAccountCreateResult",
    "ExternalAccountDetectRequest",
    "ExternalAccountList",
    "ExternalAccountRetestRequest",
    "ExternalAccountUpdateRequest",
    "Folder",
    "FolderCreateRequest",
    "FolderCreateResult",
    "FolderEmptyRequest",
    "FolderEmptyRequestFolder",
    "FolderListResponse",
    "FolderRenameRequest",
    "Forwarding",
    "ForwardingResponse",
    "ForwardingUpdateRequest",
    "GetAppleMailProfileLang",
    "GetDnsRequirementsResponse200",
    "GetDomainConnectSetupResponse200",
    "GetDomainDeliverabilityResponse200",
    "GetDomainSmtpTestStatusResponse200",
    "GetMailClientSetupLang",
    "GetSendingLimitsResponse200",
    "GetSmtpTestStatusResponse200",
    "GetSpamMetricsResponse200",
    "GetSpamSummaryResponse200",
    "GetWhiteLabelMemberResponse200",
    "Identity",
    "IdentityCreateRequest",
    "IdentityCreateRequestKind",
    "IdentityCreateRequestSmtpMode",
    "IdentityDeleteRequest",
    "IdentityList",
    "IdentityResult",
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
    "Invoice",
    "InvoiceList",
    "LegacySmtpConfig",
    "LegacySmtpTestRequest",
    "LegacySmtpTestRequestEncryption",
    "LegacySmtpUpdateRequest",
    "LegacySmtpUpdateRequestEncryption",
    "LegacySmtpUpdateRequestMode",
    "ListBlockedSendersResponse200",
    "ListBulkMigrationsStatus",
    "ListCloudflareZonesResponse200",
    "ListContactGroupsResponse200",
    "ListDomainBouncesType",
    "ListDomainsStatus",
    "ListMailboxBouncesType",
    "ListMigrationsStatus",
    "ListScheduledStatus",
    "ListTemplatesResponse200",
    "ListTicketsCategory",
    "ListTicketsStatus",
    "ListWhiteLabelMembersRole",
    "ListWhiteLabelMembersStatus",
    "MailClientSetup",
    "MailClientSetupResponse",
    "MailClientSetupSharedMailbox",
    "MailRule",
    "MailRuleActionInfo",
    "MailRuleConditionInfo",
    "MailRuleList",
    "MailRuleReorderRequest",
    "MailRuleReorderResult",
    "MailRuleRequest",
    "MailRuleRequestMatchType",
    "MailRuleResponse",
    "Mailbox",
    "MailboxActionResult",
    "MailboxActionResultData",
    "MailboxBulkCounts",
    "MailboxBulkCreateRequest",
    "MailboxBulkErrorResponse",
    "MailboxBulkItem",
    "MailboxBulkResult",
    "MailboxBulkRow",
    "MailboxClientAuthModeBulkRequest",
    "MailboxClientAuthModeBulkResult",
    "MailboxClientAuthModeRequest",
    "MailboxClientAuthModeRequestMode",
    "MailboxCreateRequest",
    "MailboxCreateRequestClientAuthMode",
    "MailboxCreateRequestPasswordMode",
    "MailboxCreateResponse",
    "MailboxCreated",
    "MailboxDriveAccessRequest",
    "MailboxDriveAccessResult",
    "MailboxDriveAccessResultData",
    "MailboxList",
    "MailboxLoginAccessRequest",
    "MailboxLoginAccessResult",
    "MailboxNoteRequest",
    "MailboxPasswordRequest",
    "MailboxPasswordResult",
    "MailboxResponse",
    "MailboxSuspendLoginRequest",
    "MailboxUpdateRequest",
    "MailboxUpdateRequestDriveAccess",
    "MeResponse",
    "MeToken",
    "Message",
    "MessageAttachmentContent",
    "MessageAttachmentsArchive",
    "MessageBody",
    "MessageBulkActionRequest",
    "MessageBulkActionRequestAction",
    "MessageCursorPagination",
    "MessageDelivery",
    "MessageFlagsRequest",
    "MessageFlagsRequestFlags",
    "MessageFlagsResult",
    "MessageFlagsState",
    "MessageListPagination",
    "MessageListResponse",
    "MessageMeResponse",
    "MessageMoveRequest",
    "MessageSendFailure",
    "MessageSendingLimits",
    "MessageSummary",
    "MessageToken",
    "MessageTokenCreateRequest",
    "MessageTokenCreateRequestExpiresIn",
    "MessageTokenCreateResponse",
    "MessageTokenCreated",
    "MessageTokenList",
    "MessageTokenRevokeResult",
    "MessageTokenUpdateRequest",
    "MessageTokenUpdateRequestExpiresIn",
    "MessageTokenUpdateResult",
    "Migration",
    "MigrationActionResult",
    "MigrationConnectionTestRequest",
    "MigrationConnectionTestResult",
    "MigrationList",
    "MigrationResponse",
    "MigrationStartRequest",
    "MigrationStartRequestProvider",
    "MigrationStartRequestSourceSecurity",
    "MoveMessageResponse200",
    "OutgoingAttachment",
    "PageLinks",
    "PageMeta",
    "PingMessagesResponse200",
    "PreparedMessage",
    "PreviewCloudflareDnsResponse200",
    "RawMessage",
    "RemoveDomainBrandLogoResponse200",
    "RemoveDomainBrandLogoSlot",
    "RemoveDomainBrandingResponse200",
    "RemoveDomainBrandingScope",
    "RemoveWhiteLabelMemberResponse200",
    "RenameFolderResponse200",
    "ReplyFromPolicyRequest",
    "ReplyFromPolicyResult",
    "ReportHamRequest",
    "ReportHamResponse200",
    "ReportSpamRequest",
    "ReportSpamResponse200",
    "RescheduleMessageRequest",
    "RescheduleMessageResponse200",
    "RestoreWhiteLabelMemberResponse200",
    "ResumeWhiteLabelMemberResponse200",
    "RetryDomainDkimResponse200",
    "RuleAction",
    "RuleActionType",
    "RuleCondition",
    "RuleConditionField",
    "RuleConditionOperator",
    "ScheduleMessageRequest",
    "ScheduledMessage",
    "ScheduledMessageCreateResult",
    "ScheduledMessageList",
    "SendMessageRequest",
    "SendMessageRequestHeaders",
    "SendMessageResult",
    "SetAccountSmtpDefaultResponse200",
    "SetDomainBrandLogoSlot",
    "SetDomainMailHostingResponse200",
    "SetDomainSmtpResponse200",
    "SharedMailboxCreateRequest",
    "SharedMailboxMember",
    "SharedMailboxMemberAddRequest",
    "SharedMailboxMemberList",
    "SharedMailboxMemberResponse",
    "SharedMailboxMemberUpdateRequest",
    "SieveScript",
    "SieveScriptRequest",
    "SieveScriptResponse",
    "SmtpDefault",
    "SmtpDefaultResponse",
    "SmtpDefaultUpdateRequest",
    "SmtpDefaultUpdateRequestSmtpMode",
    "SmtpProfile",
    "SmtpProfileCreateRequest",
    "SmtpProfileCreateRequestEncryption",
    "SmtpProfileCreateRequestPort",
    "SmtpProfileList",
    "SmtpProfileUpdateRequest",
    "SmtpProfileUpdateRequestEncryption",
    "SmtpProfileUpdateRequestPort",
    "SmtpProfileUsage",
    "SmtpProfileUsageItem",
    "SmtpProfileUsageResponse",
    "SmtpTestJob",
    "SuspendWhiteLabelMemberResponse200",
    "TemplateCreateRequest",
    "TemplateCreateResult",
    "TemplateUpdateRequest",
    "TestExternalAccountResponse200",
    "Ticket",
    "TicketActionResult",
    "TicketActionResultData",
    "TicketCreateRequest",
    "TicketCreateRequestCategory",
    "TicketCreateRequestPriority",
    "TicketList",
    "TicketMessage",
    "TicketMessageList",
    "TicketReplyRequest",
    "TicketResponse",
    "UnblockSenderResponse200",
    "UpdateCalendarEventResponse200",
    "UpdateContactGroupResponse200",
    "UpdateContactResponse200",
    "UpdateDomainCatchAllResponse200",
    "UpdateDomainNoteResponse200",
    "UpdateDomainSignatureResponse200",
    "UpdateDomainSmtpProfileResponse200",
    "UpdateExternalAccountResponse200",
    "UpdateSmtpConfigResponse200",
    "UpdateTemplateResponse200",
    "UploadSieveScriptResponse200",
    "ValidateCloudflareTokenResponse200",
    "VerifyBulkJobCreated",
    "VerifyBulkJobCreatedBreakdownType0",
    "VerifyBulkJobCreatedData",
    "VerifyBulkRequest",
    "VerifyBulkRequestMode",
    "VerifyCredits",
    "VerifyDeleteJobResponse200",
    "VerifyEmailRequest",
    "VerifyEmailRequestMode",
    "VerifyEmailResult",
    "VerifyJob",
    "VerifyJobCancelResult",
    "VerifyJobDownloadFilter",
    "VerifyJobList",
    "VerifyJobStatus",
    "VerifyJobStatusDataItem",
    "VerifyJobStatusStatus",
    "VerifyListJobsStatus",
    "WhiteLabel",
    "WhiteLabelActivityEntry",
    "WhiteLabelActivityList",
    "WhiteLabelEntitlement",
    "WhiteLabelInvitation",
    "WhiteLabelMember",
    "WhiteLabelMemberActivity",
    "WhiteLabelMemberInvite",
    "WhiteLabelMemberInviteRequest",
    "WhiteLabelMemberInviteRequestRole",
    "WhiteLabelMemberList",
    "WhiteLabelMemberUpdateRequest",
    "WhiteLabelMemberUpdateRequestRole",
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
