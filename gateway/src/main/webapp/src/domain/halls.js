// 区域通办 (#24): the halls of the network as intake publishes them (GET /api/intake/halls: [{hall, version, home}]).
// A window takes in its own hall's items and the other halls' items both sides agreed on (the item's crossRegion names
// its region, its receives names the item); a 便民服务站 (STATION) owns nothing, so its list is the items it receives.
// The intake service decides (422 not-cross-region-item); these helpers only shape the window's lists and choices.

/** The code of the hall owning every item that names none (`home`). */
export function homeHall(halls) {
  return (halls || []).find((h) => h.home)?.hall?.code || null
}

/** The hall owning the item (its definition as the catalogue publishes it). */
export function owningHall(definition, home) {
  return definition?.hallCode || home
}

/** Whether a window of `hall` may take the item in: its own hall's, or another hall's both sides agreed on. */
export function takesIn(hall, definition, home) {
  if (!hall || !definition) return false
  const owner = owningHall(definition, home)
  if (owner === hall.code) return true
  return (hall.receives || []).includes(definition.code) && (definition.crossRegion || []).includes(hall.region)
}

/** The catalogue entries (`{code, definition}`) a window of `hall` offers; all of them while its hall is not known. */
export function itemsFor(hall, catalogue, home) {
  if (!hall) return catalogue || []
  return (catalogue || []).filter((i) => takesIn(hall, i.definition, home))
}

/** The bundles (一件事) a window of `hall` offers: those whose every item it may take in. */
export function bundlesFor(hall, bundles, offered) {
  if (!hall) return bundles || []
  const codes = new Set((offered || []).map((i) => i.code))
  return (bundles || []).filter((b) => b.itemCodes.split(',').every((c) => codes.has(c)))
}

/**
 * Where the applicant may collect the result of the chosen items (领取地点): the taking hall, or — when every chosen
 * item belongs to one other hall — that hall too. Only the taking hall when nothing is chosen from another hall.
 */
export function pickupChoices(hall, definitions, halls, home) {
  if (!hall) return []
  const owners = [...new Set((definitions || []).map((d) => owningHall(d, home)))]
  const others = owners.filter((o) => o !== hall.code)
  const codes = others.length === 1 && owners.length === 1 ? [hall.code, others[0]] : [hall.code]
  return codes.map((c) => (halls || []).find((h) => h.hall.code === c)?.hall || { code: c, name: c })
}

/** One line of a hall's hours: `09:00–17:00` (the service sends `09:00:00`). */
export function hours(hall) {
  const hm = (t) => (t || '').slice(0, 5)
  return hall ? `${hm(hall.opens)}–${hm(hall.closes)}` : ''
}

/** The editable part of a hall for its admin's form, and back (lists from text: one code or date a line / comma). */
export function toForm(hall) {
  return {
    opens: (hall.opens || '').slice(0, 5), closes: (hall.closes || '').slice(0, 5),
    extendedHours: (hall.extendedHours || []).map((e) => ({ day: e.day, until: (e.until || '').slice(0, 5) })),
    appointmentDays: (hall.appointmentDays || []).join('\n'),
    receives: (hall.receives || []).join('\n'),
  }
}

const listOf = (text) => (text || '').split(/[\s,，、]+/).map((s) => s.trim()).filter(Boolean)

export function fromForm(hall, form) {
  return {
    ...hall,
    opens: form.opens, closes: form.closes,
    extendedHours: form.extendedHours.filter((e) => e.day && e.until).map((e) => ({ day: e.day, until: e.until })),
    appointmentDays: listOf(form.appointmentDays),
    receives: listOf(form.receives).map((c) => c.toUpperCase()),
  }
}
