-- Retention (issue 17): the UTC days each user was active, one row per user and day, written
-- with the contact itself, for the weekly cohorts' day-1 / day-7 / day-30 activity.
CREATE TABLE activity_days (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    day     INTEGER NOT NULL,            -- Unix days (seconds / 86400)
    PRIMARY KEY (user_id, day)
) WITHOUT ROWID;
