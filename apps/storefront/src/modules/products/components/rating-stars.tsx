type Props = {
  /** 0 to 5; fractions fill part of a star (an average of 4.5 shows four and a half) */
  rating: number
  /** What a screen reader says ("4 sur 5"); without it the stars are decoration beside a visible text. */
  label?: string
}

/**
 * Five stars filled up to a rating: a full row drawn over an empty one and cut at the rating's share,
 * from the start side, so Arabic pages fill them from the right.
 */
export default function RatingStars({ rating, label }: Props) {
  const share = Math.max(0, Math.min(5, rating)) * 20
  return (
    <span className="stars" {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })}>
      <span className="stars__empty">☆☆☆☆☆</span>
      <span className="stars__full" style={{ inlineSize: `${share}%` }}>
        ★★★★★
      </span>
    </span>
  )
}
