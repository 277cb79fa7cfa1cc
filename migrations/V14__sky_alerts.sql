-- Sky alerts (issue 16): a user may opt into notices of planetary stations and eclipses (the
-- day before) and of the void-of-course Moon (on the day), like the moon phases. SQLite
-- cannot widen a CHECK in place, so the table is rebuilt with the new kinds.
CREATE TABLE moon_notifications_new (
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('daily_card','daily_horoscope','new_moon','full_moon',
                                             'stations','eclipses','void_moon')),
    local_time TEXT NOT NULL,
    timezone   TEXT NOT NULL,
    enabled    INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL DEFAULT (unixepoch()),
    updated_at INTEGER NOT NULL DEFAULT (unixepoch()),
    PRIMARY KEY (user_id, kind)
);
INSERT INTO moon_notifications_new
    SELECT user_id, kind, local_time, timezone, enabled, created_at, updated_at
    FROM moon_notifications;
DROP TABLE moon_notifications;
ALTER TABLE moon_notifications_new RENAME TO moon_notifications;
CREATE TRIGGER moon_notifications_touch AFTER UPDATE ON moon_notifications
    WHEN NEW.updated_at = OLD.updated_at
    BEGIN UPDATE moon_notifications SET updated_at = unixepoch() WHERE user_id = NEW.user_id AND kind = NEW.kind; END;
