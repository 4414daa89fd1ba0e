/**
 * The start-up baseline: the least a Vue page can do, built with the renderer's own Vite config and
 * marking itself ready the way src/main.ts does (html[data-ready=true] after mount).
 */
import { createApp, h } from 'vue'

createApp({ render: () => h('h1', 'Blank') }).mount('#app')
document.documentElement.dataset['ready'] = 'true'
