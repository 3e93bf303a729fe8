import { describe, expect, it } from "vitest"
import { nextVendorStatus } from "./vendor-transitions"

describe("nextVendorStatus", () => {
  it("allows only the designed transitions", () => {
    expect(nextVendorStatus("pending", "approve")).toBe("approved")
    expect(nextVendorStatus("pending", "reject")).toBe("rejected")
    expect(nextVendorStatus("approved", "suspend")).toBe("suspended")
    expect(nextVendorStatus("suspended", "reinstate")).toBe("approved")
    expect(nextVendorStatus("suspended", "approve")).toBeNull()
    expect(nextVendorStatus("rejected", "approve")).toBeNull()
    expect(nextVendorStatus("approved", "reject")).toBeNull()
    expect(nextVendorStatus("pending", "suspend")).toBeNull()
  })
})
