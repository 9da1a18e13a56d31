// The calling screen's list: newest call first, a number called again moves to the top, at most 12.
export function addCall(calls, call, shown = 12) {
  return [call, ...calls.filter((c) => c.ticketNumber !== call.ticketNumber)].slice(0, shown)
}
