import { register } from "ts-node"

// Medusa loads medusa-config.ts, modules and links with require(): let Node compile TypeScript.
register({ swc: true, transpileOnly: true })
