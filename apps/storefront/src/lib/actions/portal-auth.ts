"use server"

import { VendorCreateApplication } from "@bazaar/contracts/schemas"
import { redirect } from "next/navigation"
import { backendFetch } from "@/lib/backend"
import {
  MIN_PASSWORD_LENGTH,
  failed,
  formLocale,
  isEmail,
  isPhone,
  readText,
  type FieldErrors,
  type FormState,
} from "@/lib/forms/form"
import { applicationField, parseApplication } from "@/lib/portal/application"
import { apiErrorState, isIdentityExistsError } from "@/lib/portal/errors"
import { portalPath } from "@/lib/util/paths"
import { checkPhotos, chosenFiles } from "@/lib/portal/photos"
import { schemaFieldErrors } from "@/lib/portal/schema-check"
import { httpStatus } from "@/lib/util/http-error"
import {
  endSession,
  logIn,
  logInWithPhoneCode,
  register,
  requestPhoneCode,
  startSession,
} from "./portal-session"

function passwordError(password: FormDataEntryValue | null): string | undefined {
  if (typeof password !== "string" || password === "") {
    return "required"
  }
  return password.length < MIN_PASSWORD_LENGTH ? "passwordShort" : undefined
}

function emailError(email: string | undefined): string | undefined {
  if (!email) {
    return "required"
  }
  return isEmail(email) ? undefined : "email"
}

/**
 * A token that may create this email's member: the email and password of an existing login (a first
 * attempt that stopped before the member existed, or a shopper's login), else a new registration.
 * The backend answers a registration the same whether or not the email is taken (then its token opens
 * nothing, and the mailbox is told), so signing in comes first.
 */
async function registrationToken(email: string, password: string): Promise<string | FormState> {
  try {
    return await logIn(email, password)
  } catch {
    // no login with this email and password: register one
  }
  try {
    return await register(email, password)
  } catch (error) {
    return isIdentityExistsError(error)
      ? { error: "emailTaken", fieldErrors: { email: "emailTaken" } }
      : apiErrorState(error)
  }
}

/**
 * The cooperative's application: registers the first member's login, uploads the logo, creates
 * the (pending) vendor, then signs the member in and opens the dashboard ("under review").
 */
export async function applyForVendor(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const parsed = parseApplication(formData)
  const logos = chosenFiles<File>(formData.getAll("logo"))
  const logoError = checkPhotos(logos.slice(0, 1))
  if (!parsed.ok || logoError) {
    return failed(formData, {
      error: "invalid",
      fieldErrors: {
        ...(parsed.ok ? {} : parsed.fieldErrors),
        ...(logoError && { logo: logoError }),
      },
    })
  }
  const { account, body } = parsed.data
  // the backend's own schema, before a login is registered for an application it would refuse
  const refused = schemaFieldErrors(VendorCreateApplication, body, applicationField)
  if (refused) {
    return failed(formData, { error: "invalid", fieldErrors: refused })
  }

  const token = await registrationToken(account.email, account.password)
  if (typeof token !== "string") {
    return failed(formData, token)
  }

  if (logos.length > 0) {
    try {
      const upload = new FormData()
      upload.append("files", logos[0], logos[0].name)
      const { files } = await backendFetch<{ files: { url: string }[] }>("/vendor/uploads", {
        method: "POST",
        token,
        body: upload,
      })
      body.vendor.logo_url = files[0]?.url
    } catch (error) {
      // a registration token that opens nothing: the email already has an account
      if (httpStatus(error) === 401) {
        return failed(formData, { error: "emailTaken", fieldErrors: { email: "emailTaken" } })
      }
      return failed(formData, { ...apiErrorState(error), fieldErrors: { logo: "invalid" } })
    }
  }

  try {
    await backendFetch("/vendor/applications", {
      method: "POST",
      token,
      body,
      locale,
      expectBody: false,
    })
  } catch (error) {
    // a member already exists for this login (the application was sent before), or the email
    // already has an account and the registration token opens nothing
    const state =
      httpStatus(error) === 401 || httpStatus(error) === 404 || httpStatus(error) === 409
        ? { error: "emailTaken", fieldErrors: { email: "emailTaken" } }
        : apiErrorState(error, applicationField)
    return failed(formData, state)
  }

  // The registration token has no member in it; a fresh login carries the new member's id.
  try {
    await startSession(await logIn(account.email, account.password))
  } catch {
    redirect(portalPath(locale, "/sign-in"))
  }
  redirect(portalPath(locale, "/dashboard"))
}

/** Signs a member in; a login whose application was never finished is told so, not let in. */
export async function signIn(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const email = readText(formData, "email")?.toLowerCase()
  const password = formData.get("password")
  const fieldErrors: FieldErrors = {}
  const emailProblem = emailError(email)
  if (emailProblem) {
    fieldErrors.email = emailProblem
  }
  if (typeof password !== "string" || password === "") {
    fieldErrors.password = "required"
  }
  if (Object.keys(fieldErrors).length > 0) {
    return failed(formData, { error: "invalid", fieldErrors })
  }

  let token: string
  try {
    token = await logIn(email!, password as string)
  } catch (error) {
    const status = httpStatus(error)
    return failed(
      formData,
      status === 401 || status === 400 ? { error: "signInFailed" } : apiErrorState(error)
    )
  }
  try {
    await backendFetch("/vendor/me", { token, expectBody: false })
  } catch (error) {
    return failed(
      formData,
      httpStatus(error) === 401 ? { error: "applicationIncomplete" } : apiErrorState(error)
    )
  }
  await startSession(token)
  redirect(portalPath(locale, "/dashboard"))
}

