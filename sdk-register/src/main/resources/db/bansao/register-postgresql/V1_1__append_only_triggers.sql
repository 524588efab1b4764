-- bansao register, PostgreSQL only (H2 triggers are Java classes, which would stop H2's own tools
-- from opening the file): the database refuses edits of the log, as a first line only. Integrity
-- comes from the log: a superuser can disable these triggers and verify still names the change.
-- Dropped first: a register upgraded from schema 1 of the home-made migrations already has them.

CREATE OR REPLACE FUNCTION bansao_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Sổ chứng thực chỉ được ghi thêm / the register is append-only (% on %)', TG_OP, TG_TABLE_NAME;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS bansao_entries_append_only ON bansao_entries;
CREATE TRIGGER bansao_entries_append_only BEFORE UPDATE OR DELETE ON bansao_entries
    FOR EACH ROW EXECUTE FUNCTION bansao_append_only();

DROP TRIGGER IF EXISTS bansao_entries_no_truncate ON bansao_entries;
CREATE TRIGGER bansao_entries_no_truncate BEFORE TRUNCATE ON bansao_entries
    FOR EACH STATEMENT EXECUTE FUNCTION bansao_append_only();

DROP TRIGGER IF EXISTS bansao_tree_nodes_append_only ON bansao_tree_nodes;
CREATE TRIGGER bansao_tree_nodes_append_only BEFORE UPDATE OR DELETE ON bansao_tree_nodes
    FOR EACH ROW EXECUTE FUNCTION bansao_append_only();

DROP TRIGGER IF EXISTS bansao_checkpoints_append_only ON bansao_checkpoints;
CREATE TRIGGER bansao_checkpoints_append_only BEFORE UPDATE OR DELETE ON bansao_checkpoints
    FOR EACH ROW EXECUTE FUNCTION bansao_append_only();
