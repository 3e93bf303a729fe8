import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { cooperativesInTurn, eventually, orderKit } from "./helpers/orders"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    // the demo marketplace (no stand sales), and orders placed as the shop does
    const kit = orderKit(api, getContainer)
    const nextCooperative = cooperativesInTurn()

    beforeAll(async () => {
      await kit.seedMarketplace()
      // the demo seed (photos included) takes minutes on a busy machine
    }, 900_000)

    const reviewsOf = (productId: string) => api.get(`/store/products/${productId}/reviews`, kit.store())

    /** A shopper who bought a cooperative's product, and that cooperative's member; delivered unless told not to. */
    async function purchase({ deliver = true } = {}) {
      const line = nextCooperative()
      const shopper = await kit.shopper()
      const [product] = await kit.graph("product", ["id"], { handle: line.handle })
      const { parts } = await kit.placeOrder([line], { token: shopper.token, email: shopper.email })
      const member = await kit.member(line.vendor)
      if (deliver) {
        const delivered = await api.post(`/vendor/orders/${parts[0].id}/deliver`, {}, member.as)
        expect(delivered.status, JSON.stringify(delivered.data)).toBe(200)
      }
      return { shopper, member, productId: product.id as string, part: parts[0], vendorHandle: line.vendor }
    }

    const review = (token: string, body: Record<string, unknown>) =>
      api.post("/store/customers/me/reviews", body, kit.store(token))

    /** A review of a delivered product, published by staff. */
    async function publishedReview() {
      const bought = await purchase()
      const written = await review(bought.shopper.token, {
        product_id: bought.productId,
        rating: 4,
        body: "Belle pièce",
      })
      expect(written.status, JSON.stringify(written.data)).toBe(201)
      const staff = await kit.staff()
      expect((await api.post(`/admin/reviews/${written.data.review.id}/publish`, {}, staff)).status).toBe(200)
      return { ...bought, reviewId: written.data.review.id as string, staff }
    }

    it("takes a review only from a shopper who received the product, once; staff publish it before the shop shows it", async () => {
      const { shopper, member, productId, part, vendorHandle } = await purchase({ deliver: false })
      const body = { product_id: productId, rating: 5, body: "Très bonne huile, bien emballée", locale: "fr" }

      // ordered but not delivered yet: no review
      const early = await review(shopper.token, body)
      expect(early.status).toBe(400)
      expect(early.data.message).toBe("You can review a product once it has been delivered to you")
      // a shopper who never bought it: no review either
      const stranger = await kit.shopper()
      expect((await review(stranger.token, body)).status).toBe(400)
      expect((await api.post("/store/customers/me/reviews", body, kit.store())).status).toBe(401)

      expect((await api.post(`/vendor/orders/${part.id}/deliver`, {}, member.as)).status).toBe(200)
      for (const bad of [
        { ...body, rating: 6 },
        { ...body, rating: 0 },
        { ...body, photo_urls: ["https://elsewhere.example/photo.jpg"] },
        { ...body, body: "x".repeat(2001) },
        { ...body, customer_id: "cus_other" },
      ]) {
        const refused = await review(shopper.token, bad)
        expect(refused.status, JSON.stringify(bad).slice(0, 80)).toBe(400)
        expect(refused.data.message).toBeTruthy()
      }
      const written = await review(shopper.token, body)
      expect(written.status, JSON.stringify(written.data)).toBe(201)
      expect(written.data.review).toMatchObject({
        rating: 5,
        status: "pending",
        author_first_name: "Amina",
        author_city: "Marrakech",
      })
      // one per product and shopper
      const again = await review(shopper.token, { ...body, rating: 1 })
      expect(again.status).toBe(409)
      expect(again.data.message).toContain("already reviewed")

      // waiting for staff: the shop shows nothing yet
      const before = await reviewsOf(productId)
      expect(before.status).toBe(200)
      expect(before.data).toMatchObject({ reviews: [], rating: { average: null, count: 0 } })

      const staff = await kit.staff()
      const queue = await api.get("/admin/reviews", staff)
      const queued = queue.data.reviews.find((row: any) => row.id === written.data.review.id)
      expect(queued).toMatchObject({ status: "pending", product: { id: productId } })
      expect(queued.vendor.name).toBeTruthy()
      expect((await api.post(`/admin/reviews/${written.data.review.id}/reject`, {}, staff)).status).toBe(400)
      expect((await api.get("/admin/reviews?status=lost", staff)).status).toBe(400)
      expect((await api.get("/admin/reviews", kit.store(shopper.token))).status).toBe(401)
      const published = await api.post(`/admin/reviews/${written.data.review.id}/publish`, {}, staff)
      expect(published.status).toBe(200)

      const after = await reviewsOf(productId)
      expect(after.data.rating).toEqual({ average: 5, count: 1 })
      expect(after.data.reviews).toHaveLength(1)
      expect(after.data.reviews[0]).toMatchObject({
        body: "Très bonne huile, bien emballée",
        author_first_name: "Amina",
        author_city: "Marrakech",
      })
      // the cooperative's page shows its products' average
      const cooperative = await api.get(`/store/vendors/${vendorHandle}`, kit.store())
      expect(cooperative.data.vendor.rating).toEqual({ average: 5, count: 1 })
      // the shop names the author by first name and town only
      expect(Object.keys(after.data.reviews[0])).not.toEqual(
        expect.arrayContaining(["customer_id", "vendor_order_id", "moderated_by"])
      )
      const mine = await api.get("/store/customers/me/reviews", kit.store(shopper.token))
      expect(mine.data.reviews.map((row: any) => [row.id, row.status])).toEqual([
        [written.data.review.id, "published"],
      ])
    })

    it("lets only its author edit a review, which goes back to staff; a rejection tells her why", async () => {
      const { shopper, productId, reviewId, staff } = await publishedReview()
      const other = await kit.shopper()
      const theirs = await api.post(
        `/store/customers/me/reviews/${reviewId}`,
        { rating: 1 },
        kit.store(other.token)
      )
      expect(theirs.status).toBe(404)
      expect(
        (await api.post(`/store/customers/me/reviews/${reviewId}`, {}, kit.store(shopper.token))).status
      ).toBe(400)

      const edited = await api.post(
        `/store/customers/me/reviews/${reviewId}`,
        { rating: 2, body: "Le flacon fuyait" },
        kit.store(shopper.token)
      )
      expect(edited.status, JSON.stringify(edited.data)).toBe(200)
      expect(edited.data.review).toMatchObject({ rating: 2, status: "pending" })
      // edited words leave the shop until staff read them
      expect((await reviewsOf(productId)).data.reviews).toEqual([])

      const rejected = await api.post(
        `/admin/reviews/${reviewId}/reject`,
        { reason: "Un numéro de téléphone" },
        staff
      )
      expect(rejected.status).toBe(200)
      const mine = await api.get("/store/customers/me/reviews", kit.store(shopper.token))
      expect(mine.data.reviews[0]).toMatchObject({
        status: "rejected",
        rejection_reason: "Un numéro de téléphone",
      })
      expect((await api.post(`/admin/reviews/${reviewId}/publish`, {}, staff)).status).toBe(200)
      expect((await reviewsOf(productId)).data.rating).toEqual({ average: 2, count: 1 })
    })

    it("takes one public answer, from the product's cooperative only", async () => {
      const { member, productId, reviewId } = await publishedReview()
      const otherMember = await kit.member(nextCooperative().vendor)
      const theirs = await api.post(`/vendor/reviews/${reviewId}/reply`, { text: "Merci" }, otherMember.as)
      expect(theirs.status).toBe(404)
      expect(
        (await api.get("/vendor/reviews", otherMember.as)).data.reviews.map((r: any) => r.id)
      ).not.toContain(reviewId)
      expect((await api.post(`/vendor/reviews/${reviewId}/reply`, { text: "" }, member.as)).status).toBe(400)

      const answered = await api.post(
        `/vendor/reviews/${reviewId}/reply`,
        { text: "Merci Amina, à bientôt au bazar !" },
        member.as
      )
      expect(answered.status, JSON.stringify(answered.data)).toBe(200)
      const shown = await reviewsOf(productId)
      expect(shown.data.reviews[0]).toMatchObject({ reply: "Merci Amina, à bientôt au bazar !" })
      const twice = await api.post(`/vendor/reviews/${reviewId}/reply`, { text: "Encore merci" }, member.as)
      expect(twice.status).toBe(409)
      expect(twice.data.message).toBe("Your cooperative already answered this review")
      const listed = await api.get("/vendor/reviews", member.as)
      expect(listed.data.reviews.find((r: any) => r.id === reviewId)).toMatchObject({
        product: { id: productId },
      })

      // an edited review waits for staff again: nothing to answer until it is published
      const second = await publishedReview()
      await api.post(
        `/store/customers/me/reviews/${second.reviewId}`,
        { rating: 3 },
        kit.store(second.shopper.token)
      )
      const waiting = await api.post(
        `/vendor/reviews/${second.reviewId}/reply`,
        { text: "Merci" },
        second.member.as
      )
      expect(waiting.status).toBe(409)
    })

    it("ranks the best rated products first in search, following staff's decisions", async () => {
      const { productId, reviewId, staff } = await publishedReview()
      const search = (body: Record<string, unknown>) =>
        api.post("/store/search", { entity: "product", ...body }, kit.store())
      const indexed = async () => {
        const found = await search({ filters: { id: productId } })
        expect(found.status, JSON.stringify(found.data)).toBe(200)
        return found.data.results[0].hits[0]?.document as
          { id: string; rating_average: number | null; rating_count: number } | undefined
      }
      // the index follows the review's publication through its event, not a rebuild
      await eventually(async () => (await indexed())?.rating_average === 4)
      expect((await indexed())?.rating_count).toBe(1)

      const bestRated = await search({
        pagination: { take: 3, order: { rating_average: "DESC", rating_count: "DESC" } },
      })
      expect(bestRated.status, JSON.stringify(bestRated.data)).toBe(200)
      const [first, second] = bestRated.data.results[0].hits.map((hit: any) => hit.document)
      expect(first).toMatchObject({ id: productId, rating_average: 4, rating_count: 1 })
      // never rated: after the rated ones
      expect(second.rating_average).toBeNull()

      // taken down: its rating leaves the index
      const rejected = await api.post(`/admin/reviews/${reviewId}/reject`, { reason: "Hors sujet" }, staff)
      expect(rejected.status).toBe(200)
      await eventually(async () => (await indexed())?.rating_average === null)
      expect((await indexed())?.rating_count).toBe(0)
    })
  },
})
