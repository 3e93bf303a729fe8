/** Big enough that an oversized text reaches the validator and gets a field-level 400 rather than a bare 413. */
export const textBodies = { sizeLimit: "12mb" }
