-- ISNULL(a, b) takes the type of a in SQL Server (b is converted to it); coalesce takes a common type. Where a's
-- type is known, b is cast to it: ISNULL(@v varchar(5), 'longer') is 'longe', ISNULL(@d decimal(10,2), 0) is
-- 0.00, ISNULL(@i int, 1.9) is 1 (int conversion truncates), ISNULL(n numeric(5,1), 2.25) is 2.3,
-- ISNULL(datetime column, '') is 1900-01-01 00:00:00 (the empty string is day 0; PostgreSQL rejects '' as a date). Parameters
-- are converted to their declared length and scale as SQL Server does ('abcdefg' into varchar(5) is 'abcde',
-- 1.235 into decimal(10,2) is 1.24): PostgreSQL ignores a parameter's typmod, so the body starts with casts.
-- (Expected values from the ISNULL documentation: "the value of check_expression ... converted to the type of
-- check_expression"; worked out by hand.)
CREATE TABLE dbo.Nums (ID int NOT NULL PRIMARY KEY, N numeric(5, 1) NULL, S varchar(5) NULL, At datetime NULL);
GO
CREATE FUNCTION dbo.Fallbacks (@v varchar(5), @d decimal(10, 2), @i int) RETURNS varchar(100)
AS
BEGIN
    RETURN ISNULL(@v, 'longer') + '|' + CAST(ISNULL(@d, 0) AS varchar(20)) + '|' + CAST(ISNULL(@i, 1.9) AS varchar(10));
END
GO
CREATE VIEW dbo.NumView AS SELECT ID, ISNULL(N, 2.25) AS N, ISNULL(S, 'abcdefgh') AS S, ISNULL(S, 'ab') AS S2,
    ISNULL(At, '') AS At FROM dbo.Nums;
GO
-- @exit: 0 1
-- @for: postgres
-- @out-contains: coalesce(s, 'ab')
-- @pg: SELECT dbo.fallbacks(NULL, NULL, NULL)
-- @expect: longe|0.00|1
-- @pg: SELECT dbo.fallbacks('x', 1.5, 7)
-- @expect: x|1.50|7
-- @pg: SELECT dbo.fallbacks('abcdefg', 1.235, 7)
-- @expect: abcde|1.24|7
-- @pg-ok: INSERT INTO dbo.nums VALUES (1, NULL, NULL, NULL), (2, 4.5, 'q', '2024-05-06 07:08:09')
-- @pg: SELECT id, n, s, s2, at FROM dbo.numview ORDER BY id
-- @expect: 1|2.3|abcde|ab|1900-01-01 00:00:00
-- @expect: 2|4.5|q|q|2024-05-06 07:08:09
-- @my-ok: INSERT INTO nums VALUES (1, NULL, NULL, NULL), (2, 4.5, 'q', '2024-05-06 07:08:09')
-- @my: SELECT id, n, s FROM numview ORDER BY id
-- @expect-match: ^1\|2\.(3|25)\|abcde
