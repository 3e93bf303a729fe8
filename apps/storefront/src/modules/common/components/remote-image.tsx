type Props = {
  src?: string | null
  alt: string
  width: number
  height: number
  className?: string
  /** Only the first, above-the-fold image of a page should load eagerly. */
  eager?: boolean
}

/**
 * A plain <img> for backend-hosted photos (their host is only known at run time, so no
 * next/image). Fixed width/height reserve the space; a patterned block stands in when missing.
 */
export default function RemoteImage({ src, alt, width, height, className, eager = false }: Props) {
  if (!src) {
    return (
      <div
        className={`image-placeholder ${className ?? ""}`}
        {...(alt ? { role: "img", "aria-label": alt } : { "aria-hidden": true })}
      />
    )
  }
  return (
    <img
      src={src}
      alt={alt}
      width={width}
      height={height}
      className={className}
      loading={eager ? "eager" : "lazy"}
      fetchPriority={eager ? "high" : undefined}
      decoding="async"
    />
  )
}
