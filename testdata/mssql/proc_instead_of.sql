-- INSTEAD OF triggers on tables become BEFORE ... FOR EACH ROW triggers that run the body for the row
-- (inserted/deleted hold NEW/OLD) and return NULL, so the row itself is not changed: a soft delete, a
-- redirected insert, a delete refused with RAISERROR + ROLLBACK (the statement fails with the message).
-- ROLLBACK in a trigger's TRY or CATCH fails the statement too (no CATCH runs for it, as in SQL Server).
-- A trigger inserting into its own table lets that insert through (SQL Server does not fire it again
-- either). An aggregate over deleted is reported.
CREATE TABLE dbo.Staff (ID int NOT NULL PRIMARY KEY, Name nvarchar(30) NOT NULL, IsCurrent bit NOT NULL DEFAULT 1);
CREATE TABLE dbo.StaffLog (ID int NOT NULL, Note nvarchar(40) NOT NULL);
CREATE TABLE dbo.Inbox (Name nvarchar(30) NOT NULL);
CREATE TABLE dbo.Vendor (ID int NOT NULL PRIMARY KEY, Name nvarchar(30) NOT NULL);
CREATE TABLE dbo.Tag (Name nvarchar(30) NOT NULL PRIMARY KEY);
GO
CREATE TRIGGER dbo.dStaff ON dbo.Staff INSTEAD OF DELETE
AS
BEGIN
    DECLARE @Count int;
    SET @Count = @@ROWCOUNT;
    IF @Count = 0
        RETURN;
    SET NOCOUNT ON;
    UPDATE dbo.Staff SET IsCurrent = 0 WHERE ID IN (SELECT ID FROM deleted);
    INSERT INTO dbo.StaffLog (ID, Note) SELECT d.ID, N'retired ' + d.Name FROM deleted AS d;
END
GO
CREATE TRIGGER dbo.iInbox ON dbo.Inbox INSTEAD OF INSERT
AS
BEGIN
    INSERT INTO dbo.StaffLog (ID, Note) SELECT LEN(Name), UPPER(Name) FROM inserted;
END
GO
CREATE TRIGGER dbo.dVendor ON dbo.Vendor INSTEAD OF DELETE
AS
BEGIN
    BEGIN TRY
        DECLARE @n int;
        SELECT @n = COUNT(*) FROM deleted;
        IF @n > 0
        BEGIN
            RAISERROR(N'Vendors cannot be deleted', 10, 1);
            IF @@TRANCOUNT > 0
                ROLLBACK TRANSACTION;
        END
    END TRY
    BEGIN CATCH
        INSERT INTO dbo.StaffLog (ID, Note) VALUES (-1, N'caught');
        IF @@TRANCOUNT > 0
            ROLLBACK TRANSACTION;
    END CATCH
END
GO
CREATE TRIGGER dbo.uVendor ON dbo.Vendor AFTER UPDATE
AS
BEGIN
    BEGIN TRY
        INSERT INTO dbo.StaffLog (ID, Note) SELECT 100 / (ID - 1), Name FROM inserted;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0
            ROLLBACK TRANSACTION;
    END CATCH
END
GO
CREATE TRIGGER dbo.iTag ON dbo.Tag INSTEAD OF INSERT
AS
BEGIN
    INSERT INTO dbo.Tag (Name) SELECT UPPER(Name) FROM inserted WHERE Name <> N'';
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0 1
-- @no-report: C010
-- @no-report: C003
-- @report-eval: [i["line"] for i in items if i["code"] == "C018" and "aggregate" in i["message"]] == [36]
-- @report-eval: len([i for i in items if i["code"] == "C018" and "INSTEAD OF" in i["message"]]) == 5
-- @out-contains: IF SQLERRM LIKE '%transaction rolled back by trigger%' THEN
-- @pg-ok: INSERT INTO dbo.staff (id, name) VALUES (1, 'Ann'), (2, 'Bob'), (3, 'Cy')
-- @pg-ok: DELETE FROM dbo.staff WHERE id IN (1, 3)
-- @pg: SELECT id, iscurrent FROM dbo.staff ORDER BY id
-- @expect: 1|f
-- @expect: 2|t
-- @expect: 3|f
-- @pg: SELECT id, note FROM dbo.stafflog ORDER BY id
-- @expect: 1|retired Ann
-- @expect: 3|retired Cy
-- @pg-ok: INSERT INTO dbo.inbox VALUES ('dora'), ('ed')
-- @pg: SELECT (SELECT count(*) FROM dbo.inbox), string_agg(id || ':' || note, ',' ORDER BY note) FROM dbo.stafflog WHERE id < 1 OR note IN ('DORA', 'ED')
-- @expect: 0|4:DORA,2:ED
-- @pg-ok: INSERT INTO dbo.vendor VALUES (1, 'Acme'), (2, 'Bolt')
-- @pg-fail: DELETE FROM dbo.vendor WHERE id = 2
-- @error: Vendors cannot be deleted (transaction rolled back by trigger)
-- @pg-ok: DELETE FROM dbo.vendor WHERE id = 3
-- @pg: SELECT count(*) FROM dbo.vendor
-- @expect: 2
-- @pg-fail: UPDATE dbo.vendor SET name = 'Ace' WHERE id = 1
-- @error: division by zero (transaction rolled back by trigger)
-- @pg-ok: UPDATE dbo.vendor SET name = 'Bolts' WHERE id = 2
-- @pg: SELECT string_agg(id || ':' || note, ',' ORDER BY id) FROM dbo.stafflog WHERE id < 1 OR id >= 100
-- @expect: 100:Bolts
-- @pg: SELECT name FROM dbo.vendor ORDER BY id
-- @expect: Acme
-- @expect: Bolts
-- @pg-ok: INSERT INTO dbo.tag VALUES ('a'), (''), ('b')
-- @pg-ok: INSERT INTO dbo.tag VALUES ('c')
-- @pg: SELECT string_agg(name, ',' ORDER BY name), current_setting('sct.dbo_itag', true) FROM dbo.tag
-- @expect: A,B,C|
-- @pg: SELECT tgname, tgtype & 2 = 2 AS before, tgtype & 1 = 1 AS per_row FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1
-- @expect: dstaff|t|t
-- @expect: dvendor|t|t
-- @expect: iinbox|t|t
-- @expect: itag|t|t
-- @expect: uvendor|f|f
