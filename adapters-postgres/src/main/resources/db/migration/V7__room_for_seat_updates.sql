-- Seat counts change on every booking, cancellation and expiry, and no index covers them
-- (available, updated_at), so those updates can be HOT: the new row version stays on its page and
-- no index (two of them GIN) gets a new entry. That needs free room on the page; a packed page
-- (fillfactor 100) sends every update to another page and into every index. Pages written from now
-- on keep a fifth free; existing pages get the room as autovacuum prunes them or after
-- VACUUM FULL event.events in a maintenance window (docs/performance.md).
ALTER TABLE event.events SET (fillfactor = 80);
