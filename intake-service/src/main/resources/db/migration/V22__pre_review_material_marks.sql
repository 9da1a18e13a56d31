-- A pre-review passes only with a mark for every material of the item that has no file (issue #23 review): the
-- pre-reviewer says whether it does not apply (NOT_APPLICABLE: the window counts it so) or is brought to the window
-- (BRING_TO_WINDOW: the clerk receives it there). Kept as JSON, material code → mark; the take-in reads it, so the
-- window finds nothing missing that the pre-review passed and no second one-time notice is given.
alter table pre_review add column material_marks text;
