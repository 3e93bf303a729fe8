import { photoUploader } from "../../vendor/uploads/upload-photos"
import { MAX_REVIEW_PHOTOS } from "../../utils/reviews"

export const uploadReviewPhotos = photoUploader(MAX_REVIEW_PHOTOS)
