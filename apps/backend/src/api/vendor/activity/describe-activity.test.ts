import { describe, expect, it } from "vitest"
import { describeActivity } from "./describe-activity"

describe("describeActivity", () => {
  it("names creations with the id from the answer", () => {
    expect(describeActivity("POST", "/vendor/products", { product: { id: "prod_1" } })).toEqual({
      action: "product.created",
      resource_id: "prod_1",
    })
    expect(
      describeActivity("POST", "/vendor/invites", { invite: { id: "vinv_1", email: "a@b.ma" } })
    ).toEqual({
      action: "member.created",
      resource_id: "vinv_1",
    })
    expect(describeActivity("POST", "/vendor/certifications", { certification: { id: "vcert_1" } })).toEqual({
      action: "certification.created",
      resource_id: "vcert_1",
    })
  })

  it("names changes, steps and removals with the id from the path", () => {
    expect(describeActivity("POST", "/vendor/products/prod_1", {})).toEqual({
      action: "product.updated",
      resource_id: "prod_1",
    })
    expect(describeActivity("POST", "/vendor/products/prod_1/submit", {})).toEqual({
      action: "product.submit",
      resource_id: "prod_1",
    })
    expect(describeActivity("POST", "/vendor/orders/vord_1/ship?x=1", {})).toEqual({
      action: "order.ship",
      resource_id: "vord_1",
    })
    expect(describeActivity("DELETE", "/vendor/members/vmem_1", {})).toEqual({
      action: "member.removed",
      resource_id: "vmem_1",
    })
    expect(describeActivity("POST", "/vendor/return-requests/rr_1/accept", {})).toEqual({
      action: "return.accept",
      resource_id: "rr_1",
    })
  })

  it("names the cooperative's profile and a member's own account", () => {
    expect(describeActivity("POST", "/vendor/me/vendor", { vendor: { id: "vend_1" } })).toEqual({
      action: "profile.updated",
      resource_id: "vend_1",
    })
    expect(describeActivity("POST", "/vendor/me", { member: { id: "vmem_1" } })).toEqual({
      action: "account.updated",
      resource_id: "vmem_1",
    })
  })

  it("records nothing for reads, uploads and inbox marks", () => {
    expect(describeActivity("GET", "/vendor/products", {})).toBeNull()
    expect(describeActivity("POST", "/vendor/uploads", { files: [] })).toBeNull()
    expect(describeActivity("POST", "/vendor/notifications/read", {})).toBeNull()
    expect(describeActivity("POST", "/vendor/invites/accept", {})).toBeNull()
  })
})
