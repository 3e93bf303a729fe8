/** A failure a person can act on: what went wrong, and what to do about it. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly hint: string
  ) {
    super(message)
    this.name = "StartupError"
  }
}
