/**
 * The origin the packaged app is served from. IndexedDB belongs to an origin, so this must never
 * change between versions, or every learner's progress would vanish on upgrade.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'ers-trainer'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const DATABASE_NAME = 'ers-trainer'
