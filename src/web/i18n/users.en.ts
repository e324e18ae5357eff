/** English messages of user administration beyond the basics: roles that need a second administrator. */
export const usersEn = {
  'users.pending': '{role} ({where}), awaiting a second administrator',
  'users.createdPending':
    'User {username} created. {role} waits for a second administrator’s approval: it reaches victims’, complainants’ or patients’ records.',
  'users.grants.title': 'Roles awaiting a second administrator',
  'users.grants.intro':
    'A role that reaches victims’, complainants’ or patients’ records (conduct officer, investigator, medical officer) is granted only when a second administrator approves it; the mission’s conduct officers are told. Nobody grants a role to themselves.',
  'users.grants.none': 'No role awaits approval.',
  'users.grants.user': 'User',
  'users.grants.askedBy': 'Asked by',
  'users.grants.askedOn': 'Asked on',
  'users.grants.approve': 'Approve',
  'users.grants.refuse': 'Refuse',
  'users.grants.withdraw': 'Withdraw',
  'users.grants.yours': 'You asked for it: a second administrator approves it.',
  'users.grants.forThem': 'This role is for you: another administrator decides.',
  'users.grants.approved': '{role} granted to {username}.',
  'users.grants.refused': 'The role {role} was not granted to {username}.',
  'notifications.kind.accounts.role-grant-requested':
    '{requestedBy} asks that {username} be given the role “{role}”. A second administrator approves it under Users.',
  'notifications.kind.accounts.role-granted':
    '{username} now holds the role “{role}”, asked for by {requestedBy} and approved by {approvedBy}.',
} as const;
