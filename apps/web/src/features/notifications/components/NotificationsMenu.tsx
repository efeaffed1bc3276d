import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { formatDateTime } from '../../../lib/dates';
import { useMarkNotificationsRead } from '../api/mark-notifications-read';
import { useNotifications } from '../api/notifications';
import '../notifications.css';

/** Only links within the app are followed in-app; anything else is shown without a link. */
function isAppLink(link: string | null | undefined): link is string {
  return Boolean(link && link.startsWith('/') && !link.startsWith('//'));
}

/** A bell with the unread count that opens a small panel of recent notifications (a disclosure, not a modal). */
export function NotificationsMenu() {
  const notifications = useNotifications(true);
  const markRead = useMarkNotificationsRead();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = notifications.data ?? [];
  const unread = list.filter((n) => !n.read).length;

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="notifications" ref={root}>
      <button
        ref={button}
        type="button"
        className="notifications__bell"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" focusable="false">
          <path
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
            fill="currentColor"
          />
        </svg>
        <span className="visually-hidden">Notifications{unread > 0 ? `, ${unread} unread` : ''}</span>
        {unread > 0 ? (
          <span className="notifications__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      <div id={panelId} className="notifications__panel" hidden={!open}>
        <div className="notifications__header">
          <h2 className="notifications__title">Notifications</h2>
          {unread > 0 ? (
            <Button
              variant="quiet"
              className="button--small"
              busy={markRead.isPending}
              busyLabel="Marking…"
              onClick={() => markRead.mutate(null)}
            >
              Mark all read
            </Button>
          ) : null}
        </div>
        {markRead.error ? <Alert tone="error" title={markRead.error.message} /> : null}
        {notifications.isError ? (
          <p className="muted">Notifications could not be loaded.</p>
        ) : list.length === 0 ? (
          <p className="muted">Nothing new. Invitations and changes to your covenants will show here.</p>
        ) : (
          <ul className="notifications__list">
            {list.map((notification) => (
              <li
                key={notification.id}
                className={notification.read ? 'notification' : 'notification notification--unread'}
              >
                {isAppLink(notification.link) ? (
                  <Link className="notification__title" to={notification.link} onClick={() => setOpen(false)}>
                    {notification.title}
                  </Link>
                ) : (
                  <span className="notification__title">{notification.title}</span>
                )}
                {!notification.read ? <span className="visually-hidden"> (unread)</span> : null}
                <p className="notification__body">{notification.body}</p>
                <p className="notification__when">
                  <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
