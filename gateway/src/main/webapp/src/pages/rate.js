import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import '../style.css'
import RatePage from '../views/RatePage.vue'
import { makeI18n } from '../i18n'

createApp(RatePage).use(makeI18n()).use(ElementPlus).mount('#app')
