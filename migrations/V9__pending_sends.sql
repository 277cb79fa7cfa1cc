-- Answers Telegram could not take (an outage): kept, sealed, and sent again with backoff until
-- delivered or too old. A kept reading's allowance is spent only when it is delivered.
CREATE TABLE pending_sends (
    id             INTEGER PRIMARY KEY,
    chat_id        INTEGER NOT NULL,
    -- JSON array of the HTML parts still to send (sealed when a key is set).
    parts          TEXT NOT NULL,
    -- The inline keyboard of the last part, as the Bot API's JSON.
    keyboard       TEXT,
    -- A reading waiting for its delivery to be committed.
    reading_id     INTEGER,
    user_id        INTEGER,
    reservation_id INTEGER,
    source         TEXT,
    attempts       INTEGER NOT NULL DEFAULT 0,
    next_at        INTEGER NOT NULL,
    created_at     INTEGER NOT NULL
);
CREATE INDEX pending_sends_due ON pending_sends(next_at);
