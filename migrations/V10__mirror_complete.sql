-- The Supabase mirror becomes enough to rebuild the bot from (`falgram restore
-- --from-supabase`): users carry their referral code and language choice; payments what a
-- refund and a review need. Still never personal texts (birth data, dreams, readings, chat).
DROP VIEW sync_users_payload;
CREATE VIEW sync_users_payload AS SELECT id, json_object(
    'id', id, 'username', username, 'first_name', first_name, 'last_name', last_name,
    'language', language,
    'language_chosen', json(CASE language_chosen WHEN 0 THEN 'false' ELSE 'true' END),
    'plan', plan,
    'plan_expires_at', strftime('%Y-%m-%dT%H:%M:%SZ', plan_expires_at, 'unixepoch'),
    'referral_code', referral_code,
    'referred_by', referred_by, 'free_readings_used', free_readings_used,
    'bonus_readings_earned', bonus_readings_earned, 'bonus_readings_used', bonus_readings_used,
    'is_blocked', json(CASE is_blocked WHEN 0 THEN 'false' ELSE 'true' END),
    'is_inactive', json(CASE is_inactive WHEN 0 THEN 'false' ELSE 'true' END),
    'created_at', strftime('%Y-%m-%dT%H:%M:%SZ', created_at, 'unixepoch')) AS payload
FROM users;

DROP VIEW sync_payments_payload;
CREATE VIEW sync_payments_payload AS SELECT id, json_object(
    'id', id, 'user_id', user_id, 'telegram_payment_charge_id', telegram_payment_charge_id,
    'provider_payment_charge_id', provider_payment_charge_id,
    'amount', amount, 'currency', currency, 'plan', plan, 'days', days, 'payload', payload,
    'is_recurring', json(CASE is_recurring WHEN 0 THEN 'false' ELSE 'true' END),
    'is_first_recurring', json(CASE is_first_recurring WHEN 0 THEN 'false' ELSE 'true' END),
    'status', status, 'credit_seconds', credit_seconds, 'review', review,
    'subscription_expires_at', strftime('%Y-%m-%dT%H:%M:%SZ', subscription_expires_at, 'unixepoch'),
    'refund_requested_at', strftime('%Y-%m-%dT%H:%M:%SZ', refund_requested_at, 'unixepoch'),
    'refunded_at', strftime('%Y-%m-%dT%H:%M:%SZ', refunded_at, 'unixepoch'),
    'created_at', strftime('%Y-%m-%dT%H:%M:%SZ', created_at, 'unixepoch')) AS payload
FROM payments;

-- A mirror already running gets the new fields of every existing row once.
INSERT INTO sync_outbox (table_name, row_key, payload)
    SELECT 'falgram_users', id, payload FROM sync_users_payload WHERE EXISTS (SELECT 1 FROM sync_enabled)
ON CONFLICT (table_name, row_key) DO UPDATE SET payload = excluded.payload,
    version = version + 1, attempts = 0, next_attempt_at = unixepoch();
INSERT INTO sync_outbox (table_name, row_key, payload)
    SELECT 'falgram_payments', id, payload FROM sync_payments_payload WHERE EXISTS (SELECT 1 FROM sync_enabled)
ON CONFLICT (table_name, row_key) DO UPDATE SET payload = excluded.payload,
    version = version + 1, attempts = 0, next_attempt_at = unixepoch();
