-- EXEC of a procedure with positional, named and OUTPUT arguments and a return status (EXEC @rc = ...),
-- RETURN n; dynamic SQL with EXEC (@sql) and sp_executesql (reported: the text is not converted).
CREATE TABLE dbo.Counter (Name varchar(20) NOT NULL PRIMARY KEY, Value int NOT NULL);
GO
CREATE PROCEDURE dbo.Bump @Name varchar(20), @By int = 1, @NewValue int OUTPUT
AS
BEGIN
    IF NOT EXISTS (SELECT 1 FROM dbo.Counter WHERE Name = @Name)
        RETURN 1;
    UPDATE dbo.Counter SET Value = Value + @By WHERE Name = @Name;
    SELECT @NewValue = Value FROM dbo.Counter WHERE Name = @Name;
    RETURN 0;
END
GO
CREATE PROCEDURE dbo.BumpTwice @Name varchar(20), @Result int OUTPUT, @Status int OUTPUT
AS
BEGIN
    DECLARE @v int, @rc int;
    EXEC dbo.Bump @Name, 2, @v OUTPUT;
    EXEC @rc = dbo.Bump @By = 10, @Name = @Name, @NewValue = @v OUTPUT;
    SET @Result = @v;
    SET @Status = @rc;
END
GO
CREATE PROCEDURE dbo.ResetAll
AS
BEGIN
    DECLARE @sql nvarchar(200) = N'UPDATE dbo.counter SET value = 0';
    EXEC (@sql);
    EXEC sp_executesql N'DELETE FROM dbo.counter WHERE value < 0';
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0 1
-- @no-report: C010
-- @report: C014
-- @report: C016
-- @pg-ok: INSERT INTO dbo.counter VALUES ('a', 1)
-- @pg: CALL dbo.bump('a', 5, NULL)
-- @expect: 6|0
-- @pg: CALL dbo.bump('missing', 5, NULL)
-- @expect: |1
-- @pg: CALL dbo.bumptwice('a', NULL, NULL)
-- @expect: 18|0
-- @pg: CALL dbo.bumptwice('zzz', NULL, NULL)
-- @expect: |1
-- @pg-ok: CALL dbo.resetall()
-- @pg: SELECT value FROM dbo.counter
-- @expect: 0
