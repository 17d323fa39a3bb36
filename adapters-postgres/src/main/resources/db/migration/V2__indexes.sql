-- Indexes named in the operations document, then the ones our own queries need.

-- Events
CREATE INDEX idx_events_status_date ON event.events (status, date_start);
CREATE INDEX idx_events_organizer ON event.events (organizer_id);
CREATE INDEX idx_events_published_date ON event.events (status, date_start) WHERE status = 'PUBLISHED';

-- Bookings
CREATE INDEX idx_bookings_user_status ON event.bookings (user_id, status);
CREATE INDEX idx_bookings_event_status ON event.bookings (event_id, status);
CREATE INDEX idx_bookings_expires_at ON event.bookings (expires_at) WHERE status = 'PENDING';
CREATE INDEX idx_bookings_payment_status ON event.bookings (payment_status);

-- Waitlist (FIFO processing)
CREATE INDEX idx_waitlist_event_priority ON event.waitlist (event_id, priority);
CREATE INDEX idx_waitlist_status_notified ON event.waitlist (status, notification_sent_at);

-- Audit
CREATE INDEX idx_booking_logs_booking ON event.booking_logs (booking_id, created_at);
CREATE INDEX idx_waitlist_audit_user ON event.waitlist_audit (user_id, event_id);

-- Favorites
CREATE INDEX idx_favorites_user ON event.favorites (user_id);

-- One active booking per user and event; re-booking after cancel/expiry stays possible.
-- insertIfNoActive names this predicate in its ON CONFLICT clause.
CREATE UNIQUE INDEX ux_bookings_one_active_per_user_event
    ON event.bookings (event_id, user_id) WHERE status IN ('PENDING', 'CONFIRMED');

-- One queued entry (WAITING or NOTIFIED) per user and event.
CREATE UNIQUE INDEX ux_waitlist_one_queued_per_user_event
    ON event.waitlist (event_id, user_id) WHERE status IN ('WAITING', 'NOTIFIED');

-- "My bookings", newest first.
CREATE INDEX idx_bookings_user_created ON event.bookings (user_id, created_at DESC, id);

-- Payment callbacks find their booking by payment id.
CREATE INDEX idx_bookings_payment_id ON event.bookings (payment_id) WHERE payment_id IS NOT NULL;

-- "How many people favourited this event".
CREATE INDEX idx_favorites_event ON event.favorites (event_id);

-- Retention of old idempotency keys.
CREATE INDEX idx_idempotency_keys_created_at ON event.idempotency_keys (created_at);
