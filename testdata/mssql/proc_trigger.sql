-- AFTER triggers to a trigger function plus statement-level CREATE TRIGGER with transition tables
-- (inserted/deleted), one trigger per event; @@ROWCOUNT at the start of a trigger; UPDATE(column);
-- ROLLBACK in a trigger makes the statement fail.
CREATE TABLE dbo.Stock (ID int NOT NULL PRIMARY KEY, Qty int NOT NULL);
CREATE TABLE dbo.StockLog (ID int NOT NULL, Change int NOT NULL, Kind char(1) NOT NULL);
GO
CREATE TRIGGER dbo.trg_Stock ON dbo.Stock AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    DECLARE @n int;
    SET @n = @@ROWCOUNT;
    IF @n = 0 RETURN;
    SET NOCOUNT ON;
    INSERT INTO dbo.StockLog (ID, Change, Kind)
        SELECT i.ID, i.Qty - ISNULL(d.Qty, 0), CASE WHEN d.ID IS NULL THEN 'I' ELSE 'U' END
        FROM inserted i LEFT JOIN deleted d ON d.ID = i.ID;
    INSERT INTO dbo.StockLog (ID, Change, Kind)
        SELECT d.ID, -d.Qty, 'D' FROM deleted d WHERE NOT EXISTS (SELECT 1 FROM inserted i WHERE i.ID = d.ID);
END
GO
CREATE TRIGGER dbo.trg_NoNegative ON dbo.Stock AFTER UPDATE
AS
BEGIN
    IF UPDATE(Qty) AND EXISTS (SELECT 1 FROM inserted WHERE Qty < 0)
    BEGIN
        RAISERROR('negative stock', 16, 1);
        ROLLBACK TRANSACTION;
        RETURN;
    END
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0 1
-- @no-report: C010
-- @no-report: C003
-- @report: C018
-- @pg-ok: INSERT INTO dbo.stock VALUES (1, 10), (2, 5)
-- @pg-ok: UPDATE dbo.stock SET qty = qty + 1 WHERE id = 1
-- @pg-ok: DELETE FROM dbo.stock WHERE id = 2
-- @pg: SELECT id, change, kind FROM dbo.stocklog ORDER BY kind, id
-- @expect: 2|-5|D
-- @expect: 1|10|I
-- @expect: 2|5|I
-- @expect: 1|1|U
-- @pg-fail: UPDATE dbo.stock SET qty = -1
-- @error: negative stock
-- @pg: SELECT qty FROM dbo.stock
-- @expect: 11
-- @pg: SELECT count(*) FROM pg_trigger WHERE tgrelid = 'dbo.stock'::regclass
-- @expect: 4
