-- Admin broadcasts: the message, its audience, and one row per recipient so a broadcast can
-- resume after a restart without sending anyone a message twice.
CREATE TABLE broadcasts (
    id           INTEGER PRIMARY KEY,
    created_by   INTEGER,
    text         TEXT NOT NULL,
    filter_lang  TEXT,
    filter_plan  TEXT,
    status       TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running','done','cancelled')),
    -- 'bot' (sent by the running bot) or 'cli' (sent by `falgram admin broadcast`)
    runner       TEXT NOT NULL DEFAULT 'bot',
    total        INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL DEFAULT (unixepoch()),
    finished_at  INTEGER
);

CREATE TABLE broadcast_targets (
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','blocked','failed')),
    sent_at      INTEGER,
    PRIMARY KEY (broadcast_id, user_id)
);
CREATE INDEX broadcast_targets_pending ON broadcast_targets(broadcast_id, status);
