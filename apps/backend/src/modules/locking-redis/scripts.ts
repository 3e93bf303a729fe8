/**
 * Lua scripts run by Redis as one atomic step each. A lock key holds the id of its owner; a lock taken
 * without an owner holds "*|<token>" (a token per taking, so that the process holding it can renew
 * exactly its own lease) and can be released by any caller without an owner, as Medusa's providers do.
 */

/**
 * Takes every key or none. KEYS: the lock keys; ARGV: the value to store (the owner id, or "*|token"),
 * lease in seconds (0 = no expiry). Returns 1 when the owner now holds all keys (keys a named owner
 * already held are renewed), 0 when any key is held by someone else — in which case nothing was
 * taken, so two callers locking the same keys in different orders can never each hold a part and wait
 * for the other's.
 */
export const ACQUIRE_ALL = `
local owner = ARGV[1]
local ttl = tonumber(ARGV[2])
local anonymous = string.sub(owner, 1, 2) == '*|'
for _, key in ipairs(KEYS) do
  local current = redis.call('GET', key)
  if current and (current ~= owner or anonymous) then
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

/**
 * Takes every key or none, in turn: waiters queue per key in a sorted set scored by a ticket drawn
 * once (INCR), and a waiter may take its keys only when it heads the queue of each. The waiter with
 * the lowest ticket heads all its queues, so somebody always makes progress (no deadlock), and a
 * newcomer can no longer take a popular product's lock ahead of those waiting longest.
 *
 * KEYS: n lock keys, then their n queues, then the hash of waiters' last sign of life (ms).
 * ARGV: owner, lease in seconds, ticket, milliseconds after which a silent waiter is dropped.
 * Returns {1} when taken; otherwise {0, waiters ahead (the most over the queues), holders joined by
 * ","}, which the caller compares between tries to tell a moving queue from a stuck one.
 */
export const ACQUIRE_IN_TURN = `
local n = math.floor((#KEYS - 1) / 2)
local owner = ARGV[1]
local ttl = tonumber(ARGV[2])
local ticket = tonumber(ARGV[3])
local stale = tonumber(ARGV[4])
local waiters = KEYS[#KEYS]
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('HSET', waiters, owner, now)
local ahead = 0
for i = 1, n do
  local queue = KEYS[n + i]
  redis.call('ZADD', queue, 'NX', ticket, owner)
  local rank = redis.call('ZRANK', queue, owner)
  -- waiters ahead that stopped asking (their process died) leave the queue
  if rank > 0 then
    for _, other in ipairs(redis.call('ZRANGE', queue, 0, rank - 1)) do
      local seen = tonumber(redis.call('HGET', waiters, other) or '0')
      if now - seen > stale then
        redis.call('ZREM', queue, other)
        redis.call('HDEL', waiters, other)
      end
    end
    rank = redis.call('ZRANK', queue, owner)
  end
  if rank > ahead then
    ahead = rank
  end
end
local holders = {}
local free = true
for i = 1, n do
  local current = redis.call('GET', KEYS[i])
  if current then
    free = false
    holders[#holders + 1] = current
  end
end
if ahead > 0 or not free then
  return {0, ahead, table.concat(holders, ',')}
end
for i = 1, n do
  redis.call('SET', KEYS[i], owner, 'EX', ttl)
  redis.call('ZREM', KEYS[n + i], owner)
end
redis.call('HDEL', waiters, owner)
return {1}
`

/** Leaves the queues (a waiter that gives up). KEYS: the queues, then the waiters' hash; ARGV: owner. */
export const LEAVE_QUEUES = `
local owner = ARGV[1]
for i = 1, #KEYS - 1 do
  redis.call('ZREM', KEYS[i], owner)
end
redis.call('HDEL', KEYS[#KEYS], owner)
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

/**
 * Deletes the keys the owner holds; owner "*" deletes those taken without an owner, whoever took them.
 * Returns how many it deleted.
 */
export const RELEASE_OWNED = `
local owner = ARGV[1]
local released = 0
for _, key in ipairs(KEYS) do
  local current = redis.call('GET', key)
  if current and (current == owner or (owner == '*' and (current == '*' or string.sub(current, 1, 2) == '*|'))) then
    redis.call('DEL', key)
    released = released + 1
  end
end
return released
`
