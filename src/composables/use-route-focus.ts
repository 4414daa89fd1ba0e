/**
 * After every route change: set the page title and move focus to the new page's heading, so
 * screen-reader and keyboard users land at the start of the new content.
 */
import { nextTick } from 'vue'
import type { Router } from 'vue-router'

export function installRouteFocus(router: Router, doc: Document): void {
  let first = true
  router.afterEach(async (to) => {
    doc.title = `${to.meta.title} – e-RS Trainer`
    if (first) {
      first = false // on start-up, leave focus where the browser puts it
      return
    }
    await nextTick()
    // Views render their <h1> after lazy loading; wait a frame for it.
    await new Promise((resolve) => requestAnimationFrame(resolve))
    const heading = doc.querySelector<HTMLElement>('main h1')
    if (heading) {
      heading.setAttribute('tabindex', '-1')
      heading.focus()
    }
  })
}
