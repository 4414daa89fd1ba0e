import { app, shell } from 'electron'
import { isAllowedExternalLink } from '../../../src/shared/external-links'
import { handle, type SenderPolicy } from './handle'

export function setupAppInfoIpc(policy: SenderPolicy): void {
  handle('appVersion', policy, () => app.getVersion())
  handle('openExternal', policy, async (_event, url) => {
    if (!isAllowedExternalLink(url)) return false
    await shell.openExternal(url)
    return true
  })
}
