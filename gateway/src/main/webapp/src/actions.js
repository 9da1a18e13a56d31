import { computed, reactive } from 'vue'

/**
 * Acts a button starts, each shown as running (`busy[name]`, the button's loading state) and never
 * sent twice: pressing again — or the keyboard shortcut — while it runs does nothing. `acting` is true
 * while any of them runs, for the buttons that must wait for each other (accept / notify / reject).
 *
 *   const { busy, acting, run } = useActions()
 *   <el-button :loading="busy.approve" :disabled="acting" @click="run('approve', approve)">
 */
export function useActions() {
  const busy = reactive({})
  const acting = computed(() => Object.values(busy).some(Boolean))
  async function run(name, act, ...args) {
    if (busy[name]) return undefined
    busy[name] = true
    try {
      return await act(...args)
    } finally {
      busy[name] = false
    }
  }
  return { busy, acting, run }
}
