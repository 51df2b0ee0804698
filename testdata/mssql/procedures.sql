-- Procedures, functions and triggers are carried as comments and reported; tables around them converted.
CREATE TABLE dbo.Audit (ID int IDENTITY(1,1) NOT NULL PRIMARY KEY, Msg nvarchar(200) NOT NULL, At datetime NOT NULL DEFAULT GETDATE());
GO
CREATE PROCEDURE dbo.usp_Log @Msg nvarchar(200)
AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO dbo.Audit (Msg) VALUES (@Msg);
END
GO
CREATE FUNCTION dbo.fn_Double (@x int) RETURNS int
AS
BEGIN
    RETURN @x * 2;
END;
GO
CREATE TRIGGER dbo.trg_Audit ON dbo.Audit AFTER INSERT
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE a SET Msg = UPPER(a.Msg) FROM dbo.Audit a JOIN inserted i ON i.ID = a.ID;
END
GO
CREATE TABLE dbo.Later (ID int NOT NULL);
GO
-- @exit 1
-- @report: C001
-- @report: C002
-- @report: C003
-- @report-object: usp_Log
-- @pg: SELECT table_name FROM information_schema.tables WHERE table_schema = 'dbo' ORDER BY 1
-- @expect: audit
-- @expect: later
-- @pg: SELECT count(*) FROM pg_proc WHERE pronamespace = 'dbo'::regnamespace
-- @expect: 0
-- @pg: SELECT count(*) FROM pg_trigger WHERE tgrelid = 'dbo.audit'::regclass
-- @expect: 0
-- @out-contains: usp_Log
-- @out-contains: fn_Double