/**
 * Sign-in by phone, in two steps of one form: `intent=send` asks for a code by SMS (the answer is the
 * same whether the number is known), `intent=verify` signs in with the code and opens the dashboard.
 */
export async function phoneSignIn(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const phone = readText(formData, "phone")
  const intent = readText(formData, "intent")
  if (intent === "restart") {
    return { values: { phone: phone ?? "" }, version: Date.now() }
  }
  const codeStep = { values: { phone: phone ?? "", step: "code" }, version: Date.now() }
  if (!phone || !isPhone(phone)) {
    return failed(formData, {
      error: "invalid",
      fieldErrors: { phone: phone ? "phone" : "required" },
    })
  }
  if (intent !== "verify") {
    try {
      await requestPhoneCode(phone)
    } catch (error) {
      const status = httpStatus(error)
      if (status === 400) {
        return failed(formData, { error: "invalid", fieldErrors: { phone: "phone" } })
      }
      return failed(formData, status === 429 ? { error: "rateLimited" } : apiErrorState(error))
    }
    return { ...codeStep, notice: "sent" }
  }

  const code = readText(formData, "code")?.replace(/\s/g, "")
  if (!code || !/^\d{6}$/.test(code)) {
    return { ...codeStep, error: "invalid", fieldErrors: { code: "code" } }
  }
  let token: string
  try {
    token = await logInWithPhoneCode(phone, code)
  } catch (error) {
    const status = httpStatus(error)
    return {
      ...codeStep,
      ...(status === 401 || status === 400
        ? { error: "codeWrong", fieldErrors: { code: "codeWrong" } }
        : status === 429
          ? { error: "rateLimited" }
          : apiErrorState(error)),
    }
  }
  try {
    await backendFetch("/vendor/me", { token, expectBody: false })
  } catch (error) {
    return { ...codeStep, ...apiErrorState(error) }
  }
  await startSession(token)
  redirect(portalPath(locale, "/dashboard"))
}

export async function signOut(formData: FormData): Promise<void> {
  const locale = formLocale(formData)
  await endSession()
  redirect(portalPath(locale, "/sign-in"))
}

/** Asks for a reset link; answers the same whether or not the email has an account. */
export async function requestPasswordReset(_: FormState, formData: FormData): Promise<FormState> {
  const email = readText(formData, "email")?.toLowerCase()
  const problem = emailError(email)
  if (problem) {
    return failed(formData, { error: "invalid", fieldErrors: { email: problem } })
  }
  try {
    await backendFetch("/auth/vendor/emailpass/reset-password", {
      method: "POST",
      body: { identifier: email },
      expectBody: false,
    })
  } catch (error) {
    // an unknown email must look like a known one; only an unreachable server is worth saying
    if (httpStatus(error) === undefined) {
      return failed(formData, apiErrorState(error))
    }
  }
  return { notice: "sent", values: { email: email! }, version: Date.now() }
}

/** Sets the new password with the token of the emailed link, then asks the member to sign in. */
export async function resetPassword(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const token = readText(formData, "token")
  const email = readText(formData, "email")
  const password = formData.get("password")
  if (!token || !email) {
    return failed(formData, { error: "invalidLink" })
  }
  const problem = passwordError(password)
  if (problem) {
    return failed(formData, { error: "invalid", fieldErrors: { password: problem } })
  }
  try {
    await backendFetch("/auth/vendor/emailpass/update", {
      method: "POST",
      token,
      body: { email, password },
      expectBody: false,
    })
  } catch (error) {
    const status = httpStatus(error)
    return failed(
      formData,
      status === 401 || status === 400 ? { error: "invalidLink" } : apiErrorState(error)
    )
  }
  redirect(`${portalPath(locale, "/sign-in")}?reset=1`)
}

/** Creates the invited person's login and member, then opens their dashboard. */
export async function acceptInvite(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const inviteToken = readText(formData, "token")
  if (!inviteToken) {
    return failed(formData, { error: "invalidLink" })
  }
  const email = readText(formData, "email")?.toLowerCase()
  const password = formData.get("password")
  const firstName = readText(formData, "first_name")
  const lastName = readText(formData, "last_name")
  const fieldErrors: FieldErrors = {}
  const emailProblem = emailError(email)
  const passwordProblem = passwordError(password)
  if (emailProblem) fieldErrors.email = emailProblem
  if (passwordProblem) fieldErrors.password = passwordProblem
  if (!firstName) fieldErrors.first_name = "required"
  if (!lastName) fieldErrors.last_name = "required"
  if (Object.keys(fieldErrors).length > 0) {
    return failed(formData, { error: "invalid", fieldErrors })
  }

  const token = await registrationToken(email!, password as string)
  if (typeof token !== "string") {
    return failed(formData, token)
  }
  try {
    await backendFetch("/vendor/invites/accept", {
      method: "POST",
      token,
      body: { token: inviteToken, first_name: firstName, last_name: lastName },
      expectBody: false,
    })
  } catch (error) {
    const status = httpStatus(error)
    if (status === 409) {
      return failed(formData, { error: "emailTaken", fieldErrors: { email: "emailTaken" } })
    }
    return failed(
      formData,
      status === 404 || status === 400 ? { error: "invalidLink" } : apiErrorState(error)
    )
  }
  try {
    await startSession(await logIn(email!, password as string))
  } catch {
    redirect(portalPath(locale, "/sign-in"))
  }
  redirect(portalPath(locale, "/dashboard"))
}
