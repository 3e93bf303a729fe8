/**
 * Lua scripts run by Redis as one atomic step each. A lock key holds the id of its owner; a lock taken
 * without an owner holds "*" and can only be released by "*".
 */

/**
 * Takes every key or none. KEYS: the lock keys; ARGV: owner id, lease in seconds (0 = no expiry).
 * Returns 1 when the owner now holds all keys (keys it already held are renewed), 0 when any key is
 * held by someone else — in which case nothing was taken, so two callers locking the same keys in
 * different orders can never each hold a part and wait for the other's.
 */
export const ACQUIRE_ALL = `
local owner = ARGV[1]
local ttl = tonumber(ARGV[2])
for _, key in ipairs(KEYS) do
  local current = redis.call('GET', key)
  if current and (current ~= owner or owner == '*') then
    return 0
  end
end
for _, key in ipairs(KEYS) do
  if ttl > 0 then
    redis.call('SET', key, owner, 'EX', ttl)
  else
    redis.call('SET', key, owner)
  end
end
return 1
`

/** Extends the lease of the keys the owner still holds. Returns how many it extended. */
export const EXTEND_OWNED = `
local owner = ARGV[1]
local ttl = tonumber(ARGV[2])
local extended = 0
for _, key in ipairs(KEYS) do
  if redis.call('GET', key) == owner then
    redis.call('EXPIRE', key, ttl)
    extended = extended + 1
  end
end
return extended
`

/** Deletes the keys the owner holds. Returns how many it deleted. */
export const RELEASE_OWNED = `
local owner = ARGV[1]
local released = 0
for _, key in ipairs(KEYS) do
  if redis.call('GET', key) == owner then
    redis.call('DEL', key)
    released = released + 1
  end
end
return released
`
