-- ISNULL(int, negative decimal): SQL Server converts the fallback to int by truncating toward zero
-- (-1.9 -> -1, 1.9 -> 1); a plain CAST in PostgreSQL rounds (-2). Nested ISNULL has the type of its first
-- argument: ISNULL(ISNULL(nvarchar(4), varchar(5)), N'abcdef') is cut to nvarchar(4).
CREATE TABLE dbo.RevNeg (ID int NOT NULL PRIMARY KEY, I int NULL, NV nvarchar(4) NULL, V varchar(5) NULL);
GO
CREATE VIEW dbo.RevNegV AS SELECT ID, ISNULL(I, -1.9) AS a, ISNULL(I, 1.9) AS b, ISNULL(ISNULL(NV, V), N'abcdef') AS c FROM dbo.RevNeg;
GO
CREATE FUNCTION dbo.RevNegF (@i int) RETURNS int AS BEGIN RETURN ISNULL(@i, -2.7); END
GO
-- @pg-ok: INSERT INTO dbo.revneg VALUES (1, NULL, NULL, NULL), (2, 5, NULL, 'xyz')
-- @pg: SELECT id, a, b, c FROM dbo.revnegv ORDER BY id
-- @expect: 1|-1|1|abcd
-- @expect: 2|5|5|xyz
-- @pg: SELECT dbo.revnegf(NULL), dbo.revnegf(3)
-- @expect: -2|3
-- @my-ok: INSERT INTO revneg VALUES (1, NULL, NULL, NULL)
-- @my: SELECT id FROM revnegv
-- @expect: 1
-- @for: postgres
-- @exit: 0
-- @out-contains: CAST(trunc(-1.9) AS integer)
-- @for: mariadb
-- @exit: 1
