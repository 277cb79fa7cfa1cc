-- A broadcast sent with `allow_paid_broadcast` (up to 1,000 msg/s, 0.1 ⭐ per message above
-- the free 30/s), chosen by the operator after seeing the cost.
ALTER TABLE broadcasts ADD COLUMN paid INTEGER NOT NULL DEFAULT 0;
