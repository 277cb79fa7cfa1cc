-- A reading is written before it is sent (so its id can go on its buttons) and marked
-- delivered once Telegram accepted it; only delivered readings count and show in the history.
ALTER TABLE readings ADD COLUMN delivered INTEGER NOT NULL DEFAULT 1;
CREATE INDEX readings_user_delivered ON readings(user_id, delivered, created_at DESC);
