import { describe, expect, it } from "vitest"
import { downscaledSize, UPLOAD_MAX_SIDE } from "./downscale"

describe("downscaledSize", () => {
  it("fits a 4000×3000 phone photo in 2000 px, keeping its shape", () => {
    expect(downscaledSize(4000, 3000)).toEqual({ width: UPLOAD_MAX_SIDE, height: 1500 })
  })

  it("works on portrait photos by their longest side", () => {
    expect(downscaledSize(3024, 4032)).toEqual({ width: 1500, height: 2000 })
  })

  it("leaves small photos alone and never makes a side zero", () => {
    expect(downscaledSize(800, 600)).toEqual({ width: 800, height: 600 })
    expect(downscaledSize(10000, 2, 1000)).toEqual({ width: 1000, height: 1 })
  })
})
