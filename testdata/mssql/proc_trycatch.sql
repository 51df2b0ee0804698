-- TRY/CATCH to an EXCEPTION block, BEGIN TRAN/COMMIT/ROLLBACK inside it, ERROR_MESSAGE(), THROW and rethrow,
-- RAISERROR with a severity below 11 (a notice), @@TRANCOUNT and XACT_STATE().
CREATE TABLE dbo.Account (ID int NOT NULL PRIMARY KEY, Balance decimal(10,2) NOT NULL CHECK (Balance >= 0));
CREATE TABLE dbo.ErrLog (Msg nvarchar(400) NULL);
GO
CREATE PROCEDURE dbo.Transfer @From int, @To int, @Amount decimal(10,2), @Ok bit OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;
    SET @Ok = 0;
    BEGIN TRY
        BEGIN TRANSACTION;
        UPDATE dbo.Account SET Balance = Balance + @Amount WHERE ID = @To;
        UPDATE dbo.Account SET Balance = Balance - @Amount WHERE ID = @From;
        COMMIT TRANSACTION;
        SET @Ok = 1;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0 OR XACT_STATE() <> 0
            ROLLBACK TRANSACTION;
        INSERT INTO dbo.ErrLog (Msg) VALUES (N'transfer failed: ' + ERROR_MESSAGE());
        RAISERROR('logged', 10, 1);
    END CATCH
END
GO
CREATE PROCEDURE dbo.MustBePositive @x int
AS
BEGIN
    IF @x <= 0
        THROW 50001, N'x must be positive', 1;
    BEGIN TRY
        DECLARE @y int = 10 / @x;
    END TRY
    BEGIN CATCH
        THROW;
    END CATCH
END
GO
INSERT INTO dbo.Account VALUES (1, 100), (2, 0);
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0 1
-- @no-report: C010
-- @report: C012
-- @report: C013
-- @pg-ok: INSERT INTO dbo.account VALUES (1, 100), (2, 0)
-- @pg: CALL dbo.transfer(1, 2, 30, NULL)
-- @expect: t
-- @pg: SELECT id, balance FROM dbo.account ORDER BY id
-- @expect: 1|70.00
-- @expect: 2|30.00
-- @pg: CALL dbo.transfer(1, 2, 500, NULL)
-- @expect: f
-- @pg: SELECT id, balance FROM dbo.account ORDER BY id
-- @expect: 1|70.00
-- @expect: 2|30.00
-- @pg: SELECT msg FROM dbo.errlog
-- @expect-match: ^transfer failed: new row for relation "account" violates check constraint
-- @pg-fail: CALL dbo.mustbepositive(0)
-- @error: x must be positive
-- @pg-ok: CALL dbo.mustbepositive(5)
