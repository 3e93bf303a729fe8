// Medusa reads its configuration from apps/backend (the CLI always runs there);
// this file lets tools that look at the repository root find the same config.
module.exports = require("./apps/backend/medusa-config")
