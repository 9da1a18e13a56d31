import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import en from 'element-plus/es/locale/lang/en'
import 'element-plus/dist/index.css'
import '../style.css'
import RatePage from '../views/RatePage.vue'
import { makeI18n } from '../i18n'

// Element Plus in the page's language (the rate stars' and buttons' own labels)
const i18n = makeI18n()
createApp(RatePage).use(i18n).use(ElementPlus, { locale: i18n.global.locale.value === 'en' ? en : zhCn }).mount('#app')
