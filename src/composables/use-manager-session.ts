/**
 * App-wide care of the manager session: any key press or click keeps it open; a check every few
 * seconds ends it after the idle limit; and when it ends (locked, idle) while a manager page is
 * showing, that page is replaced by the unlock page, so nothing protected stays on screen.
 */
import { onBeforeUnmount, onMounted, watch } from 'vue'
import { useRouter } from 'vue-router'
import { useManagerSessionStore } from '../stores/use-manager-session-store'

const CHECK_EVERY_MS = 10_000

export function useManagerSession(doc: Document = document): void {
  const session = useManagerSessionStore()
  const router = useRouter()
  const onActivity = (): void => session.touch()
  let timer: ReturnType<typeof setInterval> | undefined

  onMounted(() => {
    doc.addEventListener('keydown', onActivity, { capture: true, passive: true })
    doc.addEventListener('pointerdown', onActivity, { capture: true, passive: true })
    timer = setInterval(() => session.sessionActive(), CHECK_EVERY_MS)
  })
  onBeforeUnmount(() => {
    doc.removeEventListener('keydown', onActivity, { capture: true })
    doc.removeEventListener('pointerdown', onActivity, { capture: true })
    clearInterval(timer)
  })

  watch(
    () => session.unlocked,
    (unlocked) => {
      const current = router.currentRoute.value
      if (!unlocked && current.meta.manager === 'protected') void router.replace({ path: '/manager/unlock', query: { redirect: current.fullPath } })
    },
  )
}
