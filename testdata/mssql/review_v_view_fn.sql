-- Views calling scalar functions: a function in another schema, a function reading a view that calls it
-- back through another view (PL/pgSQL bodies are not resolved when created), an inline table function in a
-- view's FROM (still carried: E003), and a function called from a CHECK constraint and a computed column (converted before the
-- routines are known: reported, not emitted with a dangling call).
CREATE SCHEMA app;
GO
CREATE TABLE dbo.RevVf (ID int NOT NULL PRIMARY KEY, Amt int NULL);
GO
CREATE FUNCTION app.Twice (@x int) RETURNS int AS BEGIN RETURN @x * 2; END
GO
CREATE FUNCTION dbo.CountTw () RETURNS int AS BEGIN RETURN (SELECT COUNT(*) FROM dbo.RevVfTw WHERE Tw > 2); END
GO
CREATE FUNCTION dbo.Rows2 (@min int) RETURNS TABLE AS RETURN (SELECT ID, Amt FROM dbo.RevVf WHERE ID >= @min);
GO
CREATE VIEW dbo.RevVfTw AS SELECT ID, app.Twice(ID) AS Tw FROM dbo.RevVf;
GO
CREATE VIEW dbo.RevVfCnt AS SELECT ID, dbo.CountTw() AS C FROM dbo.RevVf;
GO
CREATE VIEW dbo.RevVfRows AS SELECT r.ID, app.Twice(r.Amt) AS A2 FROM dbo.Rows2(2) AS r;
GO
CREATE TABLE dbo.RevVfChk (ID int NOT NULL PRIMARY KEY, X int NULL CHECK (app.Twice(X) < 100), Y AS app.Twice(ID));
GO
-- @exit: 1
-- @for: postgres
-- @report-object: app.Twice
-- @pg-ok: INSERT INTO dbo.revvf VALUES (1, 10), (2, 20), (3, NULL)
-- @pg: SELECT id, tw FROM dbo.revvftw ORDER BY id
-- @expect: 1|2
-- @expect: 2|4
-- @expect: 3|6
-- @pg: SELECT DISTINCT c FROM dbo.revvfcnt
-- @expect: 2
-- @report-object: reads the table-valued function Rows2
-- @out-not-match: ^CREATE VIEW dbo.revvfrows
-- @report-object: computed column dbo.revvfchk.Y
-- @pg: SELECT count(*) FROM pg_constraint WHERE conrelid = 'dbo.revvfchk'::regclass AND contype = 'c'
-- @expect: 0
