import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { AdminGetNotificationsParams, AdminResendNotification } from "./validators"

// /admin/* is authenticated as a staff `user` by Medusa itself, and its cookie writes Origin-checked
export const adminNotificationsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/notification-deliveries",
    middlewares: [validateAndTransformQuery(AdminGetNotificationsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/notifications/:id/resend",
    middlewares: [validateAndTransformBody(AdminResendNotification)],
  },
]
