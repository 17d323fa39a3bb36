-- Waitlist serving, scheduled jobs (db-scheduler) and the transactional outbox.

-- The head of an event's queue: WAITING/NOTIFIED entries by priority. Serves the hold of a freed
-- seat, the position of an entry and the length of the queue.
CREATE INDEX idx_waitlist_queue
    ON event.waitlist (event_id, priority) WHERE status IN ('WAITING', 'NOTIFIED');

-- The window cleanup job finds NOTIFIED entries whose window has closed.
CREATE INDEX idx_waitlist_notified_expires
    ON event.waitlist (notification_expires_at) WHERE status = 'NOTIFIED';

-- "My waitlist", newest first.
CREATE INDEX idx_waitlist_user_created ON event.waitlist (user_id, created_at DESC, id);

-- A NOTIFIED entry holds a seat until its window closes; it must know when that is.
ALTER TABLE event.waitlist
    ADD CONSTRAINT waitlist_notified_has_window
        CHECK (status <> 'NOTIFIED'
               OR (notification_sent_at IS NOT NULL AND notification_expires_at IS NOT NULL));

-- The completion job finds PUBLISHED events that have ended.
CREATE INDEX idx_events_published_end ON event.events (date_end) WHERE status = 'PUBLISHED';

-- Retention deletes audit rows by age.
CREATE INDEX idx_booking_logs_created_at ON event.booking_logs (created_at);
CREATE INDEX idx_waitlist_audit_created_at ON event.waitlist_audit (created_at);

-- Messages to other services, written in the same transaction as the change they report and
-- delivered afterwards by a relay: SELECT ... WHERE status = 'PENDING' AND next_attempt_at <= now()
-- ORDER BY next_attempt_at FOR UPDATE SKIP LOCKED, then SENT, or PENDING again with attempts + 1,
-- last_error and a later next_attempt_at (backoff), or FAILED once it gives up.
CREATE TABLE event.outbox (
    id              uuid         PRIMARY KEY,
    kind            varchar(50)  NOT NULL,           -- NOTIFICATION, later REFUND, PAYMENT_INIT
    payload         jsonb        NOT NULL,
    idempotency_key varchar(200) NOT NULL,           -- the receiver de-duplicates on it too
    status          varchar(20)  NOT NULL DEFAULT 'PENDING',
    attempts        integer      NOT NULL DEFAULT 0,
    last_error      text,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    CONSTRAINT outbox_idempotency_key_unique UNIQUE (idempotency_key),
    CONSTRAINT outbox_status_known CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT outbox_attempts_not_negative CHECK (attempts >= 0),
    CONSTRAINT outbox_sent_has_time CHECK (status <> 'SENT' OR sent_at IS NOT NULL)
);

-- The relay's queue: only PENDING rows, oldest due first.
CREATE INDEX idx_outbox_pending_due ON event.outbox (next_attempt_at) WHERE status = 'PENDING';

-- db-scheduler's table (com.github.kagkarlsson:db-scheduler 16.x, PostgreSQL layout): one row per
-- recurring job; an instance claims a due row (picked, picked_by, version) before running it, so
-- with several instances each run happens once.
CREATE TABLE event.scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX scheduled_tasks_execution_time_idx ON event.scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON event.scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx
    ON event.scheduled_tasks (priority DESC, execution_time ASC);
