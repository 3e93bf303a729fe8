import { describe, expect, it } from "vitest"
import { checkCode, CODE_TTL_MS, issueState, MAX_WRONG_ATTEMPTS, newCode, stateAfter } from "./codes"

describe("phone sign-in codes", () => {
  it("are six digits", () => {
    for (let i = 0; i < 50; i++) {
      expect(newCode()).toMatch(/^\d{6}$/)
    }
  })

  it("are stored hashed and accepted once", () => {
    const state = issueState("012345")
    expect(JSON.stringify(state)).not.toContain("012345")
    expect(checkCode(state, "012345")).toBe("ok")
    expect(checkCode(stateAfter(state, "ok"), "012345")).toBe("none")
  })

  it("lapse after ten minutes", () => {
    const issued = new Date("2026-12-04T10:00:00Z")
    const state = issueState("111111", issued)
    expect(checkCode(state, "111111", new Date(issued.getTime() + CODE_TTL_MS - 1000))).toBe("ok")
    expect(checkCode(state, "111111", new Date(issued.getTime() + CODE_TTL_MS))).toBe("expired")
  })

  it("die after five wrong tries, the right code included", () => {
    let state = issueState("222222")
    for (let i = 0; i < MAX_WRONG_ATTEMPTS - 1; i++) {
      expect(checkCode(state, "999999")).toBe("wrong")
      state = stateAfter(state, "wrong")
      expect(state.code_attempts).toBe(i + 1)
    }
    expect(checkCode(state, "999999")).toBe("wrong")
    state = stateAfter(state, "wrong")
    expect(checkCode(state, "222222")).toBe("none")
  })
})
