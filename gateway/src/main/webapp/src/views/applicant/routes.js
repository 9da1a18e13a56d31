import GuideSearch from './GuideSearch.vue'
import GuideItem from './GuideItem.vue'
import GuideLists from './GuideLists.vue'
import MyPreReviews from './MyPreReviews.vue'
import PreReviewDetail from './PreReviewDetail.vue'
import MyCases from './MyCases.vue'
import MyCertificates from './MyCertificates.vue'

/** The applicant page's screens (hash routes: applicant.html#/guide/AMR-0001). */
export const APPLICANT_ROUTES = [
  { path: '/', redirect: '/guide' },
  { path: '/guide', component: GuideSearch },
  { path: '/guide/:code', component: GuideItem, props: true },
  { path: '/lists', component: GuideLists },
  { path: '/pre-reviews', component: MyPreReviews },
  { path: '/pre-reviews/:id', component: PreReviewDetail, props: true },
  { path: '/cases', component: MyCases },
  { path: '/certificates', component: MyCertificates },
  { path: '/:rest(.*)*', redirect: '/guide' },
]
