-- What a million users need (issue 15, `cargo bench --bench million`).

-- The dashboard's readings by kind reads this index alone, not every reading's text.
CREATE INDEX readings_delivered_kind ON readings(delivered, kind);

-- A broadcast's next page of recipients in user order, without sorting them all.
DROP INDEX broadcast_targets_pending;
CREATE INDEX broadcast_targets_pending ON broadcast_targets(broadcast_id, status, user_id);

-- `admin users --search`: any part of a username or a first name (three characters or more),
-- case-insensitively, without reading every user. Kept in step with `users` by triggers; a
-- contact that changes neither name leaves it alone.
CREATE VIRTUAL TABLE users_search USING fts5(
    username, first_name, content = 'users', content_rowid = 'id', tokenize = 'trigram'
);
INSERT INTO users_search(users_search) VALUES ('rebuild');
CREATE TRIGGER users_search_insert AFTER INSERT ON users BEGIN
    INSERT INTO users_search(rowid, username, first_name)
    VALUES (new.id, new.username, new.first_name);
END;
CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN
    INSERT INTO users_search(users_search, rowid, username, first_name)
    VALUES ('delete', old.id, old.username, old.first_name);
END;
CREATE TRIGGER users_search_update AFTER UPDATE OF username, first_name ON users
WHEN old.username IS NOT new.username OR old.first_name IS NOT new.first_name BEGIN
    INSERT INTO users_search(users_search, rowid, username, first_name)
    VALUES ('delete', old.id, old.username, old.first_name);
    INSERT INTO users_search(rowid, username, first_name)
    VALUES (new.id, new.username, new.first_name);
END;
