-- Supabase sync: triggers put every change of a synced row into sync_outbox inside the
-- transaction that made it, so no code path can forget one. They only fire once the bot
-- turned sync on (kv 'supabase_sync' = 'on', set at start when SUPABASE_URL is configured),
-- so a bot without Supabase keeps no outbox. One outbox row per synced row: a newer change
-- replaces the payload and bumps `version`, and the pusher deletes only the version it sent.
-- Personal texts (birth data, dreams, readings, chat) are never in a payload.

ALTER TABLE sync_outbox ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE UNIQUE INDEX sync_outbox_row ON sync_outbox(table_name, row_key);

CREATE VIEW sync_enabled AS SELECT 1 AS on_ FROM kv WHERE key = 'supabase_sync' AND value = 'on';

-- ISO-8601 UTC for PostgreSQL's timestamptz.
CREATE VIEW sync_users_payload AS SELECT id, json_object(
    'id', id, 'username', username, 'first_name', first_name, 'last_name', last_name,
    'language', language, 'plan', plan,
    'plan_expires_at', strftime('%Y-%m-%dT%H:%M:%SZ', plan_expires_at, 'unixepoch'),
    'referred_by', referred_by, 'free_readings_used', free_readings_used,
    'bonus_readings_earned', bonus_readings_earned, 'bonus_readings_used', bonus_readings_used,
    'is_blocked', json(CASE is_blocked WHEN 0 THEN 'false' ELSE 'true' END),
    'is_inactive', json(CASE is_inactive WHEN 0 THEN 'false' ELSE 'true' END),
    'created_at', strftime('%Y-%m-%dT%H:%M:%SZ', created_at, 'unixepoch')) AS payload
FROM users;

CREATE VIEW sync_payments_payload AS SELECT id, json_object(
    'id', id, 'user_id', user_id, 'telegram_payment_charge_id', telegram_payment_charge_id,
    'amount', amount, 'currency', currency, 'plan', plan, 'days', days,
    'is_recurring', json(CASE is_recurring WHEN 0 THEN 'false' ELSE 'true' END),
    'status', status,
    'subscription_expires_at', strftime('%Y-%m-%dT%H:%M:%SZ', subscription_expires_at, 'unixepoch'),
    'refunded_at', strftime('%Y-%m-%dT%H:%M:%SZ', refunded_at, 'unixepoch'),
    'created_at', strftime('%Y-%m-%dT%H:%M:%SZ', created_at, 'unixepoch')) AS payload
FROM payments;

CREATE VIEW sync_subscriptions_payload AS SELECT id, json_object(
    'id', id, 'user_id', user_id, 'plan', plan, 'source', source, 'payment_id', payment_id,
    'starts_at', strftime('%Y-%m-%dT%H:%M:%SZ', starts_at, 'unixepoch'),
    'expires_at', strftime('%Y-%m-%dT%H:%M:%SZ', expires_at, 'unixepoch'),
    'status', status,
    'created_at', strftime('%Y-%m-%dT%H:%M:%SZ', created_at, 'unixepoch')) AS payload
FROM premium_subscriptions;

-- Reading metadata only: never the input or the text.
CREATE VIEW sync_readings_payload AS SELECT id, json_object(
    'id', id, 'user_id', user_id, 'kind', kind, 'source', source,
    'delivered', json(CASE delivered WHEN 0 THEN 'false' ELSE 'true' END),
    'created_at', strftime('%Y-%m-%dT%H:%M:%SZ', created_at, 'unixepoch')) AS payload
FROM readings;

CREATE TRIGGER sync_users_insert AFTER INSERT ON users WHEN EXISTS (SELECT 1 FROM sync_enabled)
BEGIN
    INSERT INTO sync_outbox (table_name, row_key, payload)
        SELECT 'falgram_users', NEW.id, payload FROM sync_users_payload WHERE id = NEW.id
    ON CONFLICT (table_name, row_key) DO UPDATE SET payload = excluded.payload,
        version = version + 1, attempts = 0, next_attempt_at = unixepoch();
END;
CREATE TRIGGER sync_users_update AFTER UPDATE OF username, first_name, last_name, language,
    plan, plan_expires_at, referred_by, free_readings_used, bonus_readings_earned,
    bonus_readings_used, is_blocked, is_inactive ON users WHEN EXISTS (SELECT 1 FROM sync_enabled)
