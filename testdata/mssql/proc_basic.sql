-- A procedure with parameters, an OUTPUT parameter, DECLARE with initial values, IF/ELSE IF/ELSE, WHILE with
-- CONTINUE, compound assignment, INSERT, UPDATE ... FROM with an alias, and a result set; a scalar function.
CREATE TABLE dbo.Audit (ID int IDENTITY(1,1) NOT NULL PRIMARY KEY, Msg nvarchar(200) NOT NULL, Flag bit NOT NULL DEFAULT 0);
GO
CREATE PROCEDURE dbo.usp_Log @Msg nvarchar(200), @NewID int OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @n int = 0, @s nvarchar(50);
    IF @Msg IS NULL
    BEGIN
        RAISERROR('Message %s is required', 16, 1, N'Msg');
        RETURN;
    END
    ELSE IF @Msg = ''
        SET @s = 'empty'
    ELSE
        SET @s = 'ok: ' + @Msg;
    INSERT INTO dbo.Audit (Msg, Flag) VALUES (@s, 1);
    SELECT @NewID = MAX(ID) FROM dbo.Audit;
    WHILE @n < 3
    BEGIN
        SET @n += 1;
        IF @n = 2 CONTINUE;
        UPDATE a SET Msg = a.Msg + '!' FROM dbo.Audit a WHERE a.ID = @NewID;
    END
    SELECT ID, Msg, Flag FROM dbo.Audit WHERE ID = @NewID;
END
GO
CREATE FUNCTION dbo.fn_Double (@x int) RETURNS int
AS
BEGIN
    DECLARE @r int;
    SET @r = @x * 2;
    RETURN @r;
END;
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0 1
-- @no-report: C010
-- @no-report: C001
-- @no-report: X001
-- @pg: SELECT dbo.fn_double(21)
-- @expect: 42
-- @pg: CALL dbo.usp_log('hello', NULL, 'c1')
-- @expect: 1|c1
-- @pg: SELECT msg, flag FROM dbo.audit
-- @expect: ok: hello!!|t
-- @pg: CALL dbo.usp_log('', NULL, 'c2'); FETCH ALL FROM c2
-- @expect: 2|c2
-- @expect: 2|empty!!|t
-- @pg-fail: CALL dbo.usp_log(NULL, NULL)
-- @error: Message Msg is required
-- @pg: SELECT count(*) FROM dbo.audit
-- @expect: 2
