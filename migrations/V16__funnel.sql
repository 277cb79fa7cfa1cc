-- The funnel (issue 17): the first time each user reaches each step after their first contact
-- (users.created_at), and where they came from (a `start=c_…` campaign or an invite).
CREATE TABLE funnel (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    step    TEXT NOT NULL,
    at      INTEGER NOT NULL DEFAULT (unixepoch()),
    PRIMARY KEY (user_id, step)
) WITHOUT ROWID;
ALTER TABLE users ADD COLUMN source TEXT;
