-- How an unfinished update was cut off (see store/effects.rs): a message Telegram accepted
-- (the chat heard something: left alone), a message on its way (it may have arrived: the
-- restart notice says "if you did not get a reply"), or a write a second run would repeat
-- (the notice). None of these: the update is simply run again after a restart.
ALTER TABLE processed_updates ADD COLUMN answered_at INTEGER;
ALTER TABLE processed_updates ADD COLUMN sending_at INTEGER;
ALTER TABLE processed_updates ADD COLUMN effect_at INTEGER;
