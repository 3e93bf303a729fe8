import Link from "next/link"

type Props = {
  name: string
  title: string
  options: { value: string; label: string; count: number; href: string; selected: boolean }[]
}

/** One facet: its values as toggle links with their counts, so the state lives in the URL. */
export default function SearchFacet({ name, title, options }: Props) {
  if (!options.length) {
    return null
  }
  return (
    <fieldset className="search-facet" data-testid={`search-facet-${name}`}>
      <legend className="search-facet__title">{title}</legend>
      <ul className="chips">
        {options.map((option) => (
          <li key={option.value}>
            <Link
              href={option.href}
              className="chip"
              // a link cannot be pressed (aria-pressed is for buttons): a chosen filter is the current one
              aria-current={option.selected ? "true" : undefined}
              data-testid={`search-facet-${name}-option`}
              data-value={option.value}
              rel="nofollow"
              scroll={false}
            >
              {option.label} <span className="search-facet__count">({option.count})</span>
            </Link>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
