-- What each payment still stands for, so a refund takes back exactly that: the seconds of the
-- plan in force it added, converted by price when a later payment upgraded the plan.
ALTER TABLE payments ADD COLUMN credit_seconds INTEGER NOT NULL DEFAULT 0;
UPDATE payments SET credit_seconds = days * 86400 WHERE status = 'paid';
-- Why an admin should look at a payment recorded anyway (blocked_user, unreadable_payload,
-- price_mismatch); NULL for an ordinary one.
ALTER TABLE payments ADD COLUMN review TEXT;
CREATE INDEX payments_review ON payments(review) WHERE review IS NOT NULL;
