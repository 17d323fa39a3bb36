-- Token buckets of the rate limits when app.rate-limit.store = postgres, shared by every instance.
-- Layout expected by bucket4j's PostgreSQL proxy manager: the key, the serialized bucket state and
-- the moment (epoch ms) after which a bucket is full again and its row may be deleted.
CREATE TABLE event.rate_limit_buckets (
    id         VARCHAR(255) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX idx_rate_limit_buckets_expires_at ON event.rate_limit_buckets (expires_at);
