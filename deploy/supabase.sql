-- Fal Gram on Supabase: run once in the SQL editor (safe to run again).
--
-- The bot keeps everything in its SQLite file; with SUPABASE_URL + SUPABASE_KEY it mirrors
-- users, payments, subscriptions and reading metadata here (never birth data, dreams,
-- reading texts or chat history), and reads prompt overrides from `prompts`.
-- Use a secret key (sb_secret_… or the legacy service_role JWT): row level security is on
-- and no policy is granted, so the public (anon/publishable) key can read nothing.

CREATE TABLE IF NOT EXISTS falgram_users (
    id                    bigint PRIMARY KEY,          -- Telegram user id
    username              text,
    first_name            text NOT NULL DEFAULT '',
    last_name             text,
    language              text NOT NULL DEFAULT 'en',
    language_chosen       boolean NOT NULL DEFAULT false,
    plan                  text NOT NULL DEFAULT 'free' CHECK (plan IN ('free','basic','premium','vip')),
    plan_expires_at       timestamptz,
    referral_code         text,
    referred_by           bigint,
    free_readings_used    integer NOT NULL DEFAULT 0,
    bonus_readings_earned integer NOT NULL DEFAULT 0,
    bonus_readings_used   integer NOT NULL DEFAULT 0,
    is_blocked            boolean NOT NULL DEFAULT false,
    is_inactive           boolean NOT NULL DEFAULT false,
    created_at            timestamptz NOT NULL DEFAULT now(),
    synced_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS falgram_users_plan ON falgram_users (plan, plan_expires_at);
-- Columns added later (the mirror is enough to rebuild the bot from): for existing projects.
ALTER TABLE falgram_users ADD COLUMN IF NOT EXISTS language_chosen boolean NOT NULL DEFAULT false;
ALTER TABLE falgram_users ADD COLUMN IF NOT EXISTS referral_code text;

CREATE TABLE IF NOT EXISTS falgram_payments (
    id                          bigint PRIMARY KEY,    -- the bot's payment id
    user_id                     bigint,
    telegram_payment_charge_id  text NOT NULL UNIQUE,
    provider_payment_charge_id  text NOT NULL DEFAULT '',
    amount                      integer NOT NULL,      -- Stars
    currency                    text NOT NULL,
    plan                        text NOT NULL,
    days                        integer NOT NULL,
    payload                     text NOT NULL DEFAULT '',
    is_recurring                boolean NOT NULL DEFAULT false,
    is_first_recurring          boolean NOT NULL DEFAULT false,
    status                      text NOT NULL CHECK (status IN ('paid','refunded')),
    credit_seconds              bigint NOT NULL DEFAULT 0,  -- what a refund takes back
    review                      text,                       -- why an admin should look
    subscription_expires_at     timestamptz,
    refund_requested_at         timestamptz,
    refunded_at                 timestamptz,
    created_at                  timestamptz NOT NULL,
    synced_at                   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS falgram_payments_user ON falgram_payments (user_id, created_at);
ALTER TABLE falgram_payments ADD COLUMN IF NOT EXISTS provider_payment_charge_id text NOT NULL DEFAULT '';
ALTER TABLE falgram_payments ADD COLUMN IF NOT EXISTS payload text NOT NULL DEFAULT '';
ALTER TABLE falgram_payments ADD COLUMN IF NOT EXISTS is_first_recurring boolean NOT NULL DEFAULT false;
ALTER TABLE falgram_payments ADD COLUMN IF NOT EXISTS credit_seconds bigint NOT NULL DEFAULT 0;
ALTER TABLE falgram_payments ADD COLUMN IF NOT EXISTS review text;
ALTER TABLE falgram_payments ADD COLUMN IF NOT EXISTS refund_requested_at timestamptz;

CREATE TABLE IF NOT EXISTS falgram_subscriptions (
    id          bigint PRIMARY KEY,
    user_id     bigint NOT NULL,
    plan        text NOT NULL,
    source      text NOT NULL,
    payment_id  bigint,
    starts_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    status      text NOT NULL,
    created_at  timestamptz NOT NULL,
    synced_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS falgram_subscriptions_user ON falgram_subscriptions (user_id, status);

-- Metadata only: which kind of reading, for whom, paid by which allowance.
CREATE TABLE IF NOT EXISTS falgram_readings (
    id          bigint PRIMARY KEY,
    user_id     bigint NOT NULL,
    kind        text NOT NULL,
    source      text NOT NULL,
    delivered   boolean NOT NULL,
    created_at  timestamptz NOT NULL,
    synced_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS falgram_readings_kind ON falgram_readings (kind, created_at);

-- Prompt overrides, in the Python version's shape (an existing table is kept as it is).
-- The bot pulls them every 10 minutes and on SIGHUP; invalid rows are logged and skipped.
CREATE TABLE IF NOT EXISTS prompts (
    id           bigserial PRIMARY KEY,
    prompt_type  text NOT NULL,   -- coffee, tarot, dream, daily_horoscope, weekly_horoscope, …
    language     text NOT NULL,   -- tr, en, es, fr, ru, de, ar, it, pt
    content      text NOT NULL,
    is_active    boolean NOT NULL DEFAULT true,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (prompt_type, language)
);

-- synced_at: when the row last arrived (PostgREST upserts do not touch it otherwise).
CREATE OR REPLACE FUNCTION falgram_touch_synced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.synced_at := now();
    RETURN NEW;
END $$;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['falgram_users','falgram_payments','falgram_subscriptions','falgram_readings'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_synced', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION falgram_touch_synced()', t || '_synced', t);
    END LOOP;
END $$;
ALTER TABLE prompts ENABLE ROW LEVEL SECURITY;