BEGIN
    INSERT INTO sync_outbox (table_name, row_key, payload)
        SELECT 'falgram_users', NEW.id, payload FROM sync_users_payload WHERE id = NEW.id
    ON CONFLICT (table_name, row_key) DO UPDATE SET payload = excluded.payload,
        version = version + 1, attempts = 0, next_attempt_at = unixepoch();
END;
-- `/forget`: the row goes on the Supabase side too (payload 'null' means delete).
CREATE TRIGGER sync_users_delete AFTER DELETE ON users WHEN EXISTS (SELECT 1 FROM sync_enabled)
BEGIN
    INSERT INTO sync_outbox (table_name, row_key, payload) VALUES ('falgram_users', OLD.id, 'null')
    ON CONFLICT (table_name, row_key) DO UPDATE SET payload = 'null',
        version = version + 1, attempts = 0, next_attempt_at = unixepoch();
END;

CREATE TRIGGER sync_payments_insert AFTER INSERT ON payments WHEN EXISTS (SELECT 1 FROM sync_enabled)
BEGIN
    INSERT INTO sync_outbox (table_name, row_key, payload)
        SELECT 'falgram_payments', NEW.id, payload FROM sync_payments_payload WHERE id = NEW.id
    ON CONFLICT (table_name, row_key) DO UPDATE SET payload = excluded.payload,
        version = version + 1, attempts = 0, next_attempt_at = unixepoch();
END;
CREATE TRIGGER sync_payments_update AFTER UPDATE ON payments WHEN EXISTS (SELECT 1 FROM sync_enabled)
BEGIN
    INSERT INTO sync_outbox (table_name, row_key, payload)
        SELECT 'falgram_payments', NEW.id, payload FROM sync_payments_payload WHERE id = NEW.id
    ON CONFLICT (table_name, row_key) DO UPDATE SET payload = excluded.payload,
        version = version + 1, attempts = 0, next_attempt_at = unixepoch();
END;

CREATE TRIGGER sync_subscriptions_insert AFTER INSERT ON premium_subscriptions WHEN EXISTS (SELECT 1 FROM sync_enabled)
BEGIN
    INSERT INTO sync_outbox (table_name, row_key, payload)
        SELECT 'falgram_subscriptions', NEW.id, payload FROM sync_subscriptions_payload WHERE id = NEW.id
    ON CONFLICT (table_name, row_key) DO UPDATE SET payload = excluded.payload,
        version = version + 1, attempts = 0, next_attempt_at = unixepoch();
END;
CREATE TRIGGER sync_subscriptions_update AFTER UPDATE OF plan, status, expires_at ON premium_subscriptions WHEN EXISTS (SELECT 1 FROM sync_enabled)
BEGIN
    INSERT INTO sync_outbox (table_name, row_key, payload)
        SELECT 'falgram_subscriptions', NEW.id, payload FROM sync_subscriptions_payload WHERE id = NEW.id
    ON CONFLICT (table_name, row_key) DO UPDATE SET payload = excluded.payload,
        version = version + 1, attempts = 0, next_attempt_at = unixepoch();
END;

CREATE TRIGGER sync_readings_insert AFTER INSERT ON readings WHEN EXISTS (SELECT 1 FROM sync_enabled)
BEGIN
    INSERT INTO sync_outbox (table_name, row_key, payload)
        SELECT 'falgram_readings', NEW.id, payload FROM sync_readings_payload WHERE id = NEW.id
    ON CONFLICT (table_name, row_key) DO UPDATE SET payload = excluded.payload,
        version = version + 1, attempts = 0, next_attempt_at = unixepoch();
END;
CREATE TRIGGER sync_readings_update AFTER UPDATE OF delivered ON readings WHEN EXISTS (SELECT 1 FROM sync_enabled)
BEGIN
    INSERT INTO sync_outbox (table_name, row_key, payload)
        SELECT 'falgram_readings', NEW.id, payload FROM sync_readings_payload WHERE id = NEW.id
    ON CONFLICT (table_name, row_key) DO UPDATE SET payload = excluded.payload,
        version = version + 1, attempts = 0, next_attempt_at = unixepoch();
END;
CREATE TRIGGER sync_readings_delete AFTER DELETE ON readings WHEN EXISTS (SELECT 1 FROM sync_enabled)
BEGIN
    INSERT INTO sync_outbox (table_name, row_key, payload) VALUES ('falgram_readings', OLD.id, 'null')
    ON CONFLICT (table_name, row_key) DO UPDATE SET payload = 'null',
        version = version + 1, attempts = 0, next_attempt_at = unixepoch();
END;
