/**
 * The one way to register an IPC handler. Every call is checked before the handler runs:
 * the sender must be the app's own top-level frame, and the arguments must parse against the
 * channel's schema. Anything else is rejected and logged.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebFrameMain } from 'electron'
import type { z } from 'zod'
import { ipcContract, type IpcName, type IpcResults } from '../../../src/shared/ipc-contract'
import { issueTexts } from '../../../src/shared/zod-issues'
import { isInAppNavigation } from '../navigation'

export class IpcRejection extends Error {
  constructor(
    readonly channel: string,
    readonly reason: 'foreign-sender' | 'bad-arguments',
    detail: string,
  ) {
    super(`IPC ${channel} rejected (${reason}): ${detail}`)
    this.name = 'IpcRejection'
  }
}

export interface SenderPolicy {
  appOrigins: readonly string[]
  log?: (message: string) => void
}

type FrameLike = Pick<WebFrameMain, 'url'> & { parent: unknown }

export function isTrustedSender(frame: FrameLike | null | undefined, appOrigins: readonly string[]): boolean {
  if (!frame) return false
  if (frame.parent !== null) return false // sub-frames never talk to the main process
  return isInAppNavigation(frame.url, appOrigins)
}

export function handle<K extends IpcName>(
  name: K,
  policy: SenderPolicy,
  handler: (event: IpcMainInvokeEvent, ...args: z.output<(typeof ipcContract)[K]['args']>) => Promise<IpcResults[K]> | IpcResults[K],
): void {
  const { channel, args: schema } = ipcContract[name]
  const log = policy.log ?? ((m: string) => console.warn(m))
  ipcMain.handle(channel, async (event, ...rawArgs: unknown[]) => {
    if (!isTrustedSender(event.senderFrame as FrameLike | null, policy.appOrigins)) {
      const rejection = new IpcRejection(channel, 'foreign-sender', event.senderFrame?.url ?? 'no frame')
      log(rejection.message)
      throw rejection
    }
    const parsed = schema.safeParse(rawArgs)
    if (!parsed.success) {
      const rejection = new IpcRejection(channel, 'bad-arguments', issueTexts(parsed.error.issues, { path: 'none' }).join('; '))
      log(rejection.message)
      throw rejection
    }
    return handler(event, ...(parsed.data as z.output<(typeof ipcContract)[K]['args']>))
  })
}
