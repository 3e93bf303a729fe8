"use client"

import { useEffect, useRef, useState } from "react"
import { format } from "@/lib/i18n/format"
import { downscalePhoto } from "@/lib/portal/downscale"
import type { PhotoPreparation } from "@/lib/portal/draft"
import { MAX_PHOTOS } from "@/lib/portal/photos"
import type { PortalMessages } from "@/lib/portal/messages"
import { CheckboxField, FileField } from "@/modules/common/components/forms/field"

type Props = {
  /** Photos already uploaded: each is kept (posted back) while its box stays ticked. */
  images: string[]
  error?: string
  m: PortalMessages["productForm"]
  /** Shrinking in progress: the form's save waits for it, so an original photo is never sent. */
  preparation?: PhotoPreparation
  preparingLabel?: string
  /** Photos chosen before (a draft kept on the phone), already shrunk. */
  initialFiles?: File[]
  /** Told the shrunk photos once they are ready (to keep them in the draft). */
  onPhotos?: (files: File[]) => void
}

/**
 * Puts the given files into the file input, so a form posted the ordinary way sends them
 * (a phone photo of several MB becomes a few hundred kB). Without JavaScript the originals go.
 */
function putInto(input: HTMLInputElement | null | undefined, files: File[]) {
  if (!input || typeof DataTransfer === "undefined") {
    return
  }
  const transfer = new DataTransfer()
  files.forEach((file) => transfer.items.add(file))
  input.files = transfer.files
}

/**
 * Photos of the product: the ones already saved, with a box to keep each, and a file input
 * that opens the phone's camera or gallery. Chosen photos are previewed once JavaScript runs;
 * they are uploaded when the form is saved.
 */
export default function PhotoPicker({
  images,
  error,
  m,
  preparation,
  preparingLabel,
  initialFiles,
  onPhotos,
}: Props) {
  const [previews, setPreviews] = useState<string[]>(
    () => initialFiles?.slice(0, MAX_PHOTOS).map((file) => URL.createObjectURL(file)) ?? []
  )
  const [preparing, setPreparing] = useState(false)
  const frame = useRef<HTMLDivElement>(null)

  useEffect(() => () => previews.forEach((url) => URL.revokeObjectURL(url)), [previews])
  useEffect(() => preparation?.onBusyChange(setPreparing), [preparation])
  useEffect(() => {
    if (!initialFiles?.length) {
      return
    }
    putInto(frame.current?.querySelector<HTMLInputElement>('input[type="file"]'), initialFiles)
  }, [initialFiles])

  return (
    <div className="photo-picker" ref={frame}>
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
          const shrinking = Promise.all(chosen.map(downscalePhoto))
          void (preparation ? preparation.start(shrinking, chosen) : shrinking).then((smaller) => {
            putInto(input, smaller)
            onPhotos?.(smaller)
          })
        }}
      />
      {preparing && preparingLabel ? (
        <p className="field__hint" role="status" data-testid="photos-preparing">
          {preparingLabel}
        </p>
      ) : null}
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
