-- --result-sets table: a procedure whose only output is the result set of an OUTPUT without INTO becomes
-- FUNCTION ... RETURNS TABLE (the rows of the statement, RETURN QUERY in the order returned); an OUTPUT column
-- without a name or a known type keeps the INOUT refcursor style.
CREATE TABLE dbo.Msg (ID int NOT NULL PRIMARY KEY, Body nvarchar(30) NOT NULL);
GO
CREATE PROCEDURE dbo.PurgeMsg @Before int
AS
BEGIN
    SET NOCOUNT ON;
    DELETE FROM dbo.Msg OUTPUT deleted.* WHERE ID < @Before;
END
GO
CREATE PROCEDURE dbo.Shout @ID int
AS
    UPDATE dbo.Msg SET Body = Body + N'!'
    OUTPUT inserted.ID, deleted.Body AS OldBody, inserted.Body
    WHERE ID >= @ID;
GO
CREATE PROCEDURE dbo.Tag
AS
    UPDATE m SET Body = N'#' + m.Body OUTPUT inserted.ID, N'tagged' FROM dbo.Msg AS m WHERE m.ID = 9;
GO
-- @args: --result-sets table
-- @for: mariadb
-- @exit: 0 1
-- @for: postgres
-- @exit: 0
-- @no-report: C010
-- @no-report: C021
-- @out-match: FUNCTION dbo\.purgemsg\(p_before integer\) RETURNS TABLE \(id integer, body varchar\(30\)\)
-- @out-match: FUNCTION dbo\.shout\(p_id integer\) RETURNS TABLE \(id integer, oldbody varchar\(30\), body varchar\(30\)\)
-- @out-match: PROCEDURE dbo\.tag\(INOUT result refcursor
-- @pg-ok: INSERT INTO dbo.msg VALUES (1, 'a'), (2, 'b'), (7, 'c'), (9, 'd')
-- @pg: SELECT * FROM dbo.purgemsg(3)
-- @expect: 1|a
-- @expect: 2|b
-- @pg: SELECT count(*) FROM dbo.msg
-- @expect: 2
-- @pg: SELECT * FROM dbo.shout(7)
-- @expect: 7|c|c!
-- @expect: 9|d|d!
-- @pg: BEGIN; CALL dbo.tag('t'); FETCH ALL FROM t; COMMIT
-- @expect: t
-- @expect: 9|tagged
-- @pg: SELECT id, body FROM dbo.msg ORDER BY id
-- @expect: 7|c!
-- @expect: 9|#d!
