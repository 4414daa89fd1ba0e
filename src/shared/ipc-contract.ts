/**
 * The IPC contract between the Electron main process and the renderer: one entry per channel,
 * with the zod schema for its arguments. The preload API type is derived from this map, so the
 * three sides (main handlers, preload, renderer) cannot drift apart.
 */
import { z } from 'zod'
import { IPC_CHANNELS } from './ipc-channels'

const fileFilter = z.object({
  name: z.string().min(1).max(80),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).min(1).max(10),
})

/** Largest file the app will save or open: certificates and passports are far smaller. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

export const ipcContract = {
  saveFile: {
    channel: IPC_CHANNELS.saveFile,
    args: z.tuple([
      z.object({
        suggestedName: z
          .string()
          .min(1)
          .max(200)
          .regex(/^[^/\\:*?"<>|]+$/, 'a file name, not a path'),
        bytes: z
          .custom<Uint8Array>((v) => v instanceof Uint8Array, 'bytes must be a Uint8Array')
          .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too large'),
        filters: z.array(fileFilter).max(5),
      }),
    ]),
  },
  openFiles: {
    channel: IPC_CHANNELS.openFiles,
    args: z.tuple([z.object({ filters: z.array(fileFilter).max(5), multiple: z.boolean() })]),
  },
  appVersion: {
    channel: IPC_CHANNELS.appVersion,
    args: z.tuple([]),
  },
  openExternal: {
    channel: IPC_CHANNELS.openExternal,
    args: z.tuple([z.url()]),
  },
} as const

export type IpcContract = typeof ipcContract
export type IpcName = keyof IpcContract

export interface SaveFileResult {
  saved: boolean
  /** Where it went, for the confirmation message. */
  location?: string
}
export interface OpenedFile {
  name: string
  bytes: Uint8Array
}

export interface IpcResults {
  saveFile: SaveFileResult
  openFiles: OpenedFile[]
  appVersion: string
  openExternal: boolean
}

/** The object the preload exposes as `window.ersTrainer`: one function per channel, nothing else. */
export type ErsTrainerApi = {
  [K in IpcName]: (...args: z.input<IpcContract[K]['args']>) => Promise<IpcResults[K]>
}

export { EXPOSED_API_KEY } from './ipc-channels'
