import type { MiddlewareRoute } from "@medusajs/framework/http"
import { guardStaffRoles } from "./guard-staff-roles"

export const adminUsersMiddlewares: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/admin/users/:id", middlewares: [guardStaffRoles] },
]
