import RemoteImage from "@/modules/common/components/remote-image"

/** The photos a shopper sent with a return request, small, each a link to the full picture. */
export default function ReturnPhotos({ urls, alt }: { urls?: string[] | null; alt: string }) {
  if (!urls?.length) {
    return null
  }
  return (
    <ul className="return-photos plain-list" data-testid="return-photos-list">
      {urls.map((url) => (
        <li key={url}>
          <a href={url} target="_blank" rel="noopener">
            <RemoteImage src={url} alt={alt} width={96} height={96} sizes="96px" />
          </a>
        </li>
      ))}
    </ul>
  )
}
