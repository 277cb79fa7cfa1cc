-- Users who asked to be forgotten, by a keyed fingerprint of their id (not the id itself).
-- It keeps only what stops abuse: a returning user is not "new" for referrals and does not get
-- the free readings again.
CREATE TABLE forgotten_users (
    fingerprint        TEXT PRIMARY KEY,
    free_readings_used INTEGER NOT NULL DEFAULT 0,
    forgotten_at       INTEGER NOT NULL DEFAULT (unixepoch())
);
