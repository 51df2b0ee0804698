-- PATINDEX('pattern', expr) with a constant pattern becomes regexp_instr(expr, regex) on PostgreSQL 15+: the LIKE
-- pattern (with [classes]) translated by the LIKE converter; a leading % searches anywhere, no leading % means the
-- match starts at 1, no trailing % means it ends at the end of the string. Expected values worked out by hand from
-- the SQL Server documentation: PATINDEX('%en_ure%', 'please ensure the door is locked') = 8,
-- PATINDEX('a%', 'abc') = 1, PATINDEX('%a', 'cba') = 3 (PATINDEX docs, 2014 edition); 0 when not found, NULL when
-- an argument is NULL; '%ter%' / '%t_r%t%' / 'ter%' / 'inter%' / '%ing' on 'interesting' give 3 / 3 / 0 / 1 / 9.
-- The match is case-sensitive in PostgreSQL: E005 says so (SQL Server follows the collation).
CREATE TABLE dbo.Code (CodeId int PRIMARY KEY, Txt varchar(50));
GO
CREATE FUNCTION dbo.FirstDigit (@s varchar(50)) RETURNS int
AS
BEGIN
    RETURN PATINDEX('%[0-9]%', @s);
END
GO
CREATE PROCEDURE dbo.Probe @s varchar(100), @a int OUTPUT, @b int OUTPUT, @c int OUTPUT
AS
BEGIN
    SET @a = PATINDEX('%en_ure%', @s);
    SET @b = PATINDEX('%[^a-z ]%', @s);
    SELECT @c = PATINDEX('please%', @s);
END
GO
CREATE VIEW dbo.CodeIdx AS
SELECT CodeId, PATINDEX('%ter%', Txt) AS a, PATINDEX('%t_r%t%', Txt) AS b, PATINDEX('ter%', Txt) AS c,
       PATINDEX('inter%', Txt) AS d, PATINDEX('%ing', Txt) AS e, PATINDEX('%.%', Txt) AS f,
       PATINDEX('a%', Txt) AS g, PATINDEX('%a', Txt) AS h
FROM dbo.Code;
GO
-- @for: postgres
-- @pg-ok: INSERT INTO dbo.code VALUES (1, 'interesting'), (2, 'abc123'), (3, NULL), (4, 'x.y'), (5, 'cba')
-- @no-report: C010
-- @no-report: F107
-- @report: E005
-- @out-contains: regexp_instr(p_s, '[0-9]')
-- @pg: SELECT dbo.firstdigit('abc123'), dbo.firstdigit('abc'), dbo.firstdigit(NULL) IS NULL
-- @expect: 4|0|t
-- @pg: CALL dbo.probe('please ensure the door is locked', NULL, NULL, NULL)
-- @expect: 8|0|1
-- @pg: CALL dbo.probe('ensure 42', NULL, NULL, NULL)
-- @expect: 1|8|0
-- @pg: SELECT codeid, a, b, c, d, e, f, g, h FROM dbo.codeidx ORDER BY codeid
-- @expect: 1|3|3|0|1|9|0|0|0
-- @expect: 2|0|0|0|0|0|0|1|0
-- @expect: 3||||||||
-- @expect: 4|0|0|0|0|0|2|0|0
-- @expect: 5|0|0|0|0|0|0|0|3
-- @for: mariadb
-- @exit: 1
-- @my-ok: INSERT INTO code VALUES (1, 'interesting'), (2, 'abc123'), (3, NULL), (4, 'x.y'), (5, 'cba')
-- @my: SELECT count(*) FROM code
-- @expect: 5
