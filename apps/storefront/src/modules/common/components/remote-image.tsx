import { photoSources } from "@/lib/util/photo-srcset"

type Props = {
  src?: string | null
  alt: string
  /** The box the photo is drawn in (CSS px): reserves its space, and picks the variants. */
  width: number
  height: number
  className?: string
  /** How wide the photo is drawn at each screen width (PHOTO_SIZES); the box's width by default. */
  sizes?: string
  /**
   * Only the largest picture of a page (the product's main photo, the first card) loads eagerly,
   * fetched first; every other one waits until it is about to be seen.
   */
  eager?: boolean
}

/**
 * A plain <img> for backend-hosted photos (their host is only known at run time, so no next/image)
 * with `srcset` over the pipeline's WebP variants: a phone on 3G downloads the 320 or 640 px one.
 * Fixed width/height reserve the space; a patterned block stands in when missing.
 */
export default function RemoteImage({ src, alt, width, height, className, sizes, eager = false }: Props) {
  if (!src) {
    return (
      <div
        className={`image-placeholder ${className ?? ""}`}
        {...(alt ? { role: "img", "aria-label": alt } : { "aria-hidden": true })}
      />
    )
  }
  const sources = photoSources(src, width)
  return (
    // eslint-disable-next-line @next/next/no-img-element -- srcset over our own variants (photo-srcset.ts)
    <img
      src={sources.src}
      srcSet={sources.srcSet}
      sizes={sources.srcSet ? (sizes ?? `${width}px`) : undefined}
      alt={alt}
      width={width}
      height={height}
      className={className}
      loading={eager ? "eager" : "lazy"}
      fetchPriority={eager ? "high" : undefined}
      decoding={eager ? undefined : "async"}
    />
  )
}
