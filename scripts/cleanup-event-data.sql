-- Retention of the operations document (Maintenance → Очистка данных), in one transaction.
--   psql -v ON_ERROR_STOP=1 -f scripts/cleanup-event-data.sql
-- Audit rows follow app.event.audit.retain-days (90); the rest are the document's periods.
BEGIN;

DELETE FROM event.booking_logs WHERE created_at < now() - INTERVAL '90 days';
DELETE FROM event.waitlist_audit WHERE created_at < now() - INTERVAL '90 days';

-- Finished bookings after a year (their audit rows and idempotency keys go with them).
DELETE FROM event.bookings
 WHERE status IN ('EXPIRED', 'CANCELLED') AND updated_at < now() - INTERVAL '1 year';

-- Finished waitlist entries after six months.
DELETE FROM event.waitlist
 WHERE status IN ('EXPIRED', 'CANCELLED') AND created_at < now() - INTERVAL '6 months';

-- Rate-limit buckets that refilled long ago (the service also sweeps them every minute).
DELETE FROM event.rate_limit_buckets
 WHERE expires_at < (extract(epoch FROM now()) * 1000)::bigint;

-- COMPLETED events after two years, their bookings first (waitlist and favorites cascade).
DELETE FROM event.bookings b USING event.events e
 WHERE b.event_id = e.id AND e.status = 'COMPLETED' AND e.date_end < now() - INTERVAL '2 years';
DELETE FROM event.events WHERE status = 'COMPLETED' AND date_end < now() - INTERVAL '2 years';

COMMIT;
-- Then, off-peak: VACUUM (ANALYZE) event.bookings, event.booking_logs, event.waitlist, event.waitlist_audit;
