import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import RemoteImage from "@/modules/common/components/remote-image"
import { PHOTO_SIZES } from "@/lib/util/photo-srcset"

type Props = { locale: Locale; title: string; images: string[] }

/**
 * Photos in a swipeable strip (CSS scroll-snap); thumbnails are anchors to each photo,
 * so the gallery needs no JavaScript on a slow phone.
 */
export default function ProductGallery({ locale, title, images }: Props) {
  const m = getMessages(locale)
  const total = images.length
  if (total === 0) {
    return (
      <div className="gallery">
        <RemoteImage alt={title} width={800} height={800} className="gallery__image" />
      </div>
    )
  }
  return (
    <section className="gallery" aria-label={m.product.gallery}>
      {/* focusable so a keyboard can scroll the photos sideways (arrow keys), not only a finger */}
      <ul className="gallery__track" tabIndex={0}>
        {images.map((url, index) => (
          <li key={url} id={`photo-${index + 1}`} className="gallery__slide">
            <RemoteImage
              src={url}
              alt={`${title} — ${format(m.product.photo, { index: index + 1, total })}`}
              width={800}
              height={800}
              sizes={PHOTO_SIZES.gallery}
              className="gallery__image"
              eager={index === 0}
            />
          </li>
        ))}
      </ul>
      {total > 1 && (
        <ul className="gallery__thumbs">
          {images.map((url, index) => (
            <li key={url}>
              <a
                href={`#photo-${index + 1}`}
                className="gallery__thumb"
                aria-label={format(m.product.showPhoto, { index: index + 1 })}
              >
                <RemoteImage src={url} alt="" width={72} height={72} />
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
