/** What a learner's answer looks like for each question type (stored as the answer's response). */
import { z } from 'zod'
import { worklistIdSchema } from '../content/schema'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const responseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), optionId: z.string().min(1) }),
  z.object({ type: z.literal('multiple'), optionIds: z.array(z.string().min(1)) }),
  z.object({ type: z.literal('true-false'), value: z.boolean() }),
  z.object({ type: z.literal('ordering'), order: z.array(z.string().min(1)) }),
  /** pair id → the right-hand text chosen for it */
  z.object({ type: z.literal('matching'), matches: z.record(z.string(), z.string()) }),
  z.object({ type: z.literal('date-calc'), start: isoDate, date: isoDate }),
  z.object({ type: z.literal('worklist-triage'), worklist: worklistIdSchema, action: z.string().min(1) }),
  z.object({
    type: z.literal('scenario'),
    /** The choice ids taken, in order. */
    path: z.array(z.string().min(1)).min(1),
    endingId: z.string().min(1),
  }),
])
export type QuestionResponse = z.infer<typeof responseSchema>
export type ResponseOf<T extends QuestionResponse['type']> = Extract<QuestionResponse, { type: T }>
