-- AI usage and cost (issue 17): one row per AI call with the tokens the provider billed (NULL
-- where it did not say), and the operator's prices per million tokens by model.
CREATE TABLE ai_calls (
    id            INTEGER PRIMARY KEY,
    at            INTEGER NOT NULL DEFAULT (unixepoch()),
    user_id       INTEGER,                     -- NULL for shared texts (horoscopes)
    kind          TEXT NOT NULL,
    language      TEXT NOT NULL,
    model         TEXT NOT NULL,
    outcome       TEXT NOT NULL,               -- ok, timeout, blocked, http_error …
    latency_ms    INTEGER NOT NULL,
    input_tokens  INTEGER,
    output_tokens INTEGER
);
CREATE INDEX ai_calls_at ON ai_calls(at);

CREATE TABLE ai_prices (
    model           TEXT PRIMARY KEY,
    input_per_mtok  REAL NOT NULL CHECK (input_per_mtok >= 0),
    output_per_mtok REAL NOT NULL CHECK (output_per_mtok >= 0),
    updated_at      INTEGER NOT NULL DEFAULT (unixepoch())
);
