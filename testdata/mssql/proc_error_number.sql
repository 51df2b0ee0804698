-- ERROR_NUMBER() in a CATCH block keeps its int type: SQL Server's number for the SQLSTATEs that have one
-- (2627 unique, 547 foreign key/check, 8134 division by zero...), 50000 for the rest (reported, C022);
-- outside a CATCH block it is NULL::integer (C019), so an error logger called from a CATCH logs nothing.
CREATE TABLE dbo.Item (ItemID int PRIMARY KEY, Qty int NOT NULL CHECK (Qty >= 0));
CREATE TABLE dbo.ErrLog (LogID int IDENTITY(1,1) PRIMARY KEY, ErrNo int NOT NULL, Msg nvarchar(4000) NULL);
GO
CREATE PROCEDURE dbo.TryStep @Step int
AS
BEGIN
    BEGIN TRY
        IF @Step = 1 INSERT INTO dbo.Item (ItemID, Qty) VALUES (1, 1);
        IF @Step = 2 INSERT INTO dbo.Item (ItemID, Qty) VALUES (2, -1);
        IF @Step = 3 SELECT @Step = @Step / (@Step - 3);
        IF @Step = 4 RAISERROR (N'custom', 16, 1);
        IF @Step = 5 INSERT INTO dbo.Item (ItemID, Qty) VALUES (3, NULL);
    END TRY
    BEGIN CATCH
        INSERT INTO dbo.ErrLog (ErrNo, Msg) VALUES (ERROR_NUMBER(), ERROR_MESSAGE());
    END CATCH
END
GO
CREATE PROCEDURE dbo.LogIt
AS
BEGIN
    IF ERROR_NUMBER() IS NULL
        RETURN;
    INSERT INTO dbo.ErrLog (ErrNo) VALUES (ERROR_NUMBER());
END
GO
-- @for: all
-- @exit: 1
-- @for: postgres
-- @report: C022
-- @report: C019
-- @report-eval: any(i["code"] == "C019" and i["line"] == 25 for i in items)
-- @pg-ok: INSERT INTO dbo.item VALUES (1, 1)
-- @pg-ok: CALL dbo.trystep(1)
-- @pg-ok: CALL dbo.trystep(2)
-- @pg-ok: CALL dbo.trystep(3)
-- @pg-ok: CALL dbo.trystep(4)
-- @pg-ok: CALL dbo.trystep(5)
-- @pg-ok: CALL dbo.logit()
-- @pg: SELECT errno, pg_typeof(errno) FROM dbo.errlog ORDER BY logid
-- @expect: 2627|integer
-- @expect: 547|integer
-- @expect: 8134|integer
-- @expect: 50000|integer
-- @expect: 515|integer
