-- Updates are written here before Telegram is told they arrived (the next getUpdates offset,
-- or the webhook's 200), so a crash never loses one; a handler's claim removes the row.
CREATE TABLE inbox (
    update_id   INTEGER PRIMARY KEY,
    body        TEXT NOT NULL,
    received_at INTEGER NOT NULL DEFAULT (unixepoch())
);

-- A claimed update whose handler never finished was interrupted by a crash: after a restart
-- its chat hears so instead of silence (it is not run twice).
ALTER TABLE processed_updates ADD COLUMN chat_id INTEGER;
ALTER TABLE processed_updates ADD COLUMN finished_at INTEGER;
UPDATE processed_updates SET finished_at = processed_at;
CREATE INDEX processed_updates_unfinished ON processed_updates(update_id) WHERE finished_at IS NULL;

-- Values the binary generates once and keeps (the webhook secret, the key check), sealed
-- when they are secret.
CREATE TABLE kv (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Birth data becomes one JSON record in birth_date, so one sealed value holds all of it
-- (date, time, place, coordinates, zone) when an encryption key is set.
UPDATE users SET birth_date = json_object('date', birth_date, 'time', birth_time,
        'place', coalesce(birth_place, ''), 'lat', birth_lat, 'lon', birth_lon, 'tz', birth_tz),
    birth_time = NULL, birth_place = NULL, birth_lat = NULL, birth_lon = NULL, birth_tz = NULL
    WHERE birth_date IS NOT NULL AND birth_lat IS NOT NULL AND birth_tz IS NOT NULL;
UPDATE user_connections SET birth_date = json_object('date', birth_date, 'time', birth_time,
        'place', coalesce(birth_place, ''), 'lat', birth_lat, 'lon', birth_lon, 'tz', birth_tz),
    birth_time = NULL, birth_place = NULL, birth_lat = NULL, birth_lon = NULL, birth_tz = NULL
    WHERE birth_lat IS NOT NULL AND birth_tz IS NOT NULL;
