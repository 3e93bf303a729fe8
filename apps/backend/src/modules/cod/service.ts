import { randomUUID } from "node:crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"

export const COD_PROVIDER_IDENTIFIER = "cod"
/** The id Medusa gives the provider registered as `{ resolve: "./src/modules/cod", id: "cod" }`. */
export const COD_PROVIDER_ID = `pp_${COD_PROVIDER_IDENTIFIER}_cod`

type CodData = { method: "cash_on_delivery"; reference: string; collected_at?: string; refunded?: string }

/**
 * Cash on delivery: the order is authorized when it is placed (nothing to charge yet) and captured
 * only when a cooperative records the delivery, i.e. when the courier has the cash in hand.
 */
export default class CashOnDeliveryProviderService extends AbstractPaymentProvider {
  static identifier = COD_PROVIDER_IDENTIFIER

  // public, so ModuleProvider accepts the class (the base constructor is protected)
  constructor(cradle: Record<string, unknown>, config: Record<string, unknown> = {}) {
    super(cradle, config)
  }

  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const reference = randomUUID()
    return { id: reference, data: { method: "cash_on_delivery", reference } satisfies CodData }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    // nothing to check with a third party: the shopper promises to pay the courier
    return { data: input.data ?? {}, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...(input.data ?? {}), collected_at: new Date().toISOString() } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return {
      status: input.data?.collected_at ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED,
      data: input.data,
    }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    // the centre hands the cash back itself; the amount is recorded by Medusa on the refund row
    return { data: { ...(input.data ?? {}), refunded: new Date().toISOString() } }
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    // no third party calls us back: delivery is recorded through /vendor/orders/:id/deliver
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
