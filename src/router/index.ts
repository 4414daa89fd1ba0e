import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { installManagerGuard } from './manager-guard'
// Home is where every start lands: loading it with the app saves a round trip before the first screen.
import HomeView from '../views/HomeView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** Used for the document title and the navigation. */
    title: string
    /** Practice manager pages: 'protected' need manager mode unlocked; 'gate' are the set-PIN and unlock pages. */
    manager?: 'protected' | 'gate'
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView, meta: { title: 'Home' } },
  { path: '/learn', name: 'learn', component: () => import('../views/LearnView.vue'), meta: { title: 'Learn' } },
  { path: '/learn/:moduleId', name: 'module', component: () => import('../views/ModuleView.vue'), props: true, meta: { title: 'Module' } },
  { path: '/learn/:moduleId/lessons/:lessonNumber', name: 'lesson', component: () => import('../views/LessonView.vue'), props: true, meta: { title: 'Lesson' } },
  { path: '/attempts/:attemptId', name: 'attempt', component: () => import('../views/AttemptView.vue'), props: true, meta: { title: 'Questions' } },
  { path: '/attempts/:attemptId/review', name: 'attempt-review', component: () => import('../views/AttemptReviewView.vue'), props: true, meta: { title: 'Your result' } },
  { path: '/practice/worklists', name: 'worklists', component: () => import('../views/WorklistSimulatorView.vue'), meta: { title: 'Worklist simulator' } },
  { path: '/practice/scenarios', name: 'scenarios', component: () => import('../views/ScenariosView.vue'), meta: { title: 'Scenarios' } },
  { path: '/practice/scenarios/:scenarioId', name: 'scenario', component: () => import('../views/ScenarioView.vue'), props: true, meta: { title: 'Scenario' } },
  { path: '/quizzes', name: 'quizzes', component: () => import('../views/QuizzesView.vue'), meta: { title: 'Quizzes' } },
  { path: '/certificates', name: 'certificates', component: () => import('../views/CertificatesView.vue'), meta: { title: 'Certificates' } },
  { path: '/certificates/verify', name: 'verify', component: () => import('../views/VerifyView.vue'), meta: { title: 'Verify a certificate' } },
  { path: '/manager', name: 'manager', component: () => import('../views/ManagerDashboardView.vue'), meta: { title: 'Manager', manager: 'protected' } },
  { path: '/manager/insights', name: 'manager-insights', component: () => import('../views/ManagerInsightsView.vue'), meta: { title: 'What the team gets wrong', manager: 'protected' } },
  { path: '/manager/import', name: 'manager-import', component: () => import('../views/ManagerImportView.vue'), meta: { title: 'Records from other PCs', manager: 'protected' } },
  { path: '/manager/report', name: 'manager-report', component: () => import('../views/ManagerReportView.vue'), meta: { title: 'Practice report', manager: 'protected' } },
  { path: '/manager/settings', name: 'manager-settings', component: () => import('../views/ManagerSettingsView.vue'), meta: { title: 'Practice settings', manager: 'protected' } },
  { path: '/manager/audit', name: 'manager-audit', component: () => import('../views/ManagerAuditView.vue'), meta: { title: 'Audit log', manager: 'protected' } },
  { path: '/manager/unlock', name: 'manager-unlock', component: () => import('../views/ManagerUnlockView.vue'), meta: { title: 'Unlock manager mode', manager: 'gate' } },
  { path: '/manager/set-pin', name: 'manager-set-pin', component: () => import('../views/ManagerSetPinView.vue'), meta: { title: 'Set the manager PIN', manager: 'gate' } },
  { path: '/reference', name: 'reference', component: () => import('../views/ReferenceView.vue'), meta: { title: 'Reference' } },
  { path: '/about', name: 'about', component: () => import('../views/AboutView.vue'), meta: { title: 'About' } },
  { path: '/learners', name: 'learners', component: () => import('../views/LearnersView.vue'), meta: { title: 'Learners' } },
  { path: '/progress', name: 'progress', component: () => import('../views/ProgressView.vue'), meta: { title: 'My progress' } },
  { path: '/learners/new', name: 'learner-new', component: () => import('../views/LearnerNewView.vue'), meta: { title: 'Add a learner' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../views/NotFoundView.vue'), meta: { title: 'Page not found' } },
]

/** The main navigation, in order. */
export const NAV_ROUTES = ['home', 'learn', 'quizzes', 'certificates', 'manager', 'reference', 'about'] as const

export function createAppRouter() {
  const router = createRouter({ history: createWebHashHistory(), routes })
  installManagerGuard(router)
  return router
}
