-- NULL ordering: SQL Server sorts NULL as the lowest value (first ascending, last descending); PostgreSQL
-- sorts it as the highest. ORDER BY keys that can be NULL get NULLS FIRST / NULLS LAST on PostgreSQL (queries,
-- OVER (ORDER BY ...), WITHIN GROUP), keys that cannot (NOT NULL, IDENTITY or PRIMARY KEY columns of a query
-- without outer joins, literals) stay as they are. MariaDB sorts like SQL Server: nothing added.
CREATE TABLE dbo.Runners (ID int IDENTITY PRIMARY KEY, Name varchar(10) NOT NULL, Finish int NULL);
GO
CREATE VIEW dbo.Podium AS
SELECT TOP (2) Name, Finish FROM dbo.Runners ORDER BY Finish;
GO
CREATE VIEW dbo.Ranked AS
SELECT Name, ROW_NUMBER() OVER (ORDER BY Finish DESC, Name) AS Pos FROM dbo.Runners;
GO
CREATE PROCEDURE dbo.Slowest @First varchar(10) OUTPUT
AS
SELECT TOP (1) @First = r.Name FROM dbo.Runners AS r LEFT JOIN dbo.Runners AS o ON o.ID = r.ID + 100
ORDER BY o.Name DESC, r.Finish DESC;
GO
-- ORDER BY an ordinal: the select-list item's nullability (a NOT NULL column stays bare)
CREATE VIEW dbo.FirstByOrdinal AS
SELECT TOP (1) Finish, Name FROM dbo.Runners ORDER BY 1;
GO
CREATE VIEW dbo.NamesByOrdinal AS
SELECT TOP (3) Name, Finish FROM dbo.Runners ORDER BY 1 DESC;
GO
-- @exit: 0 1
-- @for: postgres
-- @out-contains: ORDER BY finish NULLS FIRST
-- @out-contains: ORDER BY finish DESC NULLS LAST, name)
-- @out-contains: ORDER BY o.name DESC NULLS LAST, r.finish DESC NULLS LAST
-- @out-contains: ORDER BY 1 NULLS FIRST LIMIT 1
-- @out-contains: ORDER BY 1 DESC LIMIT 3
-- @for: mariadb
-- @out-not-contains: NULLS
-- @for: all
-- @pg-ok: INSERT INTO dbo.runners (name, finish) VALUES ('ann', 3), ('bob', NULL), ('cy', 1), ('di', 2)
-- @pg: SELECT name, finish FROM dbo.podium ORDER BY finish NULLS FIRST
-- @expect: bob|
-- @expect: cy|1
-- @pg: SELECT name, pos FROM dbo.ranked ORDER BY pos
-- @expect: ann|1
-- @expect: di|2
-- @expect: cy|3
-- @expect: bob|4
-- @pg: CALL dbo.slowest(NULL)
-- @expect: ann
-- @pg: SELECT name, finish FROM dbo.firstbyordinal
-- @expect: bob|
-- @pg: SELECT string_agg(name, ',' ORDER BY name) FROM dbo.namesbyordinal
-- @expect: bob,cy,di
-- @my-ok: INSERT INTO runners (name, finish) VALUES ('ann', 3), ('bob', NULL), ('cy', 1), ('di', 2)
-- @my: SELECT name FROM firstbyordinal
-- @expect: bob
-- @my: SELECT name, pos FROM ranked ORDER BY pos
-- @expect: ann|1
-- @expect: di|2
-- @expect: cy|3
-- @expect: bob|4
