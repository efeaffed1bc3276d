/** What one socket and one person may hold in the real-time namespace (realtime.md, "Rules"). */
export const MAX_UPDATE_BYTES = 256 * 1024;
/** Covenants one socket may follow at once, and sockets one person may hold open on one process. */
export const MAX_JOINED_PER_SOCKET = 20;
export const MAX_SOCKETS_PER_USER = 20;
/** Bytes held for a socket that is not reading, beyond the document state it is still being sent. */
export const MAX_BACKLOG_BYTES = 2 * 1024 * 1024;
