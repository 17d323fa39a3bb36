-- Party bookings (issue 13, docs/adr/0031-party-bookings.md): a booking holds 1 or more seats, a
-- waitlist entry waits for a party, an event caps the seats one booking may take. Every existing
-- row is a party of one, which is what the defaults give it.
ALTER TABLE event.events
    ADD COLUMN max_seats_per_booking integer NOT NULL DEFAULT 1,
    ADD CONSTRAINT events_max_seats_within_capacity
        CHECK (max_seats_per_booking >= 1 AND max_seats_per_booking <= capacity);

ALTER TABLE event.bookings
    ADD COLUMN seats integer NOT NULL DEFAULT 1,
    ADD CONSTRAINT bookings_seats_positive CHECK (seats >= 1);

ALTER TABLE event.waitlist
    ADD COLUMN seats integer NOT NULL DEFAULT 1,
    ADD CONSTRAINT waitlist_seats_positive CHECK (seats >= 1);
