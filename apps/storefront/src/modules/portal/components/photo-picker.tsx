"use client"

import { useEffect, useState } from "react"
import { format } from "@/lib/i18n/format"
import { downscalePhoto } from "@/lib/portal/downscale"
import { MAX_PHOTOS } from "@/lib/portal/photos"
import type { PortalMessages } from "@/lib/portal/messages"
import { CheckboxField, FileField } from "@/modules/common/components/forms/field"

type Props = {
  /** Photos already uploaded: each is kept (posted back) while its box stays ticked. */
  images: string[]
  error?: string
  m: PortalMessages["productForm"]
}

/**
 * Puts smaller copies of the chosen photos back into the file input, so the form uploads those
 * (a phone photo of several MB becomes a few hundred kB). Without JavaScript the originals go.
 */
async function shrinkInto(input: HTMLInputElement, chosen: File[]) {
  if (chosen.length === 0 || typeof DataTransfer === "undefined") {
    return
  }
  const smaller = await Promise.all(chosen.map(downscalePhoto))
  if (smaller.every((file, index) => file === chosen[index])) {
    return
  }
  const transfer = new DataTransfer()
  smaller.forEach((file) => transfer.items.add(file))
  input.files = transfer.files
}

/**
 * Photos of the product: the ones already saved, with a box to keep each, and a file input
 * that opens the phone's camera or gallery. Chosen photos are previewed once JavaScript runs;
 * they are uploaded when the form is saved.
 */
export default function PhotoPicker({ images, error, m }: Props) {
  const [previews, setPreviews] = useState<string[]>([])

  useEffect(() => () => previews.forEach((url) => URL.revokeObjectURL(url)), [previews])

  return (
    <div className="photo-picker">
      {images.length > 0 ? (
        <ul className="photo-picker__grid" aria-label={m.currentPhotos}>
          {images.map((url, index) => (
            <li key={url} className="photo-picker__item">
              <img
                src={url}
                alt={format(m.photoAlt, { index: index + 1 })}
                className="photo-picker__image"
                width={120}
                height={120}
              />
              <CheckboxField
                name="images"
                value={url}
                id={`keep-photo-${index}`}
                label={m.keepPhoto}
                defaultChecked
              />
            </li>
          ))}
        </ul>
      ) : null}
      <FileField
        name="photos"
        label={m.photos}
        hint={m.photosHint}
        error={error}
        accept="image/jpeg,image/png,image/webp,image/*"
        multiple
        testId="product-photos"
        onChange={(files, input) => {
          const chosen = Array.from(files ?? [])
          setPreviews(chosen.slice(0, MAX_PHOTOS).map((file) => URL.createObjectURL(file)))
          void shrinkInto(input, chosen)
        }}
      />
      {previews.length > 0 ? (
        <ul className="photo-picker__grid" aria-label={m.newPhotos}>
          {previews.map((url, index) => (
            <li key={url} className="photo-picker__item">
              <img
                src={url}
                alt={format(m.photoAlt, { index: images.length + index + 1 })}
                className="photo-picker__image"
                width={120}
                height={120}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
