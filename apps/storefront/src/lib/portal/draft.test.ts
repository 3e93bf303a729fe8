import { describe, expect, it } from "vitest"
import {
  createPhotoPreparation,
  draftFormData,
  draftTitle,
  draftValues,
  isNetworkFailure,
  newestDraft,
  outboxRetryDelay,
  type ProductDraft,
} from "./draft"

const file = (name: string, bytes = 10) => new File([new Uint8Array(bytes)], name, { type: "image/jpeg" })

function later<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((ok, ko) => {
    resolve = ok
    reject = ko
  })
  return { promise, resolve, reject }
}

const draft = (overrides: Partial<ProductDraft> = {}): ProductDraft => ({
  key: "0b6c1f9e-1111-4a2b-9c3d-123456789abc",
  locale: "ar",
  values: { title_fr: "Tapis", title_ar: "زربية", variant_price_mad: ["120", "240"] },
  photos: [],
  savedAt: 1,
  ...overrides,
})

describe("createPhotoPreparation", () => {
  it("makes a save wait for the photos being shrunk, and gives the shrunk ones", async () => {
    const preparation = createPhotoPreparation()
    const shrinking = later<File[]>()
    preparation.start(shrinking.promise, [file("big.jpg", 5000)])
    let answered: File[] | undefined
    const waiting = preparation.ready().then((files) => (answered = files))
    await Promise.resolve()
    expect(preparation.busy()).toBe(true)
    expect(answered).toBeUndefined()
    shrinking.resolve([file("big.jpg", 300)])
    await waiting
    expect(answered?.map((photo) => photo.size)).toEqual([300])
    expect(preparation.busy()).toBe(false)
  })

  it("follows the latest choice when she picks other photos while the first ones shrink", async () => {
    const preparation = createPhotoPreparation()
    const first = later<File[]>()
    const second = later<File[]>()
    preparation.start(first.promise)
    const waiting = preparation.ready()
    preparation.start(second.promise)
    first.resolve([file("first.jpg")])
    await Promise.resolve()
    second.resolve([file("second.jpg")])
    expect((await waiting).map((photo) => photo.name)).toEqual(["second.jpg"])
  })

  it("sends the originals when shrinking fails, and the initial photos before any choice", async () => {
    expect((await createPhotoPreparation([file("kept.jpg")]).ready()).map((f) => f.name)).toEqual([
      "kept.jpg",
    ])
    const preparation = createPhotoPreparation()
    const failing = later<File[]>()
    preparation.start(failing.promise, [file("original.jpg")])
    failing.reject(new Error("cannot decode"))
    expect((await preparation.ready()).map((photo) => photo.name)).toEqual(["original.jpg"])
  })

  it("tells listeners when it is busy, so the form can say 'preparing photos'", async () => {
    const preparation = createPhotoPreparation()
    const seen: boolean[] = []
    preparation.onBusyChange((busy) => seen.push(busy))
    const shrinking = later<File[]>()
    preparation.start(shrinking.promise)
    shrinking.resolve([])
    await preparation.ready()
    await Promise.resolve()
    expect(seen).toEqual([true, false])
  })
})

describe("drafts", () => {
  it("keeps what she typed, not the form's plumbing", () => {
    expect(
      draftValues({
        title_fr: "Tapis",
        intent: "submit",
        locale: "fr",
        idempotency_key: "k",
        answer: "state",
      })
    ).toEqual({ title_fr: "Tapis" })
  })

  it("shows the draft written last", () => {
    expect(newestDraft([draft({ savedAt: 5, key: "a" }), draft({ savedAt: 9, key: "b" })])?.key).toBe("b")
    expect(newestDraft([])).toBeUndefined()
  })

  it("names the product in the page's language first", () => {
    expect(draftTitle(draft())).toBe("زربية")
    expect(draftTitle(draft({ locale: "en" }))).toBe("Tapis")
    expect(draftTitle(draft({ values: {} }))).toBe("")
  })

  it("posts a queued draft as the form would, with its key and photos", () => {
    const formData = draftFormData(draft({ photos: [file("a.jpg"), file("b.jpg")] }), "submit")
    expect(formData.getAll("variant_price_mad")).toEqual(["120", "240"])
    expect(formData.get("idempotency_key")).toBe("0b6c1f9e-1111-4a2b-9c3d-123456789abc")
    expect(formData.get("intent")).toBe("submit")
    expect(formData.get("locale")).toBe("ar")
    expect(formData.get("answer")).toBe("state")
    expect(formData.getAll("photos").map((photo) => (photo as File).name)).toEqual(["a.jpg", "b.jpg"])
  })

  it("tells a lost connection from an answer of the server", () => {
    expect(isNetworkFailure(new Error("anything"), false)).toBe(true)
    expect(isNetworkFailure(new TypeError("Failed to fetch"), true)).toBe(true)
    expect(isNetworkFailure(new Error("An unexpected response was received from the server."), true)).toBe(
      false
    )
  })
})

describe("outboxRetryDelay", () => {
  it("waits 15 s, then twice as long each time, never more than 5 minutes", () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(outboxRetryDelay)).toEqual([
      15_000, 30_000, 60_000, 120_000, 240_000, 300_000, 300_000,
    ])
  })
})
