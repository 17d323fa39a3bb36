-- The Event Service's tables, all in schema "event".
-- Timestamps are timestamptz, structured values jsonb, enums UPPER_CASE text guarded by CHECKs.

CREATE TABLE event.organizers (
    id            uuid         PRIMARY KEY,
    slug          varchar(100) NOT NULL,
    name          varchar(255) NOT NULL,
    owner_user_id uuid         NOT NULL,
    logo_url      varchar(500),
    description   text,
    contacts      jsonb        NOT NULL DEFAULT '{}'::jsonb,
    brand_color   varchar(7),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT organizers_slug_unique UNIQUE (slug),
    CONSTRAINT organizers_owner_unique UNIQUE (owner_user_id),
    CONSTRAINT organizers_slug_format CHECK (slug ~ '^[a-z0-9-]{3,100}$'),
    CONSTRAINT organizers_brand_color_format CHECK (brand_color ~ '^#[0-9A-Fa-f]{6}$')
);

CREATE TABLE event.events (
    id           uuid          PRIMARY KEY,
    organizer_id uuid          NOT NULL REFERENCES event.organizers (id),
    type         varchar(50)   NOT NULL,
    title        varchar(200)  NOT NULL,
    description  text,
    date_start   timestamptz   NOT NULL,
    date_end     timestamptz   NOT NULL,
    location     jsonb         NOT NULL,
    price        numeric(10,2),
    currency     char(3)       NOT NULL,
    capacity     integer       NOT NULL,
    available    integer       NOT NULL,
    status       varchar(20)   NOT NULL,
    tags         text[]        NOT NULL DEFAULT '{}',
    created_at   timestamptz   NOT NULL DEFAULT now(),
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT events_dates_ordered CHECK (date_end >= date_start),
    -- NULL price means free.
    CONSTRAINT events_price_not_negative CHECK (price >= 0),
    CONSTRAINT events_capacity_positive CHECK (capacity > 0),
    -- The last line of defence of the seat count; takeSeat/releaseSeat never hit it.
    CONSTRAINT events_available_within_capacity CHECK (available >= 0 AND available <= capacity),
    CONSTRAINT events_status_known
        CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED'))
);

CREATE TABLE event.bookings (
    id              uuid          PRIMARY KEY,
    event_id        uuid          NOT NULL REFERENCES event.events (id),
    user_id         uuid          NOT NULL,
    status          varchar(20)   NOT NULL,
    amount          numeric(10,2) NOT NULL,
    currency        char(3)       NOT NULL,
    payment_status  varchar(20)   NOT NULL,
    payment_id      uuid,
    payment_url     text,
    expires_at      timestamptz,
    cancel_reason   text,
    created_by      uuid          NOT NULL,
    idempotency_key varchar(100),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT bookings_status_known
        CHECK (status IN ('PENDING', 'CONFIRMED', 'COMPLETED', 'EXPIRED', 'CANCELLED', 'NO_SHOW')),
    CONSTRAINT bookings_payment_status_known
        CHECK (payment_status IN ('NOT_REQUIRED', 'PENDING', 'SUBMITTED', 'SUCCEEDED', 'REJECTED',
                                  'CANCELED', 'REFUND_PENDING', 'REFUNDED')),
    CONSTRAINT bookings_amount_not_negative CHECK (amount >= 0),
    -- The expiry job finds PENDING bookings by expires_at; one without it would never expire.
    CONSTRAINT bookings_pending_expires CHECK (status <> 'PENDING' OR expires_at IS NOT NULL)
);

CREATE TABLE event.booking_logs (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    booking_id uuid        NOT NULL REFERENCES event.bookings (id) ON DELETE CASCADE,
    user_id    uuid,       -- the actor; NULL = the system (jobs, callbacks)
    action     varchar(50) NOT NULL,
    old_status varchar(20),
    new_status varchar(20) NOT NULL,
    details    jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- FIFO order of the waitlist: priorities only grow, nobody is ever renumbered.
CREATE SEQUENCE event.waitlist_priority_seq AS bigint;

CREATE TABLE event.waitlist (
    id                      uuid        PRIMARY KEY,
    event_id                uuid        NOT NULL REFERENCES event.events (id) ON DELETE CASCADE,
    user_id                 uuid        NOT NULL,
    priority                bigint      NOT NULL DEFAULT nextval('event.waitlist_priority_seq'),
    status                  varchar(20) NOT NULL,
    notification_sent_at    timestamptz,
    notification_expires_at timestamptz,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT waitlist_status_known
        CHECK (status IN ('WAITING', 'NOTIFIED', 'CONFIRMED', 'EXPIRED', 'CANCELLED'))
);

ALTER SEQUENCE event.waitlist_priority_seq OWNED BY event.waitlist.priority;

-- No foreign keys: the audit trail outlives the entries and events it describes.
CREATE TABLE event.waitlist_audit (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id   uuid        NOT NULL,
    user_id    uuid        NOT NULL,
    action     varchar(20) NOT NULL,
    priority   bigint,
    details    jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT waitlist_audit_action_known
        CHECK (action IN ('JOINED', 'LEFT', 'NOTIFIED', 'CONFIRMED', 'EXPIRED', 'CANCELLED'))
);

CREATE TABLE event.team_members (
    id           uuid          PRIMARY KEY,
    organizer_id uuid          NOT NULL REFERENCES event.organizers (id) ON DELETE CASCADE,
    name         varchar(255)  NOT NULL,
    role         varchar(100)  NOT NULL,
    photo_url    varchar(500),
    bio          varchar(1000),
    sort_order   integer       NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    updated_at   timestamptz   NOT NULL DEFAULT now()
);

CREATE TABLE event.faq_items (
    id           uuid          PRIMARY KEY,
    organizer_id uuid          NOT NULL REFERENCES event.organizers (id) ON DELETE CASCADE,
    question     varchar(500)  NOT NULL,
    answer       varchar(2000) NOT NULL,
    sort_order   integer       NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    updated_at   timestamptz   NOT NULL DEFAULT now()
);

CREATE TABLE event.favorites (
    user_id    uuid        NOT NULL,
    event_id   uuid        NOT NULL REFERENCES event.events (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, event_id)
);

-- Which booking a client's Idempotency-Key produced; scoped per user.
CREATE TABLE event.idempotency_keys (
    user_id     uuid         NOT NULL,
    key         varchar(100) NOT NULL,
    fingerprint text         NOT NULL,
    booking_id  uuid         REFERENCES event.bookings (id) ON DELETE CASCADE,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);
