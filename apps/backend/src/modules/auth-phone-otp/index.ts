import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PhoneOtpAuthService } from "./service"

export const PHONE_OTP_PROVIDER = "phone-otp"

export default ModuleProvider(Modules.AUTH, {
  services: [PhoneOtpAuthService],
})
