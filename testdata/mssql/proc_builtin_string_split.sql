-- STRING_SPLIT(string, separator [, enable_ordinal]) in FROM, JOIN, CROSS APPLY and IN (SELECT value ...) becomes
-- regexp_split_to_table(string, separator) [WITH ORDINALITY] AS alias(value [, ordinal]) for PostgreSQL.
-- Expected values worked out by hand from the SQL Server documentation of STRING_SPLIT: a NULL string gives an
-- empty table; an empty string gives ONE row '' (nothing between separators is an empty string, so 'a,,b,' gives
-- a, '', b, ''); ordinal is the 1-based position of the substring (bigint). Without ordinal the order of the rows is
-- not guaranteed, so the checks sort or count. value compared with an int is converted to int (data type
-- precedence), as the IN check shows. string_to_table / string_to_array would give no row for ''.
CREATE TABLE dbo.Item (ItemId int PRIMARY KEY, Tags varchar(100));
GO
CREATE PROCEDURE dbo.ItemsByIds @Ids varchar(200)
AS
BEGIN
    SELECT ItemId FROM dbo.Item WHERE ItemId IN (SELECT value FROM STRING_SPLIT(@Ids, ',')) ORDER BY ItemId;
END
GO
CREATE PROCEDURE dbo.ItemsJoin @Ids varchar(200)
AS
BEGIN
    SELECT i.ItemId FROM dbo.Item AS i JOIN STRING_SPLIT(@Ids, ';') AS s ON s.value = i.ItemId ORDER BY i.ItemId;
END
GO
CREATE PROCEDURE dbo.CountParts @s nvarchar(200), @n int OUTPUT
AS
BEGIN
    SELECT @n = COUNT(*) FROM STRING_SPLIT(@s, N'|');
END
GO
CREATE PROCEDURE dbo.Parts @s varchar(200)
AS
BEGIN
    SELECT p.ordinal, p.value FROM STRING_SPLIT(@s, '.', 1) AS p ORDER BY p.ordinal;
END
GO
CREATE PROCEDURE dbo.ItemTags
AS
BEGIN
    SELECT i.ItemId, t.value FROM dbo.Item i CROSS APPLY STRING_SPLIT(i.Tags, ',') t ORDER BY i.ItemId, t.value;
END
GO
CREATE VIEW dbo.ItemTagView AS
SELECT i.ItemId, s.value AS Tag FROM dbo.Item AS i CROSS APPLY STRING_SPLIT(i.Tags, ',') AS s;
GO
-- @for: postgres
-- @pg-ok: INSERT INTO dbo.item VALUES (1, 'red,green'), (2, ''), (3, NULL), (4, 'a,,b,')
-- @no-report: C010
-- @no-report: E003
-- @out-contains: regexp_split_to_table(p_s, '\.') WITH ORDINALITY AS p (value, ordinal)
-- @pg: CALL dbo.itemsbyids('3,1,9', 'c'); FETCH ALL FROM c
-- @expect: c
-- @expect: 1
-- @expect: 3
-- @pg: CALL dbo.itemsjoin('4;2', 'c'); FETCH ALL FROM c
-- @expect: c
-- @expect: 2
-- @expect: 4
-- @pg: CALL dbo.countparts('', NULL)
-- @expect: 1
-- @pg: CALL dbo.countparts(NULL, NULL)
-- @expect: 0
-- @pg: CALL dbo.countparts('x|y|', NULL)
-- @expect: 3
-- @pg: CALL dbo.parts('a.b..c', 'c'); FETCH ALL FROM c
-- @expect: c
-- @expect: 1|a
-- @expect: 2|b
-- @expect: 3|
-- @expect: 4|c
-- @pg: SELECT pg_typeof(ordinal) FROM regexp_split_to_table('a', ',') WITH ORDINALITY AS s(value, ordinal)
-- @expect: bigint
-- @pg: CALL dbo.itemtags('c'); FETCH ALL FROM c
-- @expect: c
-- @expect: 1|green
-- @expect: 1|red
-- @expect: 2|
-- @expect: 4|
-- @expect: 4|
-- @expect: 4|a
-- @expect: 4|b
-- @pg: SELECT count(*), count(*) FILTER (WHERE tag = '') FROM dbo.itemtagview
-- @expect: 7|3
-- @for: mariadb
-- @exit: 1
-- @report: E003
-- @my-ok: INSERT INTO item VALUES (1, 'red,green'), (2, ''), (3, NULL), (4, 'a,,b,')
-- @my: SELECT count(*) FROM item
-- @expect: 4
