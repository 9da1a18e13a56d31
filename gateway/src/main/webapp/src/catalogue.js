import { computed, ref } from 'vue'
import { get } from './api'

// The catalogue in force, read once per page and shared by every view: lists show an item's name (and
// a department's), not only its code. Until it has arrived, or for a code it does not hold, the code is
// shown as it is (item and department codes such as AMR-0001 / AMR are the hall's own identifiers).
const items = ref([])
let loading = null

function load() {
  if (!loading) {
    loading = get('/api/intake/catalogue/items')
      .then((list) => { items.value = Array.isArray(list) ? list : [] })
      .catch(() => { loading = null })
  }
  return loading
}

const byCode = computed(() => new Map(items.value.map((i) => [i.code, i])))
const departments = computed(() => new Map(items.value
  .filter((i) => i.definition?.departmentCode && i.departmentName)
  .map((i) => [i.definition.departmentCode, i.departmentName])))

export function useCatalogue() {
  load()
  return {
    items,
    ready: () => load(),
    /** 企业设立登记 for AMR-0001; the code while the catalogue is not there. */
    itemName: (code) => byCode.value.get(code)?.definition?.name || code || '',
    /** 市场监督管理局 for AMR. */
    departmentName: (code) => departments.value.get(code) || code || '',
    /** 住所证明 for the material ADDR of AMR-0001 (or of any item, when the item is not named). */
    materialName(code, itemCode) {
      const lists = itemCode && byCode.value.get(itemCode) ? [byCode.value.get(itemCode)] : items.value
      for (const i of lists) {
        const m = (i.definition?.materials || []).find((x) => x.code === code)
        if (m) return m.name
      }
      return code
    },
  }
}

/** For tests: forget what was loaded. */
export function resetCatalogue() {
  items.value = []
  loading = null
}
