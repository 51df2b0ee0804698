-- SET CONCAT_NULL_YIELDS_NULL OFF: SQL Server's string + then treats NULL as ''; PostgreSQL's || gives NULL.
-- Reported (E013) at each concatenation after the setting: in the script before a routine, or in the body.
SET CONCAT_NULL_YIELDS_NULL OFF;
GO
CREATE FUNCTION dbo.fn_Join (@a varchar(10), @b varchar(10)) RETURNS varchar(30)
AS
BEGIN
    RETURN @a + '-' + @b;
END
GO
SET CONCAT_NULL_YIELDS_NULL ON;
GO
CREATE FUNCTION dbo.fn_JoinOn (@a varchar(10), @b varchar(10)) RETURNS varchar(30)
AS
BEGIN
    RETURN @a + @b;
END
GO
CREATE PROCEDURE dbo.usp_Label @a varchar(10), @r varchar(30) OUTPUT
AS
BEGIN
    SET @r = @a + 'x';
    SET CONCAT_NULL_YIELDS_NULL OFF;
    SET @r = @r + @a;
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 1
-- @report-eval: [(i["object"], i["line"]) for i in items if i["code"] == "E013"] == [("dbo.fn_Join", 8), \
--               ("dbo.usp_Label", 23), ("dbo.usp_Label", 24)]
-- @no-report: C010
-- @pg: SELECT dbo.fn_join('a', 'b'), dbo.fn_joinon('a', 'b')
-- @expect: a-b|ab
-- @pg: CALL dbo.usp_label('q', NULL)
-- @expect: qxq
-- the reported difference: SQL Server (OFF) returns 'a-'; PostgreSQL NULL
-- @pg: SELECT dbo.fn_join('a', NULL) IS NULL
-- @expect: t
