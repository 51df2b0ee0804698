-- CAST(x AS varchar) / CONVERT(nvarchar, x) without a length is 30 characters in SQL Server (CAST and CONVERT
-- documentation: "the default value is 30"); only a declaration without one means 1. The cast was
-- emitted as varchar(1) and cut every value to its first character.
CREATE TABLE dbo.RevCl (ID int NOT NULL PRIMARY KEY, N int NULL);
GO
CREATE VIEW dbo.RevClV AS SELECT ID, CAST(N AS varchar) AS a, RIGHT('00000' + CONVERT(nvarchar, N), 5) AS b FROM dbo.RevCl;
GO
CREATE FUNCTION dbo.RevClF (@n int) RETURNS varchar(40) AS BEGIN DECLARE @c varchar = 'xyz'; RETURN CAST(@n AS nvarchar) + @c; END
GO
-- @exit: 0 1
-- @pg-ok: INSERT INTO dbo.revcl VALUES (1, 12345), (2, 42)
-- @pg: SELECT id, a, b FROM dbo.revclv ORDER BY id
-- @expect: 1|12345|12345
-- @expect: 2|42|00042
-- @pg: SELECT dbo.revclf(987654)
-- @expect: 987654x
-- @my-ok: INSERT INTO revcl VALUES (1, 12345), (2, 42)
-- @my: SELECT id, a, b FROM revclv ORDER BY id
-- @expect: 1|12345|12345
-- @expect: 2|42|00042
