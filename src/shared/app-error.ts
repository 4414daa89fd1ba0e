/**
 * The app's one error type: each failure has a reason from one list, and each reason belongs to a
 * code (storage, validation, conflict, locked, not-found). Views turn the reason into words
 * (src/views/error-words.ts); nothing reads `message`, which is for logs only.
 */
export const APP_ERROR_CODES = ['storage', 'validation', 'conflict', 'locked', 'not-found'] as const
export type AppErrorCode = (typeof APP_ERROR_CODES)[number]

/**
 * Every situation reported this way, and its code. Manager mode so far: the other stores still throw
 * their own errors (see the note on issue 12); each moves here as it is reworked.
 */
export const APP_ERROR_REASONS = {
  'pin-already-set': 'conflict',
  'manager-locked': 'locked',
} as const satisfies Record<string, AppErrorCode>
export type AppErrorReason = keyof typeof APP_ERROR_REASONS

export class AppError extends Error {
  override name = 'AppError'
  readonly code: AppErrorCode

  constructor(
    readonly reason: AppErrorReason,
    options: { cause?: unknown } = {},
  ) {
    super(reason, options)
    this.code = APP_ERROR_REASONS[reason]
  }
}

/** Whether `error` is an AppError (with this reason, when one is given). */
export function isAppError(error: unknown, reason?: AppErrorReason): error is AppError {
  return error instanceof AppError && (reason === undefined || error.reason === reason)
}
