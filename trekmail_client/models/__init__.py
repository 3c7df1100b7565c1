"""Data models of requests and responses (generated; each loads on first use, PEP 562)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account as Account
    from .account_features import AccountFeatures as AccountFeatures
    from .account_limits import AccountLimits as AccountLimits
    from .account_response import AccountResponse as AccountResponse
    from .account_update_request import AccountUpdateRequest as AccountUpdateRequest
    from .account_update_request_new_mailbox_client_auth_mode import (
        AccountUpdateRequestNewMailboxClientAuthMode as AccountUpdateRequestNewMailboxClientAuthMode,
    )
    from .account_update_result import AccountUpdateResult as AccountUpdateResult
    from .account_usage import AccountUsage as AccountUsage
    from .add_contact_group_members_response_200 import (
        AddContactGroupMembersResponse200 as AddContactGroupMembersResponse200,
    )
    from .agent_drive_addon_request import (
        AgentDriveAddonRequest as AgentDriveAddonRequest,
    )
    from .agent_drive_addon_request_period import (
        AgentDriveAddonRequestPeriod as AgentDriveAddonRequestPeriod,
    )
    from .agent_key_reissue_request import (
        AgentKeyReissueRequest as AgentKeyReissueRequest,
    )
    from .agent_key_reissue_result import AgentKeyReissueResult as AgentKeyReissueResult
    from .agent_payment_challenge import AgentPaymentChallenge as AgentPaymentChallenge
    from .agent_purchase_result import AgentPurchaseResult as AgentPurchaseResult
    from .agent_subscription_request import (
        AgentSubscriptionRequest as AgentSubscriptionRequest,
    )
    from .agent_subscription_request_period import (
        AgentSubscriptionRequestPeriod as AgentSubscriptionRequestPeriod,
    )
    from .agent_subscription_request_plan import (
        AgentSubscriptionRequestPlan as AgentSubscriptionRequestPlan,
    )
    from .agent_verifier_credits_topup_request import (
        AgentVerifierCreditsTopupRequest as AgentVerifierCreditsTopupRequest,
    )
    from .agent_white_label_request import (
        AgentWhiteLabelRequest as AgentWhiteLabelRequest,
    )
    from .agent_white_label_request_period import (
        AgentWhiteLabelRequestPeriod as AgentWhiteLabelRequestPeriod,
    )
    from .alias import Alias as Alias
    from .alias_create_request import AliasCreateRequest as AliasCreateRequest
    from .alias_list import AliasList as AliasList
    from .alias_response import AliasResponse as AliasResponse
    from .alias_update_request import AliasUpdateRequest as AliasUpdateRequest
    from .app_password import AppPassword as AppPassword
    from .app_password_create_request import (
        AppPasswordCreateRequest as AppPasswordCreateRequest,
    )
    from .app_password_create_response import (
        AppPasswordCreateResponse as AppPasswordCreateResponse,
    )
    from .app_password_list import AppPasswordList as AppPasswordList
    from .app_password_rotate_response import (
        AppPasswordRotateResponse as AppPasswordRotateResponse,
    )
    from .app_password_secret import AppPasswordSecret as AppPasswordSecret
    from .apply_cloudflare_dns_response_200 import (
        ApplyCloudflareDnsResponse200 as ApplyCloudflareDnsResponse200,
    )
    from .apply_cloudflare_dns_response_200_domains import (
        ApplyCloudflareDnsResponse200Domains as ApplyCloudflareDnsResponse200Domains,
    )
    from .attachment_info import AttachmentInfo as AttachmentInfo
    from .auto_reply import AutoReply as AutoReply
    from .auto_reply_request import AutoReplyRequest as AutoReplyRequest
    from .auto_reply_response import AutoReplyResponse as AutoReplyResponse
    from .billing_status import BillingStatus as BillingStatus
    from .block_sender_request import BlockSenderRequest as BlockSenderRequest
    from .blocked_sender_create_result import (
        BlockedSenderCreateResult as BlockedSenderCreateResult,
    )
    from .brand_logo_request import BrandLogoRequest as BrandLogoRequest
    from .brand_logo_request_scope import BrandLogoRequestScope as BrandLogoRequestScope
    from .branding_dns_verification import (
        BrandingDnsVerification as BrandingDnsVerification,
    )
    from .branding_dns_verification_response import (
        BrandingDnsVerificationResponse as BrandingDnsVerificationResponse,
    )
    from .branding_preview import BrandingPreview as BrandingPreview
    from .branding_preview_response import (
        BrandingPreviewResponse as BrandingPreviewResponse,
    )
    from .branding_update_request import BrandingUpdateRequest as BrandingUpdateRequest
    from .branding_update_request_mode import (
        BrandingUpdateRequestMode as BrandingUpdateRequestMode,
    )
    from .branding_update_request_scope import (
        BrandingUpdateRequestScope as BrandingUpdateRequestScope,
    )
    from .bulk_action_response_200 import BulkActionResponse200 as BulkActionResponse200
    from .bulk_migration import BulkMigration as BulkMigration
    from .bulk_migration_action_result import (
        BulkMigrationActionResult as BulkMigrationActionResult,
    )
    from .bulk_migration_job_password_request import (
        BulkMigrationJobPasswordRequest as BulkMigrationJobPasswordRequest,
    )
    from .bulk_migration_list import BulkMigrationList as BulkMigrationList
    from .bulk_migration_preview_request import (
        BulkMigrationPreviewRequest as BulkMigrationPreviewRequest,
    )
    from .bulk_migration_preview_request_folder_strategy import (
        BulkMigrationPreviewRequestFolderStrategy as BulkMigrationPreviewRequestFolderStrategy,
    )
    from .bulk_migration_preview_request_provider import (
        BulkMigrationPreviewRequestProvider as BulkMigrationPreviewRequestProvider,
    )
    from .bulk_migration_preview_request_source_security import (
        BulkMigrationPreviewRequestSourceSecurity as BulkMigrationPreviewRequestSourceSecurity,
    )
    from .bulk_migration_preview_result import (
        BulkMigrationPreviewResult as BulkMigrationPreviewResult,
    )
    from .bulk_migration_preview_result_data import (
        BulkMigrationPreviewResultData as BulkMigrationPreviewResultData,
    )
    from .bulk_migration_response import BulkMigrationResponse as BulkMigrationResponse
    from .bulk_migration_start_request import (
        BulkMigrationStartRequest as BulkMigrationStartRequest,
    )
    from .bulk_migration_start_request_folder_strategy import (
        BulkMigrationStartRequestFolderStrategy as BulkMigrationStartRequestFolderStrategy,
    )
    from .bulk_migration_start_request_provider import (
        BulkMigrationStartRequestProvider as BulkMigrationStartRequestProvider,
    )
    from .bulk_migration_start_request_source_security import (
        BulkMigrationStartRequestSourceSecurity as BulkMigrationStartRequestSourceSecurity,
    )
    from .calendar_event import CalendarEvent as CalendarEvent
    from .calendar_event_create_request import (
        CalendarEventCreateRequest as CalendarEventCreateRequest,
    )
    from .calendar_event_create_result import (
        CalendarEventCreateResult as CalendarEventCreateResult,
    )
    from .calendar_event_list import CalendarEventList as CalendarEventList
    from .calendar_event_update_request import (
        CalendarEventUpdateRequest as CalendarEventUpdateRequest,
    )
    from .cancel_scheduled_response_200 import (
        CancelScheduledResponse200 as CancelScheduledResponse200,
    )
    from .capabilities import Capabilities as Capabilities
    from .catch_all_update_request import CatchAllUpdateRequest as CatchAllUpdateRequest
    from .cloudflare_apply_request import (
        CloudflareApplyRequest as CloudflareApplyRequest,
    )
    from .cloudflare_apply_request_confirmed_conflicts import (
        CloudflareApplyRequestConfirmedConflicts as CloudflareApplyRequestConfirmedConflicts,
    )
    from .cloudflare_apply_request_included_records import (
        CloudflareApplyRequestIncludedRecords as CloudflareApplyRequestIncludedRecords,
    )
    from .cloudflare_connect_request import (
        CloudflareConnectRequest as CloudflareConnectRequest,
    )
    from .cloudflare_preview_request import (
        CloudflarePreviewRequest as CloudflarePreviewRequest,
    )
    from .cloudflare_preview_request_confirmed_conflicts import (
        CloudflarePreviewRequestConfirmedConflicts as CloudflarePreviewRequestConfirmedConflicts,
    )
    from .cloudflare_preview_request_included_records import (
        CloudflarePreviewRequestIncludedRecords as CloudflarePreviewRequestIncludedRecords,
    )
    from .cloudflare_token import CloudflareToken as CloudflareToken
    from .cloudflare_token_list import CloudflareTokenList as CloudflareTokenList
    from .cloudflare_token_request import (
        CloudflareTokenRequest as CloudflareTokenRequest,
    )
    from .cloudflare_zone_selection import (
        CloudflareZoneSelection as CloudflareZoneSelection,
    )
    from .confirm_delete_intent_x_confirm_delete import (
        ConfirmDeleteIntentXConfirmDelete as ConfirmDeleteIntentXConfirmDelete,
    )
    from .connect_cloudflare_domains_response_200 import (
        ConnectCloudflareDomainsResponse200 as ConnectCloudflareDomainsResponse200,
    )
    from .contact import Contact as Contact
    from .contact_create_request import ContactCreateRequest as ContactCreateRequest
    from .contact_create_result import ContactCreateResult as ContactCreateResult
    from .contact_export import ContactExport as ContactExport
    from .contact_group_create_result import (
        ContactGroupCreateResult as ContactGroupCreateResult,
    )
    from .contact_group_member import ContactGroupMember as ContactGroupMember
    from .contact_group_member_list import (
        ContactGroupMemberList as ContactGroupMemberList,
    )
    from .contact_group_members_request import (
        ContactGroupMembersRequest as ContactGroupMembersRequest,
    )
    from .contact_group_request import ContactGroupRequest as ContactGroupRequest
    from .contact_import_request import ContactImportRequest as ContactImportRequest
    from .contact_import_request_format import (
        ContactImportRequestFormat as ContactImportRequestFormat,
    )
    from .contact_list import ContactList as ContactList
    from .contact_update_request import ContactUpdateRequest as ContactUpdateRequest
    from .convert_to_regular_request import (
        ConvertToRegularRequest as ConvertToRegularRequest,
    )
    from .convert_to_shared_request import (
        ConvertToSharedRequest as ConvertToSharedRequest,
    )
    from .create_domain_smtp_profile_result import (
        CreateDomainSmtpProfileResult as CreateDomainSmtpProfileResult,
    )
    from .delete_alias_response_200 import (
        DeleteAliasResponse200 as DeleteAliasResponse200,
    )
    from .delete_bulk_migration_response_200 import (
        DeleteBulkMigrationResponse200 as DeleteBulkMigrationResponse200,
    )
    from .delete_calendar_event_response_200 import (
        DeleteCalendarEventResponse200 as DeleteCalendarEventResponse200,
    )
    from .delete_cloudflare_token_response_200 import (
        DeleteCloudflareTokenResponse200 as DeleteCloudflareTokenResponse200,
    )
    from .delete_contact_group_response_200 import (
        DeleteContactGroupResponse200 as DeleteContactGroupResponse200,
    )
    from .delete_contact_response_200 import (
        DeleteContactResponse200 as DeleteContactResponse200,
    )
    from .delete_domain_response_200 import (
        DeleteDomainResponse200 as DeleteDomainResponse200,
    )
    from .delete_external_account_response_200 import (
        DeleteExternalAccountResponse200 as DeleteExternalAccountResponse200,
    )
    from .delete_folder_response_200 import (
        DeleteFolderResponse200 as DeleteFolderResponse200,
    )
    from .delete_identity_response_200 import (
        DeleteIdentityResponse200 as DeleteIdentityResponse200,
    )
    from .delete_intent import DeleteIntent as DeleteIntent
    from .delete_intent_confirm_result import (
        DeleteIntentConfirmResult as DeleteIntentConfirmResult,
    )
    from .delete_intent_confirm_result_data import (
        DeleteIntentConfirmResultData as DeleteIntentConfirmResultData,
    )
    from .delete_intent_response import DeleteIntentResponse as DeleteIntentResponse
    from .delete_mail_rule_response_200 import (
        DeleteMailRuleResponse200 as DeleteMailRuleResponse200,
    )
    from .delete_message_response_200 import (
        DeleteMessageResponse200 as DeleteMessageResponse200,
    )
    from .delete_migration_response_200 import (
        DeleteMigrationResponse200 as DeleteMigrationResponse200,
    )
    from .delete_smtp_connection_response_200 import (
        DeleteSmtpConnectionResponse200 as DeleteSmtpConnectionResponse200,
    )
    from .delete_template_response_200 import (
        DeleteTemplateResponse200 as DeleteTemplateResponse200,
    )
    from .deliverability_bounce import DeliverabilityBounce as DeliverabilityBounce
    from .deliverability_bounce_list import (
        DeliverabilityBounceList as DeliverabilityBounceList,
    )
    from .detect_external_account_response_200 import (
        DetectExternalAccountResponse200 as DetectExternalAccountResponse200,
    )
    from .dns_check import DnsCheck as DnsCheck
    from .dns_recheck_result import DnsRecheckResult as DnsRecheckResult
    from .domain import Domain as Domain
    from .domain_alias_set_request import DomainAliasSetRequest as DomainAliasSetRequest
    from .domain_alias_status import DomainAliasStatus as DomainAliasStatus
    from .domain_branding import DomainBranding as DomainBranding
    from .domain_branding_brand import DomainBrandingBrand as DomainBrandingBrand
    from .domain_branding_mail_zone import (
        DomainBrandingMailZone as DomainBrandingMailZone,
    )
    from .domain_branding_response import (
        DomainBrandingResponse as DomainBrandingResponse,
    )
    from .domain_bulk_add_error_response import (
        DomainBulkAddErrorResponse as DomainBulkAddErrorResponse,
    )
    from .domain_bulk_add_request import DomainBulkAddRequest as DomainBulkAddRequest
    from .domain_bulk_add_result import DomainBulkAddResult as DomainBulkAddResult
    from .domain_bulk_add_row import DomainBulkAddRow as DomainBulkAddRow
    from .domain_create_request import DomainCreateRequest as DomainCreateRequest
    from .domain_create_request_mail_hosting import (
        DomainCreateRequestMailHosting as DomainCreateRequestMailHosting,
    )
    from .domain_forwarding_address import (
        DomainForwardingAddress as DomainForwardingAddress,
    )
    from .domain_forwarding_address_create_request import (
        DomainForwardingAddressCreateRequest as DomainForwardingAddressCreateRequest,
    )
    from .domain_forwarding_address_delivery import (
        DomainForwardingAddressDelivery as DomainForwardingAddressDelivery,
    )
    from .domain_forwarding_address_limits import (
        DomainForwardingAddressLimits as DomainForwardingAddressLimits,
    )
    from .domain_forwarding_address_list import (
        DomainForwardingAddressList as DomainForwardingAddressList,
    )
    from .domain_forwarding_address_response import (
        DomainForwardingAddressResponse as DomainForwardingAddressResponse,
    )
    from .domain_forwarding_address_update_request import (
        DomainForwardingAddressUpdateRequest as DomainForwardingAddressUpdateRequest,
    )
    from .domain_forwarding_log import DomainForwardingLog as DomainForwardingLog
    from .domain_forwarding_log_entry import (
        DomainForwardingLogEntry as DomainForwardingLogEntry,
    )
    from .domain_forwarding_log_window import (
        DomainForwardingLogWindow as DomainForwardingLogWindow,
    )
    from .domain_list import DomainList as DomainList
    from .domain_mail_hosting_request import (
        DomainMailHostingRequest as DomainMailHostingRequest,
    )
    from .domain_mail_hosting_request_mail_hosting import (
        DomainMailHostingRequestMailHosting as DomainMailHostingRequestMailHosting,
    )
    from .domain_note_request import DomainNoteRequest as DomainNoteRequest
    from .domain_response import DomainResponse as DomainResponse
    from .domain_signature import DomainSignature as DomainSignature
    from .domain_signature_response import (
        DomainSignatureResponse as DomainSignatureResponse,
    )
    from .domain_signature_update_request import (
        DomainSignatureUpdateRequest as DomainSignatureUpdateRequest,
    )
    from .domain_signature_update_request_signature_mode import (
        DomainSignatureUpdateRequestSignatureMode as DomainSignatureUpdateRequestSignatureMode,
    )
    from .domain_signature_update_request_signature_position import (
        DomainSignatureUpdateRequestSignaturePosition as DomainSignatureUpdateRequestSignaturePosition,
    )
    from .domain_smtp import DomainSmtp as DomainSmtp
    from .domain_smtp_response import DomainSmtpResponse as DomainSmtpResponse
    from .domain_smtp_test_request import DomainSmtpTestRequest as DomainSmtpTestRequest
    from .domain_smtp_test_request_encryption import (
        DomainSmtpTestRequestEncryption as DomainSmtpTestRequestEncryption,
    )
    from .domain_smtp_test_request_mode import (
        DomainSmtpTestRequestMode as DomainSmtpTestRequestMode,
    )
    from .domain_smtp_update_request import (
        DomainSmtpUpdateRequest as DomainSmtpUpdateRequest,
    )
    from .domain_smtp_update_request_smtp_mode import (
        DomainSmtpUpdateRequestSmtpMode as DomainSmtpUpdateRequestSmtpMode,
    )
    from .draft_request import DraftRequest as DraftRequest
    from .draft_save_result import DraftSaveResult as DraftSaveResult
    from .draft_update_request import DraftUpdateRequest as DraftUpdateRequest
    from .drive_addon import DriveAddon as DriveAddon
    from .drive_addon_cancellation_preview import (
        DriveAddonCancellationPreview as DriveAddonCancellationPreview,
    )
    from .drive_addon_pricing import DriveAddonPricing as DriveAddonPricing
    from .drive_addon_response import DriveAddonResponse as DriveAddonResponse
    from .drive_all_ids import DriveAllIds as DriveAllIds
    from .drive_browse_folder_dir import DriveBrowseFolderDir as DriveBrowseFolderDir
    from .drive_browse_folder_sort import DriveBrowseFolderSort as DriveBrowseFolderSort
    from .drive_browse_subfolder_dir import (
        DriveBrowseSubfolderDir as DriveBrowseSubfolderDir,
    )
    from .drive_browse_subfolder_sort import (
        DriveBrowseSubfolderSort as DriveBrowseSubfolderSort,
    )
    from .drive_bulk_move_request import DriveBulkMoveRequest as DriveBulkMoveRequest
    from .drive_bulk_result import DriveBulkResult as DriveBulkResult
    from .drive_bulk_selection_request import (
        DriveBulkSelectionRequest as DriveBulkSelectionRequest,
    )
    from .drive_device import DriveDevice as DriveDevice
    from .drive_device_create_request import (
        DriveDeviceCreateRequest as DriveDeviceCreateRequest,
    )
    from .drive_device_create_request_scopes_item import (
        DriveDeviceCreateRequestScopesItem as DriveDeviceCreateRequestScopesItem,
    )
    from .drive_device_list import DriveDeviceList as DriveDeviceList
    from .drive_device_revoke_response_200 import (
        DriveDeviceRevokeResponse200 as DriveDeviceRevokeResponse200,
    )
    from .drive_device_revoke_response_200_data import (
        DriveDeviceRevokeResponse200Data as DriveDeviceRevokeResponse200Data,
    )
    from .drive_device_rotate_request import (
        DriveDeviceRotateRequest as DriveDeviceRotateRequest,
    )
    from .drive_device_secret import DriveDeviceSecret as DriveDeviceSecret
    from .drive_device_secret_response import (
        DriveDeviceSecretResponse as DriveDeviceSecretResponse,
    )
    from .drive_download_url import DriveDownloadUrl as DriveDownloadUrl
    from .drive_file import DriveFile as DriveFile
    from .drive_file_move_request import DriveFileMoveRequest as DriveFileMoveRequest
    from .drive_file_rename_request import (
        DriveFileRenameRequest as DriveFileRenameRequest,
    )
    from .drive_file_response import DriveFileResponse as DriveFileResponse
    from .drive_file_result import DriveFileResult as DriveFileResult
    from .drive_folder import DriveFolder as DriveFolder
    from .drive_folder_create_request import (
        DriveFolderCreateRequest as DriveFolderCreateRequest,
    )
    from .drive_folder_create_result import (
        DriveFolderCreateResult as DriveFolderCreateResult,
    )
    from .drive_folder_move_request import (
        DriveFolderMoveRequest as DriveFolderMoveRequest,
    )
    from .drive_folder_result import DriveFolderResult as DriveFolderResult
    from .drive_folder_tree import DriveFolderTree as DriveFolderTree
    from .drive_folder_update_request import (
        DriveFolderUpdateRequest as DriveFolderUpdateRequest,
    )
    from .drive_item import DriveItem as DriveItem
    from .drive_item_page import DriveItemPage as DriveItemPage
    from .drive_purge_result import DrivePurgeResult as DrivePurgeResult
    from .drive_share_link import DriveShareLink as DriveShareLink
    from .drive_share_link_create_request import (
        DriveShareLinkCreateRequest as DriveShareLinkCreateRequest,
    )
    from .drive_share_link_create_response import (
        DriveShareLinkCreateResponse as DriveShareLinkCreateResponse,
    )
    from .drive_share_link_created import DriveShareLinkCreated as DriveShareLinkCreated
    from .drive_share_link_list import DriveShareLinkList as DriveShareLinkList
    from .drive_share_revoke_result import (
        DriveShareRevokeResult as DriveShareRevokeResult,
    )
    from .drive_space import DriveSpace as DriveSpace
    from .drive_space_list import DriveSpaceList as DriveSpaceList
    from .drive_space_usage import DriveSpaceUsage as DriveSpaceUsage
    from .drive_storage_summary import DriveStorageSummary as DriveStorageSummary
    from .drive_storage_summary_response import (
        DriveStorageSummaryResponse as DriveStorageSummaryResponse,
    )
    from .drive_trash_empty_result import DriveTrashEmptyResult as DriveTrashEmptyResult
    from .drive_trash_result import DriveTrashResult as DriveTrashResult
    from .drive_upload_abort_result import (
        DriveUploadAbortResult as DriveUploadAbortResult,
    )
    from .drive_upload_complete_request import (
        DriveUploadCompleteRequest as DriveUploadCompleteRequest,
    )
    from .drive_upload_completed_part import (
        DriveUploadCompletedPart as DriveUploadCompletedPart,
    )
    from .drive_upload_headers import DriveUploadHeaders as DriveUploadHeaders
    from .drive_upload_initiate_request import (
        DriveUploadInitiateRequest as DriveUploadInitiateRequest,
    )
    from .drive_upload_part_url import DriveUploadPartUrl as DriveUploadPartUrl
    from .drive_upload_part_urls import DriveUploadPartUrls as DriveUploadPartUrls
    from .drive_upload_refresh_parts_request import (
        DriveUploadRefreshPartsRequest as DriveUploadRefreshPartsRequest,
    )
    from .drive_upload_session import DriveUploadSession as DriveUploadSession
    from .empty_folder_response_200 import (
        EmptyFolderResponse200 as EmptyFolderResponse200,
    )
    from .enable_imap_request import EnableImapRequest as EnableImapRequest
    from .error_body import ErrorBody as ErrorBody
    from .error_response import ErrorResponse as ErrorResponse
    from .export_contacts_format import ExportContactsFormat as ExportContactsFormat
    from .external_account import ExternalAccount as ExternalAccount
    from .external_account_connection_request import (
        ExternalAccountConnectionRequest as ExternalAccountConnectionRequest,
    )
    from .external_account_connection_request_imap_encryption import (
        ExternalAccountConnectionRequestImapEncryption as ExternalAccountConnectionRequestImapEncryption,
    )
    from .external_account_connection_request_imap_port import (
        ExternalAccountConnectionRequestImapPort as ExternalAccountConnectionRequestImapPort,
    )
    from .external_account_connection_request_provider import (
        ExternalAccountConnectionRequestProvider as ExternalAccountConnectionRequestProvider,
    )
    from .external_account_connection_request_smtp_encryption import (
        ExternalAccountConnectionRequestSmtpEncryption as ExternalAccountConnectionRequestSmtpEncryption,
    )
    from .external_account_connection_request_smtp_port import (
        ExternalAccountConnectionRequestSmtpPort as ExternalAccountConnectionRequestSmtpPort,
    )
    from .external_account_create_request import (
        ExternalAccountCreateRequest as ExternalAccountCreateRequest,
    )
    from .external_account_create_request_imap_encryption import (
        ExternalAccountCreateRequestImapEncryption as ExternalAccountCreateRequestImapEncryption,
    )
    from .external_account_create_request_imap_port import (
        ExternalAccountCreateRequestImapPort as ExternalAccountCreateRequestImapPort,
    )
    from .external_account_create_request_provider import (
        ExternalAccountCreateRequestProvider as ExternalAccountCreateRequestProvider,
    )
    from .external_account_create_request_smtp_encryption import (
        ExternalAccountCreateRequestSmtpEncryption as ExternalAccountCreateRequestSmtpEncryption,
    )
    from .external_account_create_request_smtp_port import (
        ExternalAccountCreateRequestSmtpPort as ExternalAccountCreateRequestSmtpPort,
    )
    from .external_account_create_result import (
        ExternalAccountCreateResult as ExternalAccountCreateResult,
    )
    from .external_account_detect_request import (
        ExternalAccountDetectRequest as ExternalAccountDetectRequest,
    )
    from .external_account_list import ExternalAccountList as ExternalAccountList
    from .external_account_retest_request import (
        ExternalAccountRetestRequest as ExternalAccountRetestRequest,
    )
    from .external_account_update_request import (
        ExternalAccountUpdateRequest as ExternalAccountUpdateRequest,
    )
    from .external_account_update_request_imap_encryption import (
        ExternalAccountUpdateRequestImapEncryption as ExternalAccountUpdateRequestImapEncryption,
    )
    from .external_account_update_request_imap_port import (
        ExternalAccountUpdateRequestImapPort as ExternalAccountUpdateRequestImapPort,
    )
    from .external_account_update_request_smtp_encryption import (
        ExternalAccountUpdateRequestSmtpEncryption as ExternalAccountUpdateRequestSmtpEncryption,
    )
    from .external_account_update_request_smtp_port import (
        ExternalAccountUpdateRequestSmtpPort as ExternalAccountUpdateRequestSmtpPort,
    )
    from .folder import Folder as Folder
    from .folder_create_request import FolderCreateRequest as FolderCreateRequest
    from .folder_create_result import FolderCreateResult as FolderCreateResult
    from .folder_empty_request import FolderEmptyRequest as FolderEmptyRequest
    from .folder_empty_request_folder import (
        FolderEmptyRequestFolder as FolderEmptyRequestFolder,
    )
    from .folder_list_response import FolderListResponse as FolderListResponse
    from .folder_rename_request import FolderRenameRequest as FolderRenameRequest
    from .forwarding import Forwarding as Forwarding
    from .forwarding_address_delete_result import (
        ForwardingAddressDeleteResult as ForwardingAddressDeleteResult,
    )
    from .forwarding_response import ForwardingResponse as ForwardingResponse
    from .forwarding_update_request import (
        ForwardingUpdateRequest as ForwardingUpdateRequest,
    )
    from .get_apple_mail_profile_lang import (
        GetAppleMailProfileLang as GetAppleMailProfileLang,
    )
    from .get_dns_requirements_response_200 import (
        GetDnsRequirementsResponse200 as GetDnsRequirementsResponse200,
    )
    from .get_domain_connect_setup_response_200 import (
        GetDomainConnectSetupResponse200 as GetDomainConnectSetupResponse200,
    )
    from .get_domain_deliverability_response_200 import (
        GetDomainDeliverabilityResponse200 as GetDomainDeliverabilityResponse200,
    )
    from .get_domain_deliverability_response_200_data import (
        GetDomainDeliverabilityResponse200Data as GetDomainDeliverabilityResponse200Data,
    )
    from .get_mail_client_setup_lang import (
        GetMailClientSetupLang as GetMailClientSetupLang,
    )
    from .get_sending_limits_response_200 import (
        GetSendingLimitsResponse200 as GetSendingLimitsResponse200,
    )
    from .get_smtp_test_status_response_200 import (
        GetSmtpTestStatusResponse200 as GetSmtpTestStatusResponse200,
    )
    from .get_spam_metrics_response_200 import (
        GetSpamMetricsResponse200 as GetSpamMetricsResponse200,
    )
    from .get_spam_summary_response_200 import (
        GetSpamSummaryResponse200 as GetSpamSummaryResponse200,
    )
    from .get_white_label_access_catalog_response_200 import (
        GetWhiteLabelAccessCatalogResponse200 as GetWhiteLabelAccessCatalogResponse200,
    )
    from .get_white_label_member_response_200 import (
        GetWhiteLabelMemberResponse200 as GetWhiteLabelMemberResponse200,
    )
    from .identity import Identity as Identity
    from .identity_create_request import IdentityCreateRequest as IdentityCreateRequest
    from .identity_create_request_kind import (
        IdentityCreateRequestKind as IdentityCreateRequestKind,
    )
    from .identity_create_request_smtp_mode import (
        IdentityCreateRequestSmtpMode as IdentityCreateRequestSmtpMode,
    )
    from .identity_delete_request import IdentityDeleteRequest as IdentityDeleteRequest
    from .identity_list import IdentityList as IdentityList
    from .identity_result import IdentityResult as IdentityResult
    from .identity_update_request import IdentityUpdateRequest as IdentityUpdateRequest
    from .identity_update_request_smtp_mode import (
        IdentityUpdateRequestSmtpMode as IdentityUpdateRequestSmtpMode,
    )
    from .import_contacts_response_200 import (
        ImportContactsResponse200 as ImportContactsResponse200,
    )
    from .invite import Invite as Invite
    from .invite_bulk_create_request import (
        InviteBulkCreateRequest as InviteBulkCreateRequest,
    )
    from .invite_bulk_error_response import (
        InviteBulkErrorResponse as InviteBulkErrorResponse,
    )
    from .invite_bulk_item import InviteBulkItem as InviteBulkItem
    from .invite_bulk_result import InviteBulkResult as InviteBulkResult
    from .invite_bulk_row import InviteBulkRow as InviteBulkRow
    from .invite_create_request import InviteCreateRequest as InviteCreateRequest
    from .invite_response import InviteResponse as InviteResponse
    from .invoice import Invoice as Invoice
    from .invoice_list import InvoiceList as InvoiceList
    from .legacy_smtp_config import LegacySmtpConfig as LegacySmtpConfig
    from .legacy_smtp_test_request import LegacySmtpTestRequest as LegacySmtpTestRequest
    from .legacy_smtp_test_request_encryption import (
        LegacySmtpTestRequestEncryption as LegacySmtpTestRequestEncryption,
    )
    from .legacy_smtp_update_request import (
        LegacySmtpUpdateRequest as LegacySmtpUpdateRequest,
    )
    from .legacy_smtp_update_request_encryption import (
        LegacySmtpUpdateRequestEncryption as LegacySmtpUpdateRequestEncryption,
    )
    from .legacy_smtp_update_request_mode import (
        LegacySmtpUpdateRequestMode as LegacySmtpUpdateRequestMode,
    )
    from .list_blocked_senders_response_200 import (
        ListBlockedSendersResponse200 as ListBlockedSendersResponse200,
    )
    from .list_bulk_migrations_status import (
        ListBulkMigrationsStatus as ListBulkMigrationsStatus,
    )
    from .list_cloudflare_zones_response_200 import (
        ListCloudflareZonesResponse200 as ListCloudflareZonesResponse200,
    )
    from .list_contact_groups_response_200 import (
        ListContactGroupsResponse200 as ListContactGroupsResponse200,
    )
    from .list_domain_bounces_type import ListDomainBouncesType as ListDomainBouncesType
    from .list_domains_status import ListDomainsStatus as ListDomainsStatus
    from .list_mailbox_bounces_type import (
        ListMailboxBouncesType as ListMailboxBouncesType,
    )
    from .list_migrations_status import ListMigrationsStatus as ListMigrationsStatus
    from .list_scheduled_status import ListScheduledStatus as ListScheduledStatus
    from .list_templates_response_200 import (
        ListTemplatesResponse200 as ListTemplatesResponse200,
    )
    from .list_tickets_category import ListTicketsCategory as ListTicketsCategory
    from .list_tickets_status import ListTicketsStatus as ListTicketsStatus
    from .list_white_label_members_role import (
        ListWhiteLabelMembersRole as ListWhiteLabelMembersRole,
    )
    from .list_white_label_members_status import (
        ListWhiteLabelMembersStatus as ListWhiteLabelMembersStatus,
    )
    from .mail_client_setup import MailClientSetup as MailClientSetup
    from .mail_client_setup_response import (
        MailClientSetupResponse as MailClientSetupResponse,
    )
    from .mail_client_setup_shared_mailbox import (
        MailClientSetupSharedMailbox as MailClientSetupSharedMailbox,
    )
    from .mail_client_setup_shared_mailboxes_type_0 import (
        MailClientSetupSharedMailboxesType0 as MailClientSetupSharedMailboxesType0,
    )
    from .mail_rule import MailRule as MailRule
    from .mail_rule_action_info import MailRuleActionInfo as MailRuleActionInfo
    from .mail_rule_condition_info import MailRuleConditionInfo as MailRuleConditionInfo
    from .mail_rule_list import MailRuleList as MailRuleList
    from .mail_rule_reorder_request import (
        MailRuleReorderRequest as MailRuleReorderRequest,
    )
    from .mail_rule_reorder_result import MailRuleReorderResult as MailRuleReorderResult
    from .mail_rule_request import MailRuleRequest as MailRuleRequest
    from .mail_rule_request_match_type import (
        MailRuleRequestMatchType as MailRuleRequestMatchType,
    )
    from .mail_rule_response import MailRuleResponse as MailRuleResponse
    from .mailbox import Mailbox as Mailbox
    from .mailbox_action_result import MailboxActionResult as MailboxActionResult
    from .mailbox_action_result_data import (
        MailboxActionResultData as MailboxActionResultData,
    )
    from .mailbox_bulk_counts import MailboxBulkCounts as MailboxBulkCounts
    from .mailbox_bulk_create_request import (
        MailboxBulkCreateRequest as MailboxBulkCreateRequest,
    )
    from .mailbox_bulk_create_request_password_mode import (
        MailboxBulkCreateRequestPasswordMode as MailboxBulkCreateRequestPasswordMode,
    )
    from .mailbox_bulk_error_response import (
        MailboxBulkErrorResponse as MailboxBulkErrorResponse,
    )
    from .mailbox_bulk_item import MailboxBulkItem as MailboxBulkItem
    from .mailbox_bulk_result import MailboxBulkResult as MailboxBulkResult
    from .mailbox_bulk_row import MailboxBulkRow as MailboxBulkRow
    from .mailbox_client_auth_mode_bulk_request import (
        MailboxClientAuthModeBulkRequest as MailboxClientAuthModeBulkRequest,
    )
    from .mailbox_client_auth_mode_bulk_request_mode import (
        MailboxClientAuthModeBulkRequestMode as MailboxClientAuthModeBulkRequestMode,
    )
    from .mailbox_client_auth_mode_bulk_result import (
        MailboxClientAuthModeBulkResult as MailboxClientAuthModeBulkResult,
    )
    from .mailbox_client_auth_mode_bulk_result_data import (
        MailboxClientAuthModeBulkResultData as MailboxClientAuthModeBulkResultData,
    )
    from .mailbox_client_auth_mode_request import (
        MailboxClientAuthModeRequest as MailboxClientAuthModeRequest,
    )
    from .mailbox_client_auth_mode_request_mode import (
        MailboxClientAuthModeRequestMode as MailboxClientAuthModeRequestMode,
    )
    from .mailbox_create_request import MailboxCreateRequest as MailboxCreateRequest
    from .mailbox_create_request_client_auth_mode import (
        MailboxCreateRequestClientAuthMode as MailboxCreateRequestClientAuthMode,
    )
    from .mailbox_create_request_password_mode import (
        MailboxCreateRequestPasswordMode as MailboxCreateRequestPasswordMode,
    )
    from .mailbox_create_response import MailboxCreateResponse as MailboxCreateResponse
    from .mailbox_created import MailboxCreated as MailboxCreated
    from .mailbox_drive_access_request import (
        MailboxDriveAccessRequest as MailboxDriveAccessRequest,
    )
    from .mailbox_drive_access_request_drive_access import (
        MailboxDriveAccessRequestDriveAccess as MailboxDriveAccessRequestDriveAccess,
    )
    from .mailbox_drive_access_result import (
        MailboxDriveAccessResult as MailboxDriveAccessResult,
    )
    from .mailbox_drive_access_result_data import (
        MailboxDriveAccessResultData as MailboxDriveAccessResultData,
    )
    from .mailbox_list import MailboxList as MailboxList
    from .mailbox_login_access_request import (
        MailboxLoginAccessRequest as MailboxLoginAccessRequest,
    )
    from .mailbox_login_access_result import (
        MailboxLoginAccessResult as MailboxLoginAccessResult,
    )
    from .mailbox_note_request import MailboxNoteRequest as MailboxNoteRequest
    from .mailbox_password_request import (
        MailboxPasswordRequest as MailboxPasswordRequest,
    )
    from .mailbox_password_result import MailboxPasswordResult as MailboxPasswordResult
    from .mailbox_response import MailboxResponse as MailboxResponse
    from .mailbox_suspend_login_request import (
        MailboxSuspendLoginRequest as MailboxSuspendLoginRequest,
    )
    from .mailbox_update_request import MailboxUpdateRequest as MailboxUpdateRequest
    from .mailbox_update_request_drive_access import (
        MailboxUpdateRequestDriveAccess as MailboxUpdateRequestDriveAccess,
    )
    from .me_response import MeResponse as MeResponse
    from .me_token import MeToken as MeToken
    from .message import Message as Message
    from .message_attachment_content import (
        MessageAttachmentContent as MessageAttachmentContent,
    )
    from .message_attachments_archive import (
        MessageAttachmentsArchive as MessageAttachmentsArchive,
    )
    from .message_body import MessageBody as MessageBody
    from .message_bulk_action_request import (
        MessageBulkActionRequest as MessageBulkActionRequest,
    )
    from .message_bulk_action_request_action import (
        MessageBulkActionRequestAction as MessageBulkActionRequestAction,
    )
    from .message_cursor_pagination import (
        MessageCursorPagination as MessageCursorPagination,
    )
    from .message_delivery import MessageDelivery as MessageDelivery
    from .message_flags_request import MessageFlagsRequest as MessageFlagsRequest
    from .message_flags_request_flags import (
        MessageFlagsRequestFlags as MessageFlagsRequestFlags,
    )
    from .message_flags_result import MessageFlagsResult as MessageFlagsResult
    from .message_flags_state import MessageFlagsState as MessageFlagsState
    from .message_list_pagination import MessageListPagination as MessageListPagination
    from .message_list_response import MessageListResponse as MessageListResponse
    from .message_me_response import MessageMeResponse as MessageMeResponse
    from .message_move_request import MessageMoveRequest as MessageMoveRequest
    from .message_send_failure import MessageSendFailure as MessageSendFailure
    from .message_sending_limits import MessageSendingLimits as MessageSendingLimits
    from .message_summary import MessageSummary as MessageSummary
    from .message_token import MessageToken as MessageToken
    from .message_token_create_request import (
        MessageTokenCreateRequest as MessageTokenCreateRequest,
    )
    from .message_token_create_request_expires_in import (
        MessageTokenCreateRequestExpiresIn as MessageTokenCreateRequestExpiresIn,
    )
    from .message_token_create_request_scopes_item import (
        MessageTokenCreateRequestScopesItem as MessageTokenCreateRequestScopesItem,
    )
    from .message_token_create_response import (
        MessageTokenCreateResponse as MessageTokenCreateResponse,
    )
    from .message_token_created import MessageTokenCreated as MessageTokenCreated
    from .message_token_list import MessageTokenList as MessageTokenList
    from .message_token_revoke_result import (
        MessageTokenRevokeResult as MessageTokenRevokeResult,
    )
    from .message_token_update_request import (
        MessageTokenUpdateRequest as MessageTokenUpdateRequest,
    )
    from .message_token_update_request_expires_in import (
        MessageTokenUpdateRequestExpiresIn as MessageTokenUpdateRequestExpiresIn,
    )
    from .message_token_update_request_scopes_item import (
        MessageTokenUpdateRequestScopesItem as MessageTokenUpdateRequestScopesItem,
    )
    from .message_token_update_result import (
        MessageTokenUpdateResult as MessageTokenUpdateResult,
    )
    from .migration import Migration as Migration
    from .migration_action_result import MigrationActionResult as MigrationActionResult
    from .migration_connection_test_request import (
        MigrationConnectionTestRequest as MigrationConnectionTestRequest,
    )
    from .migration_connection_test_request_source_security import (
        MigrationConnectionTestRequestSourceSecurity as MigrationConnectionTestRequestSourceSecurity,
    )
    from .migration_connection_test_result import (
        MigrationConnectionTestResult as MigrationConnectionTestResult,
    )
    from .migration_connection_test_result_folders_type_0 import (
        MigrationConnectionTestResultFoldersType0 as MigrationConnectionTestResultFoldersType0,
    )
    from .migration_list import MigrationList as MigrationList
    from .migration_response import MigrationResponse as MigrationResponse
    from .migration_start_request import MigrationStartRequest as MigrationStartRequest
    from .migration_start_request_provider import (
        MigrationStartRequestProvider as MigrationStartRequestProvider,
    )
    from .migration_start_request_source_security import (
        MigrationStartRequestSourceSecurity as MigrationStartRequestSourceSecurity,
    )
    from .move_message_response_200 import (
        MoveMessageResponse200 as MoveMessageResponse200,
    )
    from .outgoing_attachment import OutgoingAttachment as OutgoingAttachment
    from .page_links import PageLinks as PageLinks
    from .page_meta import PageMeta as PageMeta
    from .ping_messages_response_200 import (
        PingMessagesResponse200 as PingMessagesResponse200,
    )
    from .prepared_message import PreparedMessage as PreparedMessage
    from .preview_cloudflare_dns_response_200 import (
        PreviewCloudflareDnsResponse200 as PreviewCloudflareDnsResponse200,
    )
    from .preview_cloudflare_dns_response_200_domains import (
        PreviewCloudflareDnsResponse200Domains as PreviewCloudflareDnsResponse200Domains,
    )
    from .raw_message import RawMessage as RawMessage
    from .remove_contact_group_members_response_200 import (
        RemoveContactGroupMembersResponse200 as RemoveContactGroupMembersResponse200,
    )
    from .remove_domain_brand_logo_response_200 import (
        RemoveDomainBrandLogoResponse200 as RemoveDomainBrandLogoResponse200,
    )
    from .remove_domain_brand_logo_slot import (
        RemoveDomainBrandLogoSlot as RemoveDomainBrandLogoSlot,
    )
    from .remove_domain_branding_response_200 import (
        RemoveDomainBrandingResponse200 as RemoveDomainBrandingResponse200,
    )
    from .remove_domain_branding_scope import (
        RemoveDomainBrandingScope as RemoveDomainBrandingScope,
    )
    from .remove_shared_mailbox_member_response_200 import (
        RemoveSharedMailboxMemberResponse200 as RemoveSharedMailboxMemberResponse200,
    )
    from .remove_white_label_member_response_200 import (
        RemoveWhiteLabelMemberResponse200 as RemoveWhiteLabelMemberResponse200,
    )
    from .rename_folder_response_200 import (
        RenameFolderResponse200 as RenameFolderResponse200,
    )
    from .reply_from_policy_request import (
        ReplyFromPolicyRequest as ReplyFromPolicyRequest,
    )
    from .reply_from_policy_request_reply_from_policy import (
        ReplyFromPolicyRequestReplyFromPolicy as ReplyFromPolicyRequestReplyFromPolicy,
    )
    from .reply_from_policy_result import ReplyFromPolicyResult as ReplyFromPolicyResult
    from .report_ham_request import ReportHamRequest as ReportHamRequest
    from .report_ham_response_200 import ReportHamResponse200 as ReportHamResponse200
    from .report_spam_request import ReportSpamRequest as ReportSpamRequest
    from .report_spam_response_200 import ReportSpamResponse200 as ReportSpamResponse200
    from .reschedule_message_request import (
        RescheduleMessageRequest as RescheduleMessageRequest,
    )
    from .reschedule_message_response_200 import (
        RescheduleMessageResponse200 as RescheduleMessageResponse200,
    )
    from .resend_white_label_invitation_response_200 import (
        ResendWhiteLabelInvitationResponse200 as ResendWhiteLabelInvitationResponse200,
    )
    from .restore_white_label_member_response_200 import (
        RestoreWhiteLabelMemberResponse200 as RestoreWhiteLabelMemberResponse200,
    )
    from .resume_white_label_member_response_200 import (
        ResumeWhiteLabelMemberResponse200 as ResumeWhiteLabelMemberResponse200,
    )
    from .retry_domain_dkim_response_200 import (
        RetryDomainDkimResponse200 as RetryDomainDkimResponse200,
    )
    from .revoke_mailbox_app_password_response_200 import (
        RevokeMailboxAppPasswordResponse200 as RevokeMailboxAppPasswordResponse200,
    )
    from .rule_action import RuleAction as RuleAction
    from .rule_action_type import RuleActionType as RuleActionType
    from .rule_condition import RuleCondition as RuleCondition
    from .rule_condition_field import RuleConditionField as RuleConditionField
    from .rule_condition_operator import RuleConditionOperator as RuleConditionOperator
    from .schedule_message_request import (
        ScheduleMessageRequest as ScheduleMessageRequest,
    )
    from .scheduled_message import ScheduledMessage as ScheduledMessage
    from .scheduled_message_create_result import (
        ScheduledMessageCreateResult as ScheduledMessageCreateResult,
    )
    from .scheduled_message_list import ScheduledMessageList as ScheduledMessageList
    from .send_message_request import SendMessageRequest as SendMessageRequest
    from .send_message_request_headers import (
        SendMessageRequestHeaders as SendMessageRequestHeaders,
    )
    from .send_message_result import SendMessageResult as SendMessageResult
    from .set_domain_brand_logo_slot import (
        SetDomainBrandLogoSlot as SetDomainBrandLogoSlot,
    )
    from .set_domain_mail_hosting_response_200 import (
        SetDomainMailHostingResponse200 as SetDomainMailHostingResponse200,
    )
    from .shared_mailbox_create_request import (
        SharedMailboxCreateRequest as SharedMailboxCreateRequest,
    )
    from .shared_mailbox_member import SharedMailboxMember as SharedMailboxMember
    from .shared_mailbox_member_add_request import (
        SharedMailboxMemberAddRequest as SharedMailboxMemberAddRequest,
    )
    from .shared_mailbox_member_list import (
        SharedMailboxMemberList as SharedMailboxMemberList,
    )
    from .shared_mailbox_member_response import (
        SharedMailboxMemberResponse as SharedMailboxMemberResponse,
    )
    from .shared_mailbox_member_update_request import (
        SharedMailboxMemberUpdateRequest as SharedMailboxMemberUpdateRequest,
    )
    from .sieve_script import SieveScript as SieveScript
    from .sieve_script_request import SieveScriptRequest as SieveScriptRequest
    from .sieve_script_response import SieveScriptResponse as SieveScriptResponse
    from .smtp_default import SmtpDefault as SmtpDefault
    from .smtp_default_response import SmtpDefaultResponse as SmtpDefaultResponse
    from .smtp_default_update_request import (
        SmtpDefaultUpdateRequest as SmtpDefaultUpdateRequest,
    )
    from .smtp_default_update_request_smtp_mode import (
        SmtpDefaultUpdateRequestSmtpMode as SmtpDefaultUpdateRequestSmtpMode,
    )
    from .smtp_profile import SmtpProfile as SmtpProfile
    from .smtp_profile_create_request import (
        SmtpProfileCreateRequest as SmtpProfileCreateRequest,
    )
    from .smtp_profile_create_request_encryption import (
        SmtpProfileCreateRequestEncryption as SmtpProfileCreateRequestEncryption,
    )
    from .smtp_profile_create_request_port import (
        SmtpProfileCreateRequestPort as SmtpProfileCreateRequestPort,
    )
    from .smtp_profile_delete_result import (
        SmtpProfileDeleteResult as SmtpProfileDeleteResult,
    )
    from .smtp_profile_delete_result_data import (
        SmtpProfileDeleteResultData as SmtpProfileDeleteResultData,
    )
    from .smtp_profile_list import SmtpProfileList as SmtpProfileList
    from .smtp_profile_update_request import (
        SmtpProfileUpdateRequest as SmtpProfileUpdateRequest,
    )
    from .smtp_profile_update_request_encryption import (
        SmtpProfileUpdateRequestEncryption as SmtpProfileUpdateRequestEncryption,
    )
    from .smtp_profile_update_request_port import (
        SmtpProfileUpdateRequestPort as SmtpProfileUpdateRequestPort,
    )
    from .smtp_profile_usage import SmtpProfileUsage as SmtpProfileUsage
    from .smtp_profile_usage_item import SmtpProfileUsageItem as SmtpProfileUsageItem
    from .smtp_profile_usage_response import (
        SmtpProfileUsageResponse as SmtpProfileUsageResponse,
    )
    from .smtp_test_job import SmtpTestJob as SmtpTestJob
    from .smtp_test_status_response import (
        SmtpTestStatusResponse as SmtpTestStatusResponse,
    )
    from .smtp_test_status_response_data import (
        SmtpTestStatusResponseData as SmtpTestStatusResponseData,
    )
    from .suspend_white_label_member_response_200 import (
        SuspendWhiteLabelMemberResponse200 as SuspendWhiteLabelMemberResponse200,
    )
    from .template_create_request import TemplateCreateRequest as TemplateCreateRequest
    from .template_create_result import TemplateCreateResult as TemplateCreateResult
    from .template_update_request import TemplateUpdateRequest as TemplateUpdateRequest
    from .test_external_account_response_200 import (
        TestExternalAccountResponse200 as TestExternalAccountResponse200,
    )
    from .test_saved_external_account_response_200 import (
        TestSavedExternalAccountResponse200 as TestSavedExternalAccountResponse200,
    )
    from .ticket import Ticket as Ticket
    from .ticket_action_result import TicketActionResult as TicketActionResult
    from .ticket_action_result_data import (
        TicketActionResultData as TicketActionResultData,
    )
    from .ticket_create_request import TicketCreateRequest as TicketCreateRequest
    from .ticket_create_request_category import (
        TicketCreateRequestCategory as TicketCreateRequestCategory,
    )
    from .ticket_create_request_priority import (
        TicketCreateRequestPriority as TicketCreateRequestPriority,
    )
    from .ticket_list import TicketList as TicketList
    from .ticket_message import TicketMessage as TicketMessage
    from .ticket_message_list import TicketMessageList as TicketMessageList
    from .ticket_reply_request import TicketReplyRequest as TicketReplyRequest
    from .ticket_response import TicketResponse as TicketResponse
    from .unblock_sender_response_200 import (
        UnblockSenderResponse200 as UnblockSenderResponse200,
    )
    from .update_calendar_event_response_200 import (
        UpdateCalendarEventResponse200 as UpdateCalendarEventResponse200,
    )
    from .update_contact_group_response_200 import (
        UpdateContactGroupResponse200 as UpdateContactGroupResponse200,
    )
    from .update_contact_response_200 import (
        UpdateContactResponse200 as UpdateContactResponse200,
    )
    from .update_domain_catch_all_response_200 import (
        UpdateDomainCatchAllResponse200 as UpdateDomainCatchAllResponse200,
    )
    from .update_domain_note_response_200 import (
        UpdateDomainNoteResponse200 as UpdateDomainNoteResponse200,
    )
    from .update_domain_smtp_profile_response_200 import (
        UpdateDomainSmtpProfileResponse200 as UpdateDomainSmtpProfileResponse200,
    )
    from .update_external_account_response_200 import (
        UpdateExternalAccountResponse200 as UpdateExternalAccountResponse200,
    )
    from .update_smtp_config_response_200 import (
        UpdateSmtpConfigResponse200 as UpdateSmtpConfigResponse200,
    )
    from .update_template_response_200 import (
        UpdateTemplateResponse200 as UpdateTemplateResponse200,
    )
    from .upload_sieve_script_response_200 import (
        UploadSieveScriptResponse200 as UploadSieveScriptResponse200,
    )
    from .validate_cloudflare_token_response_200 import (
        ValidateCloudflareTokenResponse200 as ValidateCloudflareTokenResponse200,
    )
    from .verify_bulk_job_created import VerifyBulkJobCreated as VerifyBulkJobCreated
    from .verify_bulk_job_created_breakdown_type_0 import (
        VerifyBulkJobCreatedBreakdownType0 as VerifyBulkJobCreatedBreakdownType0,
    )
    from .verify_bulk_job_created_data import (
        VerifyBulkJobCreatedData as VerifyBulkJobCreatedData,
    )
    from .verify_bulk_request import VerifyBulkRequest as VerifyBulkRequest
    from .verify_bulk_request_mode import VerifyBulkRequestMode as VerifyBulkRequestMode
    from .verify_credits import VerifyCredits as VerifyCredits
    from .verify_delete_job_response_200 import (
        VerifyDeleteJobResponse200 as VerifyDeleteJobResponse200,
    )
    from .verify_email_request import VerifyEmailRequest as VerifyEmailRequest
    from .verify_email_request_mode import (
        VerifyEmailRequestMode as VerifyEmailRequestMode,
    )
    from .verify_email_result import VerifyEmailResult as VerifyEmailResult
    from .verify_email_result_checks import (
        VerifyEmailResultChecks as VerifyEmailResultChecks,
    )
    from .verify_job import VerifyJob as VerifyJob
    from .verify_job_cancel_result import VerifyJobCancelResult as VerifyJobCancelResult
    from .verify_job_download_filter import (
        VerifyJobDownloadFilter as VerifyJobDownloadFilter,
    )
    from .verify_job_list import VerifyJobList as VerifyJobList
    from .verify_job_status import VerifyJobStatus as VerifyJobStatus
    from .verify_job_status_data_item import (
        VerifyJobStatusDataItem as VerifyJobStatusDataItem,
    )
    from .verify_job_status_status import VerifyJobStatusStatus as VerifyJobStatusStatus
    from .verify_list_jobs_status import VerifyListJobsStatus as VerifyListJobsStatus
    from .white_label import WhiteLabel as WhiteLabel
    from .white_label_activity_entry import (
        WhiteLabelActivityEntry as WhiteLabelActivityEntry,
    )
    from .white_label_activity_list import (
        WhiteLabelActivityList as WhiteLabelActivityList,
    )
    from .white_label_entitlement import WhiteLabelEntitlement as WhiteLabelEntitlement
    from .white_label_invitation import WhiteLabelInvitation as WhiteLabelInvitation
    from .white_label_member import WhiteLabelMember as WhiteLabelMember
    from .white_label_member_activity import (
        WhiteLabelMemberActivity as WhiteLabelMemberActivity,
    )
    from .white_label_member_invite import (
        WhiteLabelMemberInvite as WhiteLabelMemberInvite,
    )
    from .white_label_member_invite_request import (
        WhiteLabelMemberInviteRequest as WhiteLabelMemberInviteRequest,
    )
    from .white_label_member_invite_request_role import (
        WhiteLabelMemberInviteRequestRole as WhiteLabelMemberInviteRequestRole,
    )
    from .white_label_member_list import WhiteLabelMemberList as WhiteLabelMemberList
    from .white_label_member_update_request import (
        WhiteLabelMemberUpdateRequest as WhiteLabelMemberUpdateRequest,
    )
    from .white_label_member_update_request_role import (
        WhiteLabelMemberUpdateRequestRole as WhiteLabelMemberUpdateRequestRole,
    )

_MODULE_OF: dict[str, str] = {
    "Account": "account",
    "AccountFeatures": "account_features",
    "AccountLimits": "account_limits",
    "AccountResponse": "account_response",
    "AccountUpdateRequest": "account_update_request",
    "AccountUpdateRequestNewMailboxClientAuthMode": "account_update_request_new_mailbox_client_auth_mode",
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
    "ApplyCloudflareDnsResponse200Domains": "apply_cloudflare_dns_response_200_domains",
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
    "BulkMigrationPreviewRequestFolderStrategy": "bulk_migration_preview_request_folder_strategy",
    "BulkMigrationPreviewRequestProvider": "bulk_migration_preview_request_provider",
    "BulkMigrationPreviewRequestSourceSecurity": "bulk_migration_preview_request_source_security",
    "BulkMigrationPreviewResult": "bulk_migration_preview_result",
    "BulkMigrationPreviewResultData": "bulk_migration_preview_result_data",
    "BulkMigrationResponse": "bulk_migration_response",
    "BulkMigrationStartRequest": "bulk_migration_start_request",
    "BulkMigrationStartRequestFolderStrategy": "bulk_migration_start_request_folder_strategy",
    "BulkMigrationStartRequestProvider": "bulk_migration_start_request_provider",
    "BulkMigrationStartRequestSourceSecurity": "bulk_migration_start_request_source_security",
    "CalendarEvent": "calendar_event",
    "CalendarEventCreateRequest": "calendar_event_create_request",
    "CalendarEventCreateResult": "calendar_event_create_result",
    "CalendarEventList": "calendar_event_list",
    "CalendarEventUpdateRequest": "calendar_event_update_request",
    "CancelScheduledResponse200": "cancel_scheduled_response_200",
    "Capabilities": "capabilities",
    "CatchAllUpdateRequest": "catch_all_update_request",
    "CloudflareApplyRequest": "cloudflare_apply_request",
    "CloudflareApplyRequestConfirmedConflicts": "cloudflare_apply_request_confirmed_conflicts",
    "CloudflareApplyRequestIncludedRecords": "cloudflare_apply_request_included_records",
    "CloudflareConnectRequest": "cloudflare_connect_request",
    "CloudflarePreviewRequest": "cloudflare_preview_request",
    "CloudflarePreviewRequestConfirmedConflicts": "cloudflare_preview_request_confirmed_conflicts",
    "CloudflarePreviewRequestIncludedRecords": "cloudflare_preview_request_included_records",
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
    "CreateDomainSmtpProfileResult": "create_domain_smtp_profile_result",
    "DeleteAliasResponse200": "delete_alias_response_200",
    "DeleteBulkMigrationResponse200": "delete_bulk_migration_response_200",
    "DeleteCalendarEventResponse200": "delete_calendar_event_response_200",
    "DeleteCloudflareTokenResponse200": "delete_cloudflare_token_response_200",
    "DeleteContactGroupResponse200": "delete_contact_group_response_200",
    "DeleteContactResponse200": "delete_contact_response_200",
    "DeleteDomainResponse200": "delete_domain_response_200",
    "DeleteExternalAccountResponse200": "delete_external_account_response_200",
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
    "DomainForwardingAddressCreateRequest": "domain_forwarding_address_create_request",
    "DomainForwardingAddressDelivery": "domain_forwarding_address_delivery",
    "DomainForwardingAddressLimits": "domain_forwarding_address_limits",
    "DomainForwardingAddressList": "domain_forwarding_address_list",
    "DomainForwardingAddressResponse": "domain_forwarding_address_response",
    "DomainForwardingAddressUpdateRequest": "domain_forwarding_address_update_request",
    "DomainForwardingLog": "domain_forwarding_log",
    "DomainForwardingLogEntry": "domain_forwarding_log_entry",
    "DomainForwardingLogWindow": "domain_forwarding_log_window",
    "DomainList": "domain_list",
    "DomainMailHostingRequest": "domain_mail_hosting_request",
    "DomainMailHostingRequestMailHosting": "domain_mail_hosting_request_mail_hosting",
    "DomainNoteRequest": "domain_note_request",
    "DomainResponse": "domain_response",
    "DomainSignature": "domain_signature",
    "DomainSignatureResponse": "domain_signature_response",
    "DomainSignatureUpdateRequest": "domain_signature_update_request",
    "DomainSignatureUpdateRequestSignatureMode": "domain_signature_update_request_signature_mode",
    "DomainSignatureUpdateRequestSignaturePosition": "domain_signature_update_request_signature_position",
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
    "DriveAddonCancellationPreview": "drive_addon_cancellation_preview",
    "DriveAddonPricing": "drive_addon_pricing",
    "DriveAddonResponse": "drive_addon_response",
    "DriveAllIds": "drive_all_ids",
    "DriveBrowseFolderDir": "drive_browse_folder_dir",
    "DriveBrowseFolderSort": "drive_browse_folder_sort",
    "DriveBrowseSubfolderDir": "drive_browse_subfolder_dir",
    "DriveBrowseSubfolderSort": "drive_browse_subfolder_sort",
    "DriveBulkMoveRequest": "drive_bulk_move_request",
    "DriveBulkResult": "drive_bulk_result",
    "DriveBulkSelectionRequest": "drive_bulk_selection_request",
    "DriveDevice": "drive_device",
    "DriveDeviceCreateRequest": "drive_device_create_request",
    "DriveDeviceCreateRequestScopesItem": "drive_device_create_request_scopes_item",
    "DriveDeviceList": "drive_device_list",
    "DriveDeviceRevokeResponse200": "drive_device_revoke_response_200",
    "DriveDeviceRevokeResponse200Data": "drive_device_revoke_response_200_data",
    "DriveDeviceRotateRequest": "drive_device_rotate_request",
    "DriveDeviceSecret": "drive_device_secret",
    "DriveDeviceSecretResponse": "drive_device_secret_response",
    "DriveDownloadUrl": "drive_download_url",
    "DriveFile": "drive_file",
    "DriveFileMoveRequest": "drive_file_move_request",
    "DriveFileRenameRequest": "drive_file_rename_request",
    "DriveFileResponse": "drive_file_response",
    "DriveFileResult": "drive_file_result",
    "DriveFolder": "drive_folder",
    "DriveFolderCreateRequest": "drive_folder_create_request",
    "DriveFolderCreateResult": "drive_folder_create_result",
    "DriveFolderMoveRequest": "drive_folder_move_request",
    "DriveFolderResult": "drive_folder_result",
    "DriveFolderTree": "drive_folder_tree",
    "DriveFolderUpdateRequest": "drive_folder_update_request",
    "DriveItem": "drive_item",
    "DriveItemPage": "drive_item_page",
    "DrivePurgeResult": "drive_purge_result",
    "DriveShareLink": "drive_share_link",
    "DriveShareLinkCreateRequest": "drive_share_link_create_request",
    "DriveShareLinkCreateResponse": "drive_share_link_create_response",
    "DriveShareLinkCreated": "drive_share_link_created",
    "DriveShareLinkList": "drive_share_link_list",
    "DriveShareRevokeResult": "drive_share_revoke_result",
    "DriveSpace": "drive_space",
    "DriveSpaceList": "drive_space_list",
    "DriveSpaceUsage": "drive_space_usage",
    "DriveStorageSummary": "drive_storage_summary",
    "DriveStorageSummaryResponse": "drive_storage_summary_response",
    "DriveTrashEmptyResult": "drive_trash_empty_result",
    "DriveTrashResult": "drive_trash_result",
    "DriveUploadAbortResult": "drive_upload_abort_result",
    "DriveUploadCompleteRequest": "drive_upload_complete_request",
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
    "ExternalAccountConnectionRequestImapEncryption": "external_account_connection_request_imap_encryption",
    "ExternalAccountConnectionRequestImapPort": "external_account_connection_request_imap_port",
    "ExternalAccountConnectionRequestProvider": "external_account_connection_request_provider",
    "ExternalAccountConnectionRequestSmtpEncryption": "external_account_connection_request_smtp_encryption",
    "ExternalAccountConnectionRequestSmtpPort": "external_account_connection_request_smtp_port",
    "ExternalAccountCreateRequest": "external_account_create_request",
    "ExternalAccountCreateRequestImapEncryption": "external_account_create_request_imap_encryption",
    "ExternalAccountCreateRequestImapPort": "external_account_create_request_imap_port",
    "ExternalAccountCreateRequestProvider": "external_account_create_request_provider",
    "ExternalAccountCreateRequestSmtpEncryption": "external_account_create_request_smtp_encryption",
    "ExternalAccountCreateRequestSmtpPort": "external_account_create_request_smtp_port",
    "ExternalAccountCreateResult": "external_account_create_result",
    "ExternalAccountDetectRequest": "external_account_detect_request",
    "ExternalAccountList": "external_account_list",
    "ExternalAccountRetestRequest": "external_account_retest_request",
    "ExternalAccountUpdateRequest": "external_account_update_request",
    "ExternalAccountUpdateRequestImapEncryption": "external_account_update_request_imap_encryption",
    "ExternalAccountUpdateRequestImapPort": "external_account_update_request_imap_port",
    "ExternalAccountUpdateRequestSmtpEncryption": "external_account_update_request_smtp_encryption",
    "ExternalAccountUpdateRequestSmtpPort": "external_account_update_request_smtp_port",
    "Folder": "folder",
    "FolderCreateRequest": "folder_create_request",
    "FolderCreateResult": "folder_create_result",
    "FolderEmptyRequest": "folder_empty_request",
    "FolderEmptyRequestFolder": "folder_empty_request_folder",
    "FolderListResponse": "folder_list_response",
    "FolderRenameRequest": "folder_rename_request",
    "Forwarding": "forwarding",
    "ForwardingAddressDeleteResult": "forwarding_address_delete_result",
    "ForwardingResponse": "forwarding_response",
    "ForwardingUpdateRequest": "forwarding_update_request",
    "GetAppleMailProfileLang": "get_apple_mail_profile_lang",
    "GetDnsRequirementsResponse200": "get_dns_requirements_response_200",
    "GetDomainConnectSetupResponse200": "get_domain_connect_setup_response_200",
    "GetDomainDeliverabilityResponse200": "get_domain_deliverability_response_200",
    "GetDomainDeliverabilityResponse200Data": "get_domain_deliverability_response_200_data",
    "GetMailClientSetupLang": "get_mail_client_setup_lang",
    "GetSendingLimitsResponse200": "get_sending_limits_response_200",
    "GetSmtpTestStatusResponse200": "get_smtp_test_status_response_200",
    "GetSpamMetricsResponse200": "get_spam_metrics_response_200",
    "GetSpamSummaryResponse200": "get_spam_summary_response_200",
    "GetWhiteLabelAccessCatalogResponse200": "get_white_label_access_catalog_response_200",
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
    "MailClientSetupSharedMailboxesType0": "mail_client_setup_shared_mailboxes_type_0",
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
    "MailboxBulkCreateRequestPasswordMode": "mailbox_bulk_create_request_password_mode",
    "MailboxBulkErrorResponse": "mailbox_bulk_error_response",
    "MailboxBulkItem": "mailbox_bulk_item",
    "MailboxBulkResult": "mailbox_bulk_result",
    "MailboxBulkRow": "mailbox_bulk_row",
    "MailboxClientAuthModeBulkRequest": "mailbox_client_auth_mode_bulk_request",
    "MailboxClientAuthModeBulkRequestMode": "mailbox_client_auth_mode_bulk_request_mode",
    "MailboxClientAuthModeBulkResult": "mailbox_client_auth_mode_bulk_result",
    "MailboxClientAuthModeBulkResultData": "mailbox_client_auth_mode_bulk_result_data",
    "MailboxClientAuthModeRequest": "mailbox_client_auth_mode_request",
    "MailboxClientAuthModeRequestMode": "mailbox_client_auth_mode_request_mode",
    "MailboxCreateRequest": "mailbox_create_request",
    "MailboxCreateRequestClientAuthMode": "mailbox_create_request_client_auth_mode",
    "MailboxCreateRequestPasswordMode": "mailbox_create_request_password_mode",
    "MailboxCreateResponse": "mailbox_create_response",
    "MailboxCreated": "mailbox_created",
    "MailboxDriveAccessRequest": "mailbox_drive_access_request",
    "MailboxDriveAccessRequestDriveAccess": "mailbox_drive_access_request_drive_access",
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
    "MessageTokenCreateRequestScopesItem": "message_token_create_request_scopes_item",
    "MessageTokenCreateResponse": "message_token_create_response",
    "MessageTokenCreated": "message_token_created",
    "MessageTokenList": "message_token_list",
    "MessageTokenRevokeResult": "message_token_revoke_result",
    "MessageTokenUpdateRequest": "message_token_update_request",
    "MessageTokenUpdateRequestExpiresIn": "message_token_update_request_expires_in",
    "MessageTokenUpdateRequestScopesItem": "message_token_update_request_scopes_item",
    "MessageTokenUpdateResult": "message_token_update_result",
    "Migration": "migration",
    "MigrationActionResult": "migration_action_result",
    "MigrationConnectionTestRequest": "migration_connection_test_request",
    "MigrationConnectionTestRequestSourceSecurity": "migration_connection_test_request_source_security",
    "MigrationConnectionTestResult": "migration_connection_test_result",
    "MigrationConnectionTestResultFoldersType0": "migration_connection_test_result_folders_type_0",
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
    "PreviewCloudflareDnsResponse200Domains": "preview_cloudflare_dns_response_200_domains",
    "RawMessage": "raw_message",
    "RemoveContactGroupMembersResponse200": "remove_contact_group_members_response_200",
    "RemoveDomainBrandLogoResponse200": "remove_domain_brand_logo_response_200",
    "RemoveDomainBrandLogoSlot": "remove_domain_brand_logo_slot",
    "RemoveDomainBrandingResponse200": "remove_domain_branding_response_200",
    "RemoveDomainBrandingScope": "remove_domain_branding_scope",
    "RemoveSharedMailboxMemberResponse200": "remove_shared_mailbox_member_response_200",
    "RemoveWhiteLabelMemberResponse200": "remove_white_label_member_response_200",
    "RenameFolderResponse200": "rename_folder_response_200",
    "ReplyFromPolicyRequest": "reply_from_policy_request",
    "ReplyFromPolicyRequestReplyFromPolicy": "reply_from_policy_request_reply_from_policy",
    "ReplyFromPolicyResult": "reply_from_policy_result",
    "ReportHamRequest": "report_ham_request",
    "ReportHamResponse200": "report_ham_response_200",
    "ReportSpamRequest": "report_spam_request",
    "ReportSpamResponse200": "report_spam_response_200",
    "RescheduleMessageRequest": "reschedule_message_request",
    "RescheduleMessageResponse200": "reschedule_message_response_200",
    "ResendWhiteLabelInvitationResponse200": "resend_white_label_invitation_response_200",
    "RestoreWhiteLabelMemberResponse200": "restore_white_label_member_response_200",
    "ResumeWhiteLabelMemberResponse200": "resume_white_label_member_response_200",
    "RetryDomainDkimResponse200": "retry_domain_dkim_response_200",
    "RevokeMailboxAppPasswordResponse200": "revoke_mailbox_app_password_response_200",
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
    "SetDomainBrandLogoSlot": "set_domain_brand_logo_slot",
    "SetDomainMailHostingResponse200": "set_domain_mail_hosting_response_200",
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
    "SmtpProfileDeleteResult": "smtp_profile_delete_result",
    "SmtpProfileDeleteResultData": "smtp_profile_delete_result_data",
    "SmtpProfileList": "smtp_profile_list",
    "SmtpProfileUpdateRequest": "smtp_profile_update_request",
    "SmtpProfileUpdateRequestEncryption": "smtp_profile_update_request_encryption",
    "SmtpProfileUpdateRequestPort": "smtp_profile_update_request_port",
    "SmtpProfileUsage": "smtp_profile_usage",
    "SmtpProfileUsageItem": "smtp_profile_usage_item",
    "SmtpProfileUsageResponse": "smtp_profile_usage_response",
    "SmtpTestJob": "smtp_test_job",
    "SmtpTestStatusResponse": "smtp_test_status_response",
    "SmtpTestStatusResponseData": "smtp_test_status_response_data",
    "SuspendWhiteLabelMemberResponse200": "suspend_white_label_member_response_200",
    "TemplateCreateRequest": "template_create_request",
    "TemplateCreateResult": "template_create_result",
    "TemplateUpdateRequest": "template_update_request",
    "TestExternalAccountResponse200": "test_external_account_response_200",
    "TestSavedExternalAccountResponse200": "test_saved_external_account_response_200",
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
    "VerifyEmailResultChecks": "verify_email_result_checks",
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
    "AccountUpdateRequestNewMailboxClientAuthMode",
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
    "ApplyCloudflareDnsResponse200Domains",
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
    "BulkMigrationPreviewRequestFolderStrategy",
    "BulkMigrationPreviewRequestProvider",
    "BulkMigrationPreviewRequestSourceSecurity",
    "BulkMigrationPreviewResult",
    "BulkMigrationPreviewResultData",
    "BulkMigrationResponse",
    "BulkMigrationStartRequest",
    "BulkMigrationStartRequestFolderStrategy",
    "BulkMigrationStartRequestProvider",
    "BulkMigrationStartRequestSourceSecurity",
    "CalendarEvent",
    "CalendarEventCreateRequest",
    "CalendarEventCreateResult",
    "CalendarEventList",
    "CalendarEventUpdateRequest",
    "CancelScheduledResponse200",
    "Capabilities",
    "CatchAllUpdateRequest",
    "CloudflareApplyRequest",
    "CloudflareApplyRequestConfirmedConflicts",
    "CloudflareApplyRequestIncludedRecords",
    "CloudflareConnectRequest",
    "CloudflarePreviewRequest",
    "CloudflarePreviewRequestConfirmedConflicts",
    "CloudflarePreviewRequestIncludedRecords",
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
    "CreateDomainSmtpProfileResult",
    "DeleteAliasResponse200",
    "DeleteBulkMigrationResponse200",
    "DeleteCalendarEventResponse200",
    "DeleteCloudflareTokenResponse200",
    "DeleteContactGroupResponse200",
    "DeleteContactResponse200",
    "DeleteDomainResponse200",
    "DeleteExternalAccountResponse200",
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
    "DomainForwardingAddressCreateRequest",
    "DomainForwardingAddressDelivery",
    "DomainForwardingAddressLimits",
    "DomainForwardingAddressList",
    "DomainForwardingAddressResponse",
    "DomainForwardingAddressUpdateRequest",
    "DomainForwardingLog",
    "DomainForwardingLogEntry",
    "DomainForwardingLogWindow",
    "DomainList",
    "DomainMailHostingRequest",
    "DomainMailHostingRequestMailHosting",
    "DomainNoteRequest",
    "DomainResponse",
    "DomainSignature",
    "DomainSignatureResponse",
    "DomainSignatureUpdateRequest",
    "DomainSignatureUpdateRequestSignatureMode",
    "DomainSignatureUpdateRequestSignaturePosition",
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
    "DriveAddonCancellationPreview",
    "DriveAddonPricing",
    "DriveAddonResponse",
    "DriveAllIds",
    "DriveBrowseFolderDir",
    "DriveBrowseFolderSort",
    "DriveBrowseSubfolderDir",
    "DriveBrowseSubfolderSort",
    "DriveBulkMoveRequest",
    "DriveBulkResult",
    "DriveBulkSelectionRequest",
    "DriveDevice",
    "DriveDeviceCreateRequest",
    "DriveDeviceCreateRequestScopesItem",
    "DriveDeviceList",
    "DriveDeviceRevokeResponse200",
    "DriveDeviceRevokeResponse200Data",
    "DriveDeviceRotateRequest",
    "DriveDeviceSecret",
    "DriveDeviceSecretResponse",
    "DriveDownloadUrl",
    "DriveFile",
    "DriveFileMoveRequest",
    "DriveFileRenameRequest",
    "DriveFileResponse",
    "DriveFileResult",
    "DriveFolder",
    "DriveFolderCreateRequest",
    "DriveFolderCreateResult",
    "DriveFolderMoveRequest",
    "DriveFolderResult",
    "DriveFolderTree",
    "DriveFolderUpdateRequest",
    "DriveItem",
    "DriveItemPage",
    "DrivePurgeResult",
    "DriveShareLink",
    "DriveShareLinkCreateRequest",
    "DriveShareLinkCreateResponse",
    "DriveShareLinkCreated",
    "DriveShareLinkList",
    "DriveShareRevokeResult",
    "DriveSpace",
    "DriveSpaceList",
    "DriveSpaceUsage",
    "DriveStorageSummary",
    "DriveStorageSummaryResponse",
    "DriveTrashEmptyResult",
    "DriveTrashResult",
    "DriveUploadAbortResult",
    "DriveUploadCompleteRequest",
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
    "ExternalAccountConnectionRequestImapEncryption",
    "ExternalAccountConnectionRequestImapPort",
    "ExternalAccountConnectionRequestProvider",
    "ExternalAccountConnectionRequestSmtpEncryption",
    "ExternalAccountConnectionRequestSmtpPort",
    "ExternalAccountCreateRequest",
    "ExternalAccountCreateRequestImapEncryption",
    "ExternalAccountCreateRequestImapPort",
    "ExternalAccountCreateRequestProvider",
    "ExternalAccountCreateRequestSmtpEncryption",
    "ExternalAccountCreateRequestSmtpPort",
    "ExternalAccountCreateResult",
    "ExternalAccountDetectRequest",
    "ExternalAccountList",
    "ExternalAccountRetestRequest",
    "ExternalAccountUpdateRequest",
    "ExternalAccountUpdateRequestImapEncryption",
    "ExternalAccountUpdateRequestImapPort",
    "ExternalAccountUpdateRequestSmtpEncryption",
    "ExternalAccountUpdateRequestSmtpPort",
    "Folder",
    "FolderCreateRequest",
    "FolderCreateResult",
    "FolderEmptyRequest",
    "FolderEmptyRequestFolder",
    "FolderListResponse",
    "FolderRenameRequest",
    "Forwarding",
    "ForwardingAddressDeleteResult",
    "ForwardingResponse",
    "ForwardingUpdateRequest",
    "GetAppleMailProfileLang",
    "GetDnsRequirementsResponse200",
    "GetDomainConnectSetupResponse200",
    "GetDomainDeliverabilityResponse200",
    "GetDomainDeliverabilityResponse200Data",
    "GetMailClientSetupLang",
    "GetSendingLimitsResponse200",
    "GetSmtpTestStatusResponse200",
    "GetSpamMetricsResponse200",
    "GetSpamSummaryResponse200",
    "GetWhiteLabelAccessCatalogResponse200",
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
    "MailClientSetupSharedMailboxesType0",
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
    "MailboxBulkCreateRequestPasswordMode",
    "MailboxBulkErrorResponse",
    "MailboxBulkItem",
    "MailboxBulkResult",
    "MailboxBulkRow",
    "MailboxClientAuthModeBulkRequest",
    "MailboxClientAuthModeBulkRequestMode",
    "MailboxClientAuthModeBulkResult",
    "MailboxClientAuthModeBulkResultData",
    "MailboxClientAuthModeRequest",
    "MailboxClientAuthModeRequestMode",
    "MailboxCreateRequest",
    "MailboxCreateRequestClientAuthMode",
    "MailboxCreateRequestPasswordMode",
    "MailboxCreateResponse",
    "MailboxCreated",
    "MailboxDriveAccessRequest",
    "MailboxDriveAccessRequestDriveAccess",
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
    "MessageTokenCreateRequestScopesItem",
    "MessageTokenCreateResponse",
    "MessageTokenCreated",
    "MessageTokenList",
    "MessageTokenRevokeResult",
    "MessageTokenUpdateRequest",
    "MessageTokenUpdateRequestExpiresIn",
    "MessageTokenUpdateRequestScopesItem",
    "MessageTokenUpdateResult",
    "Migration",
    "MigrationActionResult",
    "MigrationConnectionTestRequest",
    "MigrationConnectionTestRequestSourceSecurity",
    "MigrationConnectionTestResult",
    "MigrationConnectionTestResultFoldersType0",
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
    "PreviewCloudflareDnsResponse200Domains",
    "RawMessage",
    "RemoveContactGroupMembersResponse200",
    "RemoveDomainBrandLogoResponse200",
    "RemoveDomainBrandLogoSlot",
    "RemoveDomainBrandingResponse200",
    "RemoveDomainBrandingScope",
    "RemoveSharedMailboxMemberResponse200",
    "RemoveWhiteLabelMemberResponse200",
    "RenameFolderResponse200",
    "ReplyFromPolicyRequest",
    "ReplyFromPolicyRequestReplyFromPolicy",
    "ReplyFromPolicyResult",
    "ReportHamRequest",
    "ReportHamResponse200",
    "ReportSpamRequest",
    "ReportSpamResponse200",
    "RescheduleMessageRequest",
    "RescheduleMessageResponse200",
    "ResendWhiteLabelInvitationResponse200",
    "RestoreWhiteLabelMemberResponse200",
    "ResumeWhiteLabelMemberResponse200",
    "RetryDomainDkimResponse200",
    "RevokeMailboxAppPasswordResponse200",
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
    "SetDomainBrandLogoSlot",
    "SetDomainMailHostingResponse200",
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
    "SmtpProfileDeleteResult",
    "SmtpProfileDeleteResultData",
    "SmtpProfileList",
    "SmtpProfileUpdateRequest",
    "SmtpProfileUpdateRequestEncryption",
    "SmtpProfileUpdateRequestPort",
    "SmtpProfileUsage",
    "SmtpProfileUsageItem",
    "SmtpProfileUsageResponse",
    "SmtpTestJob",
    "SmtpTestStatusResponse",
    "SmtpTestStatusResponseData",
    "SuspendWhiteLabelMemberResponse200",
    "TemplateCreateRequest",
    "TemplateCreateResult",
    "TemplateUpdateRequest",
    "TestExternalAccountResponse200",
    "TestSavedExternalAccountResponse200",
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
    "VerifyEmailResultChecks",
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
