import Redis from "ioredis"
import { inject } from "vitest"

export type ScheduledRun = { id: string; job: string; scheduledFor: number; finishedOn: number }

/**
 * Runs of a scheduled job, read from the workflow engine's job queue (BullMQ keeps completed jobs
 * a day): scheduled jobs run there, only on processes in worker mode.
 */
export async function scheduledRuns(job: string): Promise<ScheduledRun[]> {
  const redis = new Redis(inject("redisUrl"), { maxRetriesPerRequest: 1 })
  try {
    const ids = await redis.zrange("bull:medusa-workflows-jobs:completed", 0, -1)
    const runs: ScheduledRun[] = []
    for (const id of ids) {
      const fields = await redis.hgetall(`bull:medusa-workflows-jobs:${id}`)
      const data = fields.data ? JSON.parse(fields.data) : {}
      if (data.jobId === job) {
        runs.push({ id, job, scheduledFor: Number(fields.timestamp), finishedOn: Number(fields.finishedOn) })
      }
    }
    return runs.sort((a, b) => a.scheduledFor - b.scheduledFor)
  } finally {
    redis.disconnect()
  }
}

/** Whether the worker's timetable still holds a scheduled job (BullMQ's repeatable jobs, in Redis). */
export async function isScheduled(job: string): Promise<boolean> {
  const redis = new Redis(inject("redisUrl"), { maxRetriesPerRequest: 1 })
  try {
    return (await redis.zscore("bull:medusa-workflows-jobs:repeat", `schedule_${job}`)) !== null
  } finally {
    redis.disconnect()
  }
}
