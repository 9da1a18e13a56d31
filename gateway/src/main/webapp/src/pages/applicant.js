import { createApp } from 'vue'
import { createRouter, createWebHashHistory } from 'vue-router'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import en from 'element-plus/es/locale/lang/en'
import 'element-plus/dist/index.css'
import '../style.css'
import ApplicantApp from '../views/applicant/ApplicantApp.vue'
import { APPLICANT_ROUTES } from '../views/applicant/routes'
import { makeI18n } from '../i18n'

// The applicant's page (#23): phone-sized, no staff menu. The guide needs no login; the applicant's own lists
// ask for one (the login goes through the staff app's address, which sends an applicant back here).
const i18n = makeI18n()
const router = createRouter({ history: createWebHashHistory(), routes: APPLICANT_ROUTES })
createApp(ApplicantApp).use(router).use(i18n).use(ElementPlus, { locale: i18n.global.locale.value === 'en' ? en : zhCn }).mount('#app')
