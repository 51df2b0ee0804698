-- IDENTITY whose seed or increment is beyond bigint (decimal/numeric(p,0) allow 38 digits): the target's identity
-- is bigint at most, so the value cannot be represented. It is not clamped: the column keeps its type, NOT NULL,
-- without identity, and T004 says so. A sequence starting beyond bigint is not created (T004, carried).
CREATE TABLE dbo.BigId (ID decimal(38,0) IDENTITY(99999999999999999999999999999,1) NOT NULL PRIMARY KEY, V int NULL);
CREATE TABLE dbo.BigStep (ID numeric(30,0) IDENTITY(1,10000000000000000000), V int NULL);
CREATE TABLE dbo.FitsId (ID numeric(19,0) IDENTITY(9223372036854775806,1) NOT NULL, V int NULL);
GO
CREATE SEQUENCE dbo.BigSeq AS decimal(38,0) START WITH 99999999999999999999999999999;
GO
-- @exit: 1
-- @report: T004
-- @report-object: seed 99999999999999999999999999999 is beyond bigint
-- @report-object: increment 10000000000000000000 is beyond bigint
-- @report-object: START WITH 99999999999999999999999999999 is beyond bigint: not created
-- @pg: SELECT format_type(atttypid, atttypmod), attnotnull, attidentity FROM pg_attribute \
--      WHERE attrelid = 'dbo.bigid'::regclass AND attname = 'id'
-- @expect: numeric(38,0)|t|
-- @pg: SELECT format_type(atttypid, atttypmod), attnotnull, attidentity FROM pg_attribute \
--      WHERE attrelid = 'dbo.bigstep'::regclass AND attname = 'id'
-- @expect: numeric(30,0)|t|
-- @pg-ok: INSERT INTO dbo.bigid (id, v) VALUES (99999999999999999999999999999, 1)
-- @pg: SELECT id FROM dbo.bigid
-- @expect: 99999999999999999999999999999
-- @pg-fail: INSERT INTO dbo.bigstep (v) VALUES (1)
-- @error: not-null
-- @pg-ok: INSERT INTO dbo.fitsid (v) VALUES (1), (2)
-- @pg: SELECT id FROM dbo.fitsid ORDER BY id
-- @expect: 9223372036854775806
-- @expect: 9223372036854775807
-- @pg: SELECT count(*) FROM pg_class WHERE relname = 'bigseq'
-- @expect: 0
-- @my: SELECT column_type, is_nullable, extra FROM information_schema.columns WHERE table_name = 'bigid' AND column_name = 'id'
-- @expect: decimal(38,0)|NO|
-- @my-ok: INSERT INTO bigid (id, v) VALUES (99999999999999999999999999999, 1)
-- @my: SELECT id FROM bigid
-- @expect: 99999999999999999999999999999
-- @my-fail: INSERT INTO bigstep (v) VALUES (1)
-- @error: doesn't have a default value
-- @my-ok: INSERT INTO fitsid (v) VALUES (1)
-- @my: SELECT id FROM fitsid
-- @expect: 9223372036854775806
-- @for: postgres
-- @out-contains: -- | CREATE SEQUENCE dbo.BigSeq
