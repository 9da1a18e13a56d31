import { computed, ref } from 'vue'
import { open } from '../../api'
import { isApplicant } from '../../domain/applicant'

// Who is on the applicant page: nobody (the guide is public) or a logged-in applicant. Read once per page.
const me = ref(null)
const checked = ref(false)
let loading = null

export function useSession() {
  if (!loading) {
    loading = open.get('/api/me')
      .then((m) => { me.value = m })
      .catch(() => { me.value = null })
      .finally(() => { checked.value = true })
  }
  return {
    me,
    checked,
    ready: () => loading,
    loggedIn: computed(() => !!me.value && isApplicant(me.value)),
    /**
     * Keycloak's login starts at the hall's own address (/), which sends an applicant to this page once logged in
     * (the gateway's StaffOnly); the screen they left is kept in this tab meanwhile (`backAfterLogin`).
     */
    loginHref: '/',
    rememberBack(back) {
      try {
        sessionStorage.setItem(BACK, back)
      } catch {
        // no storage (private mode): the page opens on its first screen
      }
    },
  }
}

const BACK = 'ow.applicant.back'

/** The screen the applicant left to log in, once (then forgotten); null when there is none or it is not this page's. */
export function backAfterLogin() {
  try {
    const back = sessionStorage.getItem(BACK)
    sessionStorage.removeItem(BACK)
    return back && /^\/[\w\-/?=&%.]*$/.test(back) ? back : null
  } catch {
    return null
  }
}

/** For tests: forget who was logged in. */
export function resetSession(m) {
  me.value = m ?? null
  checked.value = m !== undefined
  loading = m !== undefined ? Promise.resolve() : null
}
