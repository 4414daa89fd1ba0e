/**
 * The preload exposes exactly one object, `window.ersTrainer`, with one function per IPC channel.
 * No ipcRenderer, no require, no generic send/invoke reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createErsTrainerApi } from './api'
import { EXPOSED_API_KEY } from '../../src/shared/ipc-channels'

contextBridge.exposeInMainWorld(EXPOSED_API_KEY, createErsTrainerApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)))
