-- bansao register, schema 4 (issue 15): canonical leaf v2. A new row's leaf carries no personal data: the
-- requester's and the original document's details (and the notes) are replaced by one commitment,
-- SHA-256(salt || canonical JSON of those fields), with a 16-byte random salt per row kept here and never
-- published. New columns, not an edit of any row: rows before this script read version 1 and no salt,
-- and hash exactly as they did (the tree does not change).

ALTER TABLE bansao_entries ADD COLUMN leaf_version INT DEFAULT 1 NOT NULL;
ALTER TABLE bansao_entries ADD COLUMN leaf_salt VARCHAR(32) DEFAULT '' NOT NULL;
