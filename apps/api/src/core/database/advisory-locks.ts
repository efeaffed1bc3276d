/**
 * The PostgreSQL advisory locks the platform's background jobs take, so one
 * process runs each at a time. Listed together so no two share a number.
 */
export const ADVISORY_LOCKS = {
  commitmentReminders: 730_417,
  outbox: 730_418,
  rightsReminders: 730_419,
  escalationReminders: 730_420,
} as const;
