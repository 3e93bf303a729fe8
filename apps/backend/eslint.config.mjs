import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import { base } from "../../eslint.config.mjs"

export default [
  ...base,
  {
    // Admin extensions run in the browser with React 18
    files: ["src/admin/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
]
