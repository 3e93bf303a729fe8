import nextVitals from "eslint-config-next/core-web-vitals"
import nextTypescript from "eslint-config-next/typescript"
import { base } from "../../eslint.config.mjs"

const config = [...base, ...nextVitals, ...nextTypescript, { ignores: ["next-env.d.ts"] }]

export default config
