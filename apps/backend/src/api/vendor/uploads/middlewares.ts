import type { MiddlewareRoute } from "@medusajs/framework/http"
import { uploadPhotos } from "./upload-photos"

export const vendorUploadsMiddlewares: MiddlewareRoute[] = [
  // multer reads the multipart body itself
  { methods: ["POST"], matcher: "/vendor/uploads", bodyParser: false, middlewares: [uploadPhotos] },
]
