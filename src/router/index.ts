import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** Used for the document title and the navigation. */
    title: string
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('../views/HomeView.vue'), meta: { title: 'Home' } },
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
  { path: '/manager', name: 'manager', component: () => import('../views/ManagerView.vue'), meta: { title: 'Manager' } },
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
  return createRouter({ history: createWebHashHistory(), routes })
}
