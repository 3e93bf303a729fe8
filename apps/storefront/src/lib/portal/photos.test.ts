import { describe, expect, it } from "vitest"
import { checkPhotos, chosenFiles } from "./photos"

describe("photos", () => {
  const png = (size: number) => ({ name: "a.png", size, type: "image/png" })

  it("ignores the empty file an untouched input posts", () => {
    const data = new FormData()
    data.append("photos", new File([], ""))
    data.append("photos", new File(["abc"], "a.png", { type: "image/png" }))
    expect(chosenFiles(data.getAll("photos"))).toHaveLength(1)
  })

  it("names the first problem with a set of photos", () => {
    expect(checkPhotos([png(1000)])).toBeNull()
    expect(checkPhotos([{ name: "a.pdf", size: 10, type: "application/pdf" }])).toBe("photoType")
    expect(checkPhotos([png(6 * 1024 * 1024)])).toBe("photoSize")
    expect(checkPhotos([png(1), png(1)], 7)).toBe("photoCount")
  })
})
