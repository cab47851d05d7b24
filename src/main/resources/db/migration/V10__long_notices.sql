-- A notice may quote what it answers: a review or re-review opinion of 4,000 characters together
-- with the notice's own wording is longer than 4,000 characters.
alter table notification alter column body type text;
