import { messageLocale, renderContent, type MessageTemplate, type RenderedMessage } from "./layout"
import { accountExists, accountLocked } from "./templates/account-security"
import { orderConfirmation } from "./templates/order-confirmation"
import { orderShipped } from "./templates/order-shipped"
import { orderTransferRequested } from "./templates/order-transfer-requested"
import { productPublished, productRejected } from "./templates/product-decision"
import { vendorApprove, vendorReinstate, vendorReject, vendorSuspend } from "./templates/vendor-decision"
import { vendorInviteAlreadyMember } from "./templates/vendor-invite-already-member"
import { vendorMemberInvite } from "./templates/vendor-member-invite"
import { vendorNewOrder } from "./templates/vendor-new-order"
import { vendorPasswordReset } from "./templates/vendor-password-reset"
import { customerPasswordReset } from "./templates/customer-password-reset"
import { emailChangeConfirm, emailChanged } from "./templates/email-change"
import { orderDelivered } from "./templates/order-delivered"
import { orderCanceled } from "./templates/order-canceled"
import { orderPartCanceled } from "./templates/order-part-canceled"
import { orderPartRefused } from "./templates/order-part-refused"
import { orderRefunded } from "./templates/order-refunded"
import { returnAccepted, returnRefused } from "./templates/return-answered"
import { vendorReturnRequested } from "./templates/vendor-return-requested"
import { vendorPayoutRecorded } from "./templates/vendor-payout-recorded"
import { staffDigest } from "./templates/staff-digest"
import { certificationExpiring } from "./templates/certification-expiring"

/** Every message the marketplace sends, by the notification's `template`. */
export const MESSAGE_TEMPLATES: Record<string, MessageTemplate> = {
  "order-confirmation": orderConfirmation,
  "order-shipped": orderShipped,
  "order-transfer-requested": orderTransferRequested,
  "vendor-new-order": vendorNewOrder,
  "vendor-member-invite": vendorMemberInvite,
  "vendor-invite-already-member": vendorInviteAlreadyMember,
  "vendor-password-reset": vendorPasswordReset,
  "product-published": productPublished,
  "product-rejected": productRejected,
  "vendor-approve": vendorApprove,
  "vendor-reject": vendorReject,
  "vendor-suspend": vendorSuspend,
  "vendor-reinstate": vendorReinstate,
  "account-exists": accountExists,
  "account-locked": accountLocked,
  "customer-password-reset": customerPasswordReset,
  "email-change-confirm": emailChangeConfirm,
  "email-changed": emailChanged,
  "order-delivered": orderDelivered,
  "order-canceled": orderCanceled,
  "order-part-canceled": orderPartCanceled,
  "order-part-refused": orderPartRefused,
  "order-refunded": orderRefunded,
  "return-accepted": returnAccepted,
  "return-refused": returnRefused,
  "vendor-return-requested": vendorReturnRequested,
  "vendor-payout-recorded": vendorPayoutRecorded,
  "staff-digest": staffDigest,
  "certification-expiring": certificationExpiring,
}

/**
 * A notification as its recipient reads it, in the language its data names (`data.locale`).
 * Throws for a template nobody wrote, so the notification is recorded as failed rather than sent blank.
 */
export function renderMessage(
  template: string,
  data: Record<string, unknown> | null | undefined
): RenderedMessage {
  const render = MESSAGE_TEMPLATES[template]
  if (!render) {
    throw new Error(`No message template named "${template}"`)
  }
  const locale = messageLocale(data?.locale)
  return renderContent(render(data ?? {}, locale), locale)
}
