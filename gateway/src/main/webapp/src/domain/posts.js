// Which workspaces a logged-in post sees in the menu (the services refuse the rest anyway).
export const WORKSPACES = [
  // 帮办代办: the helper's desk first (its home); the window's form too, for the take-in on the applicant's behalf
  { path: '/help-desk', key: 'helpDesk', posts: ['helper'] },
  { path: '/window', key: 'window', posts: ['window-clerk', 'mid-desk', 'helper'] },
  { path: '/runner', key: 'runner', posts: ['material-runner'] },
  { path: '/review', key: 'review', posts: ['department-reviewer', 'chief-representative'] },
  // 窗口无否决权 (#24): the window's returns and refusals wait here for the mid desk's or the chief representative's sign-off
  { path: '/sign-offs', key: 'signOffs', posts: ['mid-desk', 'chief-representative'] },
  { path: '/issuance', key: 'issuance', posts: ['issuance-clerk'] },
  { path: '/dashboard', key: 'dashboard', posts: ['supervisor', 'hall-admin'] },
  { path: '/admin', key: 'admin', posts: ['hall-admin'] },
  // 网上预审 (#23): the applicants' online submissions, checked against the checklist within the item's limit
  { path: '/pre-review', key: 'preReview', posts: ['pre-reviewer'] },
  // the department's own side of the hall: files to confirm from the runners, its work orders (#22 item 13)
  { path: '/handover', key: 'handover', posts: ['department-reviewer', 'chief-representative'] },
  { path: '/work-orders', key: 'workOrders', posts: ['department-reviewer', 'chief-representative'] },
  // 办不成事: the window registers a complaint, the supervisor names the lead section, which replies in writing
  { path: '/complaints', key: 'complaints', posts: ['window-clerk', 'mid-desk', 'supervisor', 'department-reviewer', 'chief-representative'] },
  // 咨询答复 (#24): the enquiry desk's workspace (enquiries, return visits, FAQ proposals); the department answers the
  // enquiries about its items; the hall admin approves the FAQ entries grown from them
  { path: '/enquiry-desk', key: 'enquiryDesk', posts: ['enquiry-desk'] },
  { path: '/enquiry-answers', key: 'enquiryAnswers', posts: ['department-reviewer', 'chief-representative'] },
  { path: '/faq-approval', key: 'faqApproval', posts: ['hall-admin'] },
  { path: '/case', key: 'case', posts: ['window-clerk', 'mid-desk', 'material-runner', 'department-reviewer',
    'chief-representative', 'issuance-clerk', 'supervisor', 'hall-admin', 'operator'] },
]

export function workspacesFor(posts) {
  const mine = new Set(Array.isArray(posts) ? posts : [posts])
  return WORKSPACES.filter((w) => w.posts.some((p) => mine.has(p)))
}

/** Where a post lands after login: its first workspace. */
export function homeFor(posts) {
  const ws = workspacesFor(posts)
  return ws.length ? ws[0].path : '/case'
}
