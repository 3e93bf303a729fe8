import { photoUploader } from "../../vendor/uploads/upload-photos"

/** The photos a shopper adds to a return request: three at most. */
export const MAX_RETURN_PHOTOS = 3
export const uploadReturnPhotos = photoUploader(MAX_RETURN_PHOTOS)
