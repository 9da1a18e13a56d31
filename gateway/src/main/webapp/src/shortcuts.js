import { onMounted, onUnmounted } from 'vue'

/**
 * Keyboard shortcuts anywhere on a workspace, as the window's intake has them (focus may sit on the
 * page body after a step hides its field): one keydown listener on the window while the view is
 * mounted. Keys are written 'Alt+N', 'Alt+ArrowDown', 'Alt+1', 'F2'; letters and digits are matched by
 * the physical key, so they work whatever the keyboard layout or input method.
 */
export function keyOf(e) {
  let k = e.key
  if (/^Key[A-Z]$/.test(e.code || '')) k = e.code.slice(3)
  else if (/^Digit\d$/.test(e.code || '')) k = e.code.slice(5)
  else if (k && k.length === 1) k = k.toUpperCase()
  return (e.ctrlKey ? 'Ctrl+' : '') + (e.altKey ? 'Alt+' : '') + (e.shiftKey && k.length > 1 ? 'Shift+' : '') + k
}

export function useShortcuts(bindings) {
  function onKey(e) {
    const act = bindings[keyOf(e)]
    if (!act) return
    e.preventDefault()
    act(e)
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onUnmounted(() => window.removeEventListener('keydown', onKey))
  return onKey
}

/** The row after (step 1) or before (step -1) the current one in a list, for Alt+↓ / Alt+↑. */
export function stepThrough(rows, current, step, key = 'caseId') {
  if (!rows.length) return null
  const at = current ? rows.findIndex((r) => r[key] === current[key]) : -1
  if (at < 0) return step > 0 ? rows[0] : rows[rows.length - 1]
  return rows[Math.min(rows.length - 1, Math.max(0, at + step))]
}
