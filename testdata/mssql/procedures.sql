-- Procedures, functions and triggers are converted to PL/pgSQL (proc_*.sql test each construct); tables around them.
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
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0 1
-- @no-report: C001
-- @no-report: C002
-- @no-report: C003
-- @pg: SELECT table_name FROM information_schema.tables WHERE table_schema = 'dbo' ORDER BY 1
-- @expect: audit
-- @expect: later
-- @pg: SELECT proname FROM pg_proc WHERE pronamespace = 'dbo'::regnamespace ORDER BY 1
-- @expect: fn_double
-- @expect: trg_audit_fn
-- @expect: usp_log
-- @pg: CALL dbo.usp_log('hello'); SELECT msg, dbo.fn_double(id) FROM dbo.audit
-- @expect: HELLO|2
-- @pg: SELECT count(*) FROM pg_trigger WHERE tgrelid = 'dbo.audit'::regclass AND NOT tgisinternal
-- @expect: 1
