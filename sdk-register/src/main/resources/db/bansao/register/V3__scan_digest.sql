-- bansao register, schema 3: the scan digest of each copy (QR lookups tell copies with the same
-- number apart). A new column, not an edit of any row: rows before it read '' and hash as they did.

ALTER TABLE bansao_entries ADD COLUMN scan_digest VARCHAR(64) DEFAULT '' NOT NULL;
