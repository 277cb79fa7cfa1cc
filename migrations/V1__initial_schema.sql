-- Fal Gram schema: the whole product. Times are Unix seconds (UTC) unless named *_date/*_time.

CREATE TABLE users (
    id                    INTEGER PRIMARY KEY,            -- Telegram user id
    username              TEXT,
    first_name            TEXT NOT NULL DEFAULT '',
    last_name             TEXT,
    language              TEXT NOT NULL DEFAULT 'en',
    language_chosen       INTEGER NOT NULL DEFAULT 0,     -- 1 once the user picked a language
    plan                  TEXT NOT NULL DEFAULT 'free' CHECK (plan IN ('free','basic','premium','vip')),
    plan_expires_at       INTEGER,
    timezone              TEXT,
    birth_date            TEXT,                           -- encrypted at rest once a key is set
    birth_time            TEXT,
    birth_place           TEXT,
    birth_lat             REAL,
    birth_lon             REAL,
    birth_tz              TEXT,
    sun_sign              TEXT,
    referral_code         TEXT NOT NULL UNIQUE,
    referred_by           INTEGER REFERENCES users(id) ON DELETE SET NULL,
    free_readings_used    INTEGER NOT NULL DEFAULT 0,
    bonus_readings_earned INTEGER NOT NULL DEFAULT 0,
    bonus_readings_used   INTEGER NOT NULL DEFAULT 0,
    is_blocked            INTEGER NOT NULL DEFAULT 0,     -- blocked by an admin
    is_inactive           INTEGER NOT NULL DEFAULT 0,     -- the user blocked the bot
    created_at            INTEGER NOT NULL DEFAULT (unixepoch()),
    updated_at            INTEGER NOT NULL DEFAULT (unixepoch()),
    last_seen_at          INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX users_plan ON users(plan, plan_expires_at);
CREATE INDEX users_language ON users(language);
CREATE INDEX users_created ON users(created_at);
CREATE INDEX users_last_seen ON users(last_seen_at);
CREATE INDEX users_referred_by ON users(referred_by);
CREATE INDEX users_username ON users(username COLLATE NOCASE);

-- Readings in flight: a reservation holds one allowance until the reading is delivered.
CREATE TABLE quota_reservations (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    source     TEXT NOT NULL CHECK (source IN ('unlimited','free','bonus')),
    kind       TEXT NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX quota_reservations_user ON quota_reservations(user_id);

CREATE TABLE readings (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,                 -- coffee, tarot, dream, ...
    source     TEXT NOT NULL DEFAULT 'free',  -- which allowance paid for it
    input      TEXT,                          -- dream text, question, spread (never a photo)
    output     TEXT NOT NULL,
    meta       TEXT,                          -- JSON: cards, positions, provider, model
    created_at INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX readings_user ON readings(user_id, created_at DESC);
CREATE INDEX readings_kind ON readings(kind, created_at);

CREATE TABLE prompts (
    kind       TEXT NOT NULL,
    language   TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_by INTEGER,
    updated_at INTEGER NOT NULL DEFAULT (unixepoch()),
    PRIMARY KEY (kind, language)
);

CREATE TABLE config (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at INTEGER NOT NULL DEFAULT (unixepoch())
);

CREATE TABLE payments (
    id                          INTEGER PRIMARY KEY,
    user_id                     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    telegram_payment_charge_id  TEXT NOT NULL UNIQUE,
    provider_payment_charge_id  TEXT NOT NULL DEFAULT '',
    amount                      INTEGER NOT NULL,
    currency                    TEXT NOT NULL,
    plan                        TEXT NOT NULL,
    days                        INTEGER NOT NULL,
    payload                     TEXT NOT NULL,
    is_recurring                INTEGER NOT NULL DEFAULT 0,
    is_first_recurring          INTEGER NOT NULL DEFAULT 0,
    subscription_expires_at     INTEGER,
    status                      TEXT NOT NULL DEFAULT 'paid' CHECK (status IN ('paid','refunded')),
    refund_requested_at         INTEGER,
    refunded_at                 INTEGER,
    created_at                  INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX payments_user ON payments(user_id, created_at);
CREATE INDEX payments_created ON payments(created_at);

CREATE TABLE premium_subscriptions (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    plan        TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('payment','gift','import','conversion')),
    payment_id  INTEGER REFERENCES payments(id) ON DELETE SET NULL,
    starts_at   INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','expired','cancelled','refunded')),
    created_at  INTEGER NOT NULL DEFAULT (unixepoch()),
    updated_at  INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX premium_subscriptions_user ON premium_subscriptions(user_id, status);
CREATE INDEX premium_subscriptions_expiry ON premium_subscriptions(status, expires_at);

CREATE TABLE referrals (
    id          INTEGER PRIMARY KEY,
    referrer_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    referred_id INTEGER NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
    bonus       INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL DEFAULT (unixepoch()),
    CHECK (referrer_id <> referred_id)
);
CREATE INDEX referrals_referrer ON referrals(referrer_id);

CREATE TABLE chatbot_history (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('user','assistant')),
    content    TEXT NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX chatbot_history_user ON chatbot_history(user_id, id DESC);

-- Opt-in pushes (daily card, daily horoscope, moon phases) at the user's local time.
CREATE TABLE moon_notifications (
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('daily_card','daily_horoscope','new_moon','full_moon')),
    local_time TEXT NOT NULL,
    timezone   TEXT NOT NULL,
    enabled    INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL DEFAULT (unixepoch()),
    updated_at INTEGER NOT NULL DEFAULT (unixepoch()),
    PRIMARY KEY (user_id, kind)
);

-- Idempotency of scheduled sends: one row per user, kind and local date.
CREATE TABLE push_log (
    user_id    INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    local_date TEXT NOT NULL,
    status     TEXT NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (unixepoch()),
    PRIMARY KEY (user_id, kind, local_date)
);

-- People a user saved for compatibility ("add a person").
CREATE TABLE user_connections (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    birth_date  TEXT NOT NULL,
    birth_time  TEXT,
    birth_place TEXT,
    birth_lat   REAL,
    birth_lon   REAL,
    birth_tz    TEXT,
    created_at  INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX user_connections_user ON user_connections(user_id);

CREATE TABLE weekly_reports (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    week       TEXT NOT NULL,
    content    TEXT NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (unixepoch()),
    UNIQUE (user_id, week)
);

-- Generated once per sign, language and period, shared by everyone who asks.
CREATE TABLE horoscope_cache (
    sign       TEXT NOT NULL,
    language   TEXT NOT NULL,
    period     TEXT NOT NULL CHECK (period IN ('daily','weekly','monthly')),
    period_key TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (unixepoch()),
    PRIMARY KEY (sign, language, period, period_key)
);

-- The audit and log table shown in the admin panel.
CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    level      TEXT NOT NULL CHECK (level IN ('info','warn','error')),
    kind       TEXT NOT NULL,
    user_id    INTEGER,
    message    TEXT NOT NULL,
    data       TEXT,
    created_at INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX events_created ON events(created_at DESC);
CREATE INDEX events_kind ON events(kind, level, created_at DESC);

-- Multi-step input state per chat (waiting for a photo, a dream, a birth date...).
CREATE TABLE dialogue_state (
    chat_id    INTEGER PRIMARY KEY,
    state      TEXT NOT NULL,
    updated_at INTEGER NOT NULL DEFAULT (unixepoch())
);

-- Every update id handled, so a redelivered update is never answered twice.
CREATE TABLE processed_updates (
    update_id    INTEGER PRIMARY KEY,
    processed_at INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX processed_updates_time ON processed_updates(processed_at);

-- Changes waiting to be pushed to Supabase, written in the same transaction as the change.
CREATE TABLE sync_outbox (
    id              INTEGER PRIMARY KEY,
    table_name      TEXT NOT NULL,
    row_key         TEXT NOT NULL,
    payload         TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT (unixepoch()),
    last_error      TEXT,
    created_at      INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX sync_outbox_due ON sync_outbox(next_attempt_at, id);

-- updated_at is maintained by the database, so no code path can forget it.
CREATE TRIGGER users_touch AFTER UPDATE ON users
    WHEN NEW.updated_at = OLD.updated_at
    BEGIN UPDATE users SET updated_at = unixepoch() WHERE id = NEW.id; END;
CREATE TRIGGER premium_subscriptions_touch AFTER UPDATE ON premium_subscriptions
    WHEN NEW.updated_at = OLD.updated_at
    BEGIN UPDATE premium_subscriptions SET updated_at = unixepoch() WHERE id = NEW.id; END;
CREATE TRIGGER config_touch AFTER UPDATE ON config
    WHEN NEW.updated_at = OLD.updated_at
    BEGIN UPDATE config SET updated_at = unixepoch() WHERE key = NEW.key; END;
CREATE TRIGGER prompts_touch AFTER UPDATE ON prompts
    WHEN NEW.updated_at = OLD.updated_at
    BEGIN UPDATE prompts SET updated_at = unixepoch() WHERE kind = NEW.kind AND language = NEW.language; END;
CREATE TRIGGER moon_notifications_touch AFTER UPDATE ON moon_notifications
    WHEN NEW.updated_at = OLD.updated_at
    BEGIN UPDATE moon_notifications SET updated_at = unixepoch() WHERE user_id = NEW.user_id AND kind = NEW.kind; END;

-- Seeded defaults (the admin panel edits them; src/domain/settings.rs holds the same list).
INSERT INTO config(key, value) VALUES
    ('free_readings', '4'),
    ('referral_bonus', '1'),
    ('daily_card_time', '09:00'),
    ('daily_horoscope_time', '08:00'),
    ('push_timezone', 'Europe/Istanbul'),
    ('price_basic', '500'),
    ('price_premium', '1000'),
    ('price_vip', '2000'),
    ('days_basic', '30'),
    ('days_premium', '30'),
    ('days_vip', '30'),
    ('rate_user_per_minute', '30'),
    ('rate_ai_per_minute', '4'),
    ('refund_window_days', '7');
