import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { AdminCreateEvent, AdminGetEventsParams, AdminSetEventStands, AdminUpdateEvent } from "./validators"

// /admin/* is authenticated as a staff `user` by Medusa itself
export const adminEventsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/events",
    middlewares: [validateAndTransformQuery(AdminGetEventsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/events",
    middlewares: [validateAndTransformBody(AdminCreateEvent)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/events/:id",
    middlewares: [validateAndTransformBody(AdminUpdateEvent)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/events/:id/stands",
    middlewares: [validateAndTransformBody(AdminSetEventStands)],
  },
]
