/**
 * RFC 8058 one-click unsubscribe for messages that are not transactional (those whose data carries an
 * `unsubscribe_url`): mail clients show an "unsubscribe" button that POSTs to the link. Transactional
 * messages get no headers.
 */
export function unsubscribeHeaders(data: Record<string, unknown> | null | undefined): Record<string, string> {
  const url = data?.unsubscribe_url
  if (typeof url !== "string" || !/^https?:\/\//.test(url)) {
    return {}
  }
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
}
