// `node --import ./build/node-yaml-register.mjs …`: registers the .yaml import hooks (see node-yaml-hooks.mjs).
import { register } from 'node:module'

register('./node-yaml-hooks.mjs', import.meta.url)
