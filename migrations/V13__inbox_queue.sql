-- The inbox becomes the waiting room (issue 15): updates wait here, not in memory, until a
-- handler is free. `seq` is the order they were stored in (AUTOINCREMENT: never reused, so a
-- reader's cursor never misses a row). A first contact from someone the bot has never seen
-- waits in the newcomers' queue (`newcomer = 1`), so a burst of new users cannot hold up the
-- people already using the bot; a chat with a newcomer row waiting stays in that queue, so its
-- own updates keep their order.
CREATE TABLE inbox_queue (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    update_id   INTEGER NOT NULL UNIQUE,
    body        TEXT NOT NULL,
    received_at INTEGER NOT NULL DEFAULT (unixepoch()),
    chat_id     INTEGER,
    newcomer    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO inbox_queue (update_id, body, received_at)
    SELECT update_id, body, received_at FROM inbox ORDER BY update_id;
DROP TABLE inbox;
ALTER TABLE inbox_queue RENAME TO inbox;
CREATE INDEX inbox_waiting ON inbox(newcomer, seq);
CREATE INDEX inbox_newcomer_chats ON inbox(chat_id) WHERE newcomer = 1;
