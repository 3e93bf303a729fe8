import { jsonLdText, type ProductJsonLdInput, productJsonLd } from "@/lib/shop/product-json-ld"

/** The product page's structured data for search engines (name, maker, buyers' rating). */
export default function ProductJsonLd(props: ProductJsonLdInput) {
  return (
    <script
      type="application/ld+json"
      // escaped by jsonLdText: a review's words cannot close the script
      dangerouslySetInnerHTML={{ __html: jsonLdText(productJsonLd(props)) }}
    />
  )
}
