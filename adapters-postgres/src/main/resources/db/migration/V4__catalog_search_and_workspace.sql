-- Catalog and organizer workspace (issue 4): search indexes, keyset order, workspace lists.

-- Title and organizer search is a case-insensitive substring match (ILIKE '%text%'); only a
-- trigram index serves that. pg_trgm is a trusted extension (PostgreSQL 13+): the owner of the
-- database may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The extension may already live in another schema (another service installed it first), so the
-- operator class is named with the schema it actually lives in.
DO $$
DECLARE
    trgm text;
BEGIN
    SELECT n.nspname INTO STRICT trgm
      FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
     WHERE x.extname = 'pg_trgm';
    EXECUTE format(
        'CREATE INDEX idx_events_title_trgm ON event.events USING gin (title %I.gin_trgm_ops)',
        trgm);
    EXECUTE format(
        'CREATE INDEX idx_organizers_name_trgm ON event.organizers USING gin (name %I.gin_trgm_ops)',
        trgm);
    EXECUTE format(
        'CREATE INDEX idx_organizers_description_trgm'
        ' ON event.organizers USING gin (description %I.gin_trgm_ops)',
        trgm);
END $$;

-- Tag filter: tags @> ARRAY[tag].
CREATE INDEX idx_events_tags ON event.events USING gin (tags);

-- The catalog's order (date_start, id): keyset pages of published events walk this index from
-- the cursor on; COMPLETED lists and an organizer's public list have their own.
CREATE INDEX idx_events_published_start_id ON event.events (date_start, id)
    WHERE status = 'PUBLISHED';
CREATE INDEX idx_events_status_start_id ON event.events (status, date_start, id);
CREATE INDEX idx_events_organizer_status_start_id
    ON event.events (organizer_id, status, date_start, id);

-- An organizer's bookings, newest first, per event.
CREATE INDEX idx_bookings_event_created ON event.bookings (event_id, created_at DESC, id);

-- "My favorites", latest first.
CREATE INDEX idx_favorites_user_created ON event.favorites (user_id, created_at DESC, event_id);

-- Team and FAQ lists: per organizer in sortOrder, then createdAt.
CREATE INDEX idx_team_members_organizer_order
    ON event.team_members (organizer_id, sort_order, created_at, id);
CREATE INDEX idx_faq_items_organizer_order
    ON event.faq_items (organizer_id, sort_order, created_at, id);

-- The domain's range of positions, as the last line of defence.
ALTER TABLE event.team_members
    ADD CONSTRAINT team_members_sort_order_range CHECK (sort_order BETWEEN 0 AND 10000);
ALTER TABLE event.faq_items
    ADD CONSTRAINT faq_items_sort_order_range CHECK (sort_order BETWEEN 0 AND 10000);
