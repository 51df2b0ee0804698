-- COMMENT ON TABLE / COLUMN, synonyms (to views), quoted identifiers.
CREATE TABLE "Mixed" (id NUMBER(5) PRIMARY KEY, "Note" VARCHAR2(30));
CREATE TABLE plain (id NUMBER(5));
COMMENT ON TABLE plain IS 'A plain table; it''s commented';
COMMENT ON COLUMN plain.id IS 'The id';
COMMENT ON COLUMN "Mixed"."Note" IS q'[with [brackets] and 'quotes']';
CREATE SYNONYM plain_syn FOR plain;
CREATE PUBLIC SYNONYM mixed_pub FOR "Mixed";
CREATE SYNONYM remote_syn FOR emp@remote_db;
-- @exit 1
-- @pg: SELECT obj_description('plain'::regclass, 'pg_class')
-- @expect: A plain table; it's commented
-- @pg: SELECT col_description('plain'::regclass, 1), col_description('mixed'::regclass, 2)
-- @expect: The id|with [brackets] and 'quotes'
-- @pg-ok: SELECT id FROM plain_syn
-- @pg-ok: SELECT note FROM mixed_pub
-- @report: C005
-- @report: C006
