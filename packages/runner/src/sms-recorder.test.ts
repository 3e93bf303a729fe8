import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startSmsRecorder, type SmsRecorder } from "./sms-recorder.js"

describe("startSmsRecorder", () => {
  let recorder: SmsRecorder
  const auth = `Basic ${Buffer.from("ACtest:secret").toString("base64")}`

  beforeAll(async () => {
    recorder = await startSmsRecorder({ port: 0 })
  })
  afterAll(() => recorder.stop())

  const send = (form: Record<string, string>, authorization = auth, sid = "ACtest") =>
    fetch(`${recorder.apiUrl}/2010-04-01/Accounts/${sid}/Messages.json`, {
      method: "POST",
      headers: { authorization, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form),
    })

  it("records what Twilio's Messages API is sent and lists it, newest first", async () => {
    const first = await send({ To: "+212612345678", From: "BazarSolid", Body: "طلب جديد" })
    expect(first.status).toBe(201)
    expect(await first.json()).toMatchObject({ sid: expect.stringMatching(/^SM/), status: "queued" })
    await send({ To: "+33612345678", From: "BazarSolid", Body: "New order" })
    const listed = await (await fetch(`${recorder.webUrl}/api/messages`)).json()
    expect(listed.map((sms: { to: string; body: string }) => [sms.to, sms.body])).toEqual([
      ["+33612345678", "New order"],
      ["+212612345678", "طلب جديد"],
    ])
    const page = await (await fetch(recorder.webUrl)).text()
    expect(page).toContain('<p dir="auto">طلب جديد</p>')
  })

  it("answers like the gateway to a wrong account, a bad number and an outage", async () => {
    expect((await send({ To: "+212612345678", Body: "x" }, "")).status).toBe(401)
    expect((await send({ To: "+212612345678", Body: "x" }, auth, "ACother")).status).toBe(401)
    const bad = await send({ To: "0612", Body: "x" })
    expect(bad.status).toBe(400)
    expect((await bad.json()).code).toBe(21211)
    recorder.setDown(true)
    expect((await send({ To: "+212612345678", Body: "x" })).status).toBe(503)
    recorder.setDown(false)
  })

  it("escapes what it shows", async () => {
    await send({ To: "+212612345678", Body: "<script>alert(1)</script>" })
    expect(await (await fetch(recorder.webUrl)).text()).not.toContain("<script>alert")
  })
})
