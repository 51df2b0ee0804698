-- A bad statement inside a batch (no GO around it), statements separated by semicolons.
CREATE TABLE dbo.T1 (A int NOT NULL);
CREATE TABLE oops oops oops;
CREATE TABLE dbo.T2 (B int NOT NULL);
GO
-- @exit 1
-- @report: P001
-- @pg: SELECT table_name FROM information_schema.tables WHERE table_schema = 'dbo' ORDER BY 1
-- @expect: t1
-- @expect: t2
