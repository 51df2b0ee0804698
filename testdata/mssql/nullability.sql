-- NULL, NOT NULL, and the default (nullable).
CREATE TABLE N (A int NULL, B int NOT NULL, C int, D varchar(5) NOT NULL, E varchar(5) NULL);
GO
-- @exit 0
-- @pg: SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'dbo' AND table_name = 'n' ORDER BY ordinal_position
-- @expect: a|YES
-- @expect: b|NO
-- @expect: c|YES
-- @expect: d|NO
-- @expect: e|YES
-- @pg-fail: INSERT INTO dbo.n (a, b, c, d) VALUES (1, NULL, 1, 'x')
-- @error: not-null
-- @pg-ok: INSERT INTO dbo.n (b, d) VALUES (1, 'x')
