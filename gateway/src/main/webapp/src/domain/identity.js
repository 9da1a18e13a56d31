// Check digits of the numbers the window takes, as the intake service checks them (the server
// decides; the form only warns early): GB 11643 resident ID (MOD 11-2), GB 32100 credit code (MOD 31).
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function isResidentId(id) {
  if (typeof id !== 'string' || !/^\d{17}[\dX]$/.test(id)) return false
  const y = +id.slice(6, 10), m = +id.slice(10, 12), d = +id.slice(12, 14)
  const birth = new Date(Date.UTC(y, m - 1, d))
  if (y < 1890 || birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * ID_WEIGHTS[i]
  return ID_CHECK[sum % 11] === id[17]
}

export function isUnifiedSocialCreditCode(code) {
  if (typeof code !== 'string' || code.length !== 18) return false
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(code[i])
    if (v < 0) return false
    sum += v * USCC_WEIGHTS[i]
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31] === code[17]
}

/** The applicant's number for its kind: a person's ID card or an organisation's credit code. */
export function isValidApplicantId(kind, id) {
  return kind === 'ORGANISATION' ? isUnifiedSocialCreditCode(id) : isResidentId(id)
}

/** 1101**********002X: what list views show of a number (personal data). */
export function mask(id) {
  if (!id || id.length < 8) return '****'
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4)
}
