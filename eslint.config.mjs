// Lint rules every workspace shares; apps/backend and apps/storefront extend them in their own config.
import js from "@eslint/js"
import prettier from "eslint-config-prettier"
import globals from "globals"
import tseslint from "typescript-eslint"

export const ignores = {
  ignores: [
    "**/node_modules/**",
    "**/dist/**",
    "**/.next/**",
    "**/.medusa/**",
    "**/.data*/**",
    "**/.turbo/**",
  ],
}

export const base = [
  ignores,
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // tests reach into responses and containers whose shapes they assert on
    files: ["**/*.test.ts", "**/*.spec.ts", "**/integration-tests/**", "**/tests/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  prettier,
]

export default base
