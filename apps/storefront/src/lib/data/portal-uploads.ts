import "server-only"
import { backendFetch } from "@/lib/backend"

/** Sends photos through the portal's photo pipeline (`/vendor/uploads`); their addresses, in order. */
export async function uploadPortalPhotos(token: string, files: File[]): Promise<string[]> {
  const upload = new FormData()
  for (const file of files) {
    upload.append("files", file, file.name)
  }
  const { files: uploaded } = await backendFetch<{ files: { url: string }[] }>("/vendor/uploads", {
    method: "POST",
    token,
    body: upload,
  })
  return uploaded.map((file) => file.url)
}
