-- A view dropped after the routines are converted (it calls a function that ends up carried) takes with it
-- what hangs on it: a synonym of it (a view too), an INSTEAD OF trigger on it and its comment; emitted, they
-- failed to load (relation does not exist). A procedure reading it is PL/pgSQL (resolved when it runs).
CREATE TABLE dbo.RevDep (ID int NOT NULL PRIMARY KEY, X int NULL);
GO
CREATE FUNCTION dbo.RevDepBad (@x int, @rows dbo.RevDepNoSuchType READONLY) RETURNS int
AS BEGIN RETURN (SELECT COUNT(*) FROM @rows) + @x; END
GO
CREATE VIEW dbo.RevDepV AS SELECT ID, dbo.RevDepBad(X, NULL) AS B FROM dbo.RevDep;
GO
CREATE VIEW dbo.RevDepOk AS SELECT ID FROM dbo.RevDep;
GO
CREATE SYNONYM dbo.RevDepSyn FOR dbo.RevDepV;
GO
CREATE SYNONYM dbo.RevDepSynOk FOR dbo.RevDepOk;
GO
CREATE TRIGGER dbo.RevDepTr ON dbo.RevDepV INSTEAD OF INSERT AS BEGIN INSERT INTO dbo.RevDep (ID, X) SELECT ID, B FROM inserted; END
GO
EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'view with a carried call', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'VIEW', @level1name = N'RevDepV';
GO
-- @exit: 1
-- @for: postgres
-- @report-object: calls 'dbo.revdepbad', which is not converted
-- @report-object: synonym of 'dbo.revdepv', which is not converted
-- @report-object: trigger on view 'dbo.revdepv', which is not converted
-- @out-not-match: ^CREATE (VIEW|OR REPLACE FUNCTION) dbo\.(revdepv|revdepsyn|revdeptr_fn)( |\()
-- @out-not-match: ^CREATE TRIGGER
-- @out-not-match: ^COMMENT ON
-- @out-match: ^CREATE VIEW dbo.revdepsynok AS
-- @pg-ok: INSERT INTO dbo.revdep VALUES (1, 2)
-- @pg: SELECT id FROM dbo.revdepsynok
-- @expect: 1
