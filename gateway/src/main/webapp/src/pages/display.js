import { createApp } from 'vue'
import '../style.css'
import DisplayBoard from '../views/DisplayBoard.vue'
import { makeI18n } from '../i18n'

createApp(DisplayBoard).use(makeI18n()).mount('#app')
