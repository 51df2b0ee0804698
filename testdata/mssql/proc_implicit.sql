-- T-SQL implicit conversions by data type precedence, in routines and views: string + number adds (the string
-- converted to the number's type, so a bad string fails as in SQL Server), string + string concatenates, other
-- arithmetic converts the string, string = number, string IN (numbers) and CASE string WHEN number compare
-- numbers, string < date dates (a view: the report says date/time for MariaDB's datetime too).
CREATE TABLE dbo.Codes (ID int NOT NULL PRIMARY KEY, Code varchar(10) NOT NULL, Born datetime NULL, Price decimal(10,2) NULL);
GO
CREATE PROCEDURE dbo.usp_Plus @s varchar(10), @r int OUTPUT
AS
BEGIN
    SET @r = @s + 1;
END
GO
CREATE FUNCTION dbo.fn_Literal () RETURNS varchar(20)
AS
BEGIN
    DECLARE @v varchar(20);
    SET @v = '5' + 1;
    RETURN @v;
END
GO
CREATE FUNCTION dbo.fn_Math (@s nvarchar(20), @n decimal(10,2)) RETURNS decimal(12,2)
AS
BEGIN
    RETURN @s * @n - @s;
END
GO
CREATE FUNCTION dbo.fn_Concat (@a varchar(10), @b varchar(10)) RETURNS varchar(30)
AS
BEGIN
    RETURN @a + '-' + @b;
END
GO
CREATE FUNCTION dbo.fn_Kind (@s varchar(10)) RETURNS varchar(10)
AS
BEGIN
    RETURN CASE @s WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'other' END;
END
GO
CREATE PROCEDURE dbo.usp_Count @n int, @when varchar(30), @cnt int OUTPUT, @cnt2 int OUTPUT
AS
BEGIN
    SELECT @cnt = COUNT(*) FROM dbo.Codes WHERE Code = @n OR Code IN (7, 8);
    SELECT @cnt2 = COUNT(*) FROM dbo.Codes WHERE Born < @when;
END
GO
CREATE VIEW dbo.vCodes AS
SELECT ID, Code + 1 AS NextCode, Price * Code AS Total, Code / 2 AS Half FROM dbo.Codes WHERE Code BETWEEN 1 AND 50;
GO
CREATE VIEW dbo.vBorn AS
SELECT ID FROM dbo.Codes WHERE Born < Code;
GO
-- @for: mariadb
-- @exit: 1
-- @report-eval: any(i["code"] == "E010" and "vBorn" in i["object"] and "to a date/time" in i["message"] and "AS datetime" in i["message"] for i in items)
-- @my-ok: INSERT INTO codes VALUES (1, '5', '2020-01-01', 2.00), (2, '07', '2021-06-01', 1.50)
-- @my: SELECT id, nextcode, half FROM vcodes ORDER BY id
-- @expect: 1|6|2
-- @expect: 2|8|3
-- @for: postgres
-- @exit: 0
-- @no-report: C010
-- @report: E010
-- @no-report: E012
-- @out-contains: CAST(p_s AS integer) + 1
-- @out-contains: CAST(code AS integer) BETWEEN 1 AND 50
-- @out-contains: p_a || '-' || p_b
-- @pg: CALL dbo.usp_plus('5', NULL)
-- @expect: 6
-- @pg: CALL dbo.usp_plus(' 41 ', NULL)
-- @expect: 42
-- @pg-fail: CALL dbo.usp_plus('a', NULL)
-- @error: invalid input syntax for type integer
-- @pg-fail: CALL dbo.usp_plus('5.5', NULL)
-- @error: invalid input syntax for type integer
-- @pg: SELECT dbo.fn_literal()
-- @expect: 6
-- @pg: SELECT dbo.fn_math('2.5', 4) = 7.5
-- @expect: t
-- @pg: SELECT dbo.fn_concat('a', 'b'), dbo.fn_concat('a', NULL) IS NULL
-- @expect: a-b|t
-- @pg: SELECT dbo.fn_kind('01'), dbo.fn_kind('2'), dbo.fn_kind('9')
-- @expect: one|two|other
-- @pg-fail: SELECT dbo.fn_kind('x')
-- @error: invalid input syntax for type integer
-- @pg-ok: INSERT INTO dbo.codes VALUES (1, '5', '2020-01-01', 2.00), (2, '07', '2021-06-01', 1.50), (3, '40', '2019-01-01', NULL)
-- @pg: CALL dbo.usp_count(5, '2020-06-01', NULL, NULL)
-- @expect: 2|2
-- @pg: SELECT id, nextcode, total, half FROM dbo.vcodes ORDER BY id
-- @expect: 1|6|10.00|2
-- @expect: 2|8|10.50|3
-- @expect: 3|41||20
-- @pg-ok: INSERT INTO dbo.codes VALUES (4, 'x', NULL, NULL)
-- @pg-fail: SELECT count(*) FROM dbo.vcodes
-- @error: invalid input syntax for type integer
