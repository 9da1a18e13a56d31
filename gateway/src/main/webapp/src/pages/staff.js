import { createApp } from 'vue'
import { createRouter, createWebHashHistory } from 'vue-router'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import '../style.css'
import App from '../App.vue'
import { makeI18n } from '../i18n'
import { get } from '../api'
import { homeFor, workspacesFor } from '../domain/posts'
import WindowWorkspace from '../views/WindowWorkspace.vue'
import RunnerWorkspace from '../views/RunnerWorkspace.vue'
import ReviewWorkspace from '../views/ReviewWorkspace.vue'
import IssuanceWorkspace from '../views/IssuanceWorkspace.vue'
import SupervisorDashboard from '../views/SupervisorDashboard.vue'
import AdminWorkspace from '../views/AdminWorkspace.vue'
import CaseLookup from '../views/CaseLookup.vue'
import HandoverDesk from '../views/HandoverDesk.vue'
import WorkOrderDesk from '../views/WorkOrderDesk.vue'
import ComplaintDesk from '../views/ComplaintDesk.vue'
import PreReviewWorkspace from '../views/PreReviewWorkspace.vue'
import EnquiryDesk from '../views/EnquiryDesk.vue'
import EnquiryAnswerDesk from '../views/EnquiryAnswerDesk.vue'
import FaqApprovalDesk from '../views/FaqApprovalDesk.vue'
import HelpDesk from '../views/HelpDesk.vue'
import SignOffDesk from '../views/SignOffDesk.vue'
import { isApplicant } from '../domain/applicant'

async function start() {
  const me = await get('/api/me')
  if (isApplicant(me)) {
    // an applicant (no staff post) never sees the staff app: their own page (the gateway sends them there already)
    location.replace('/applicant.html')
    return
  }
  const posts = me.posts?.length ? me.posts : [me.post]
  const allowed = new Set(workspacesFor(posts).map((w) => w.path))
  const router = createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', redirect: homeFor(posts) },
      { path: '/window', component: WindowWorkspace },
      { path: '/runner', component: RunnerWorkspace },
      { path: '/review', component: ReviewWorkspace },
      { path: '/issuance', component: IssuanceWorkspace },
      { path: '/dashboard', component: SupervisorDashboard },
      { path: '/admin', component: AdminWorkspace },
      { path: '/handover', component: HandoverDesk },
      { path: '/work-orders', component: WorkOrderDesk },
      { path: '/complaints', component: ComplaintDesk },
      { path: '/pre-review', component: PreReviewWorkspace },
      { path: '/enquiry-desk', component: EnquiryDesk },
      { path: '/enquiry-answers', component: EnquiryAnswerDesk },
      { path: '/faq-approval', component: FaqApprovalDesk },
      { path: '/help-desk', component: HelpDesk },
      { path: '/sign-offs', component: SignOffDesk },
      { path: '/case/:caseId?', component: CaseLookup },
    ],
  })
  router.beforeEach((to) => (to.path === '/' || allowed.has('/' + to.path.split('/')[1]) ? true : homeFor(posts)))

  createApp(App, { me: { ...me, posts } }).use(router).use(makeI18n()).use(ElementPlus, { locale: zhCn }).mount('#app')
}

start()
