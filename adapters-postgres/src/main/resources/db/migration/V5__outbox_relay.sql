-- The outbox relay (issue 5): refunds and payment openings join notifications in event.outbox.

-- A message is one of three kinds, each for one peer service.
ALTER TABLE event.outbox
    ADD CONSTRAINT outbox_kind_known CHECK (kind IN ('NOTIFICATION', 'REFUND', 'PAYMENT_INIT'));

-- SKIPPED: the message turned out to be needless (a payment to open for a booking that ended).
ALTER TABLE event.outbox DROP CONSTRAINT outbox_status_known;
ALTER TABLE event.outbox
    ADD CONSTRAINT outbox_status_known CHECK (status IN ('PENDING', 'SENT', 'SKIPPED', 'FAILED'));

-- When a relay last tried to deliver the message (or decided about it).
ALTER TABLE event.outbox ADD COLUMN last_attempt_at timestamptz;

-- Operators look at what failed for good, newest first.
CREATE INDEX idx_outbox_failed ON event.outbox (created_at DESC) WHERE status = 'FAILED';
