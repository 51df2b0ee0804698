-- MERGE ... OUTPUT $action: $action lexes and parses (it used to be an "invalid character" that carried the
-- whole procedure); PostgreSQL 15's MERGE has no RETURNING, so that one statement is left for a person (C010)
-- and the rest of the procedure is converted and runs.
CREATE TABLE dbo.Stock (ID int NOT NULL PRIMARY KEY, Qty int NOT NULL);
CREATE TABLE dbo.Delivery (ID int NOT NULL PRIMARY KEY, Qty int NOT NULL);
CREATE TABLE dbo.RunLog (Note nvarchar(50) NOT NULL);
GO
CREATE PROCEDURE dbo.ApplyDeliveries
AS
BEGIN
    INSERT INTO dbo.RunLog (Note) VALUES (N'start');
    MERGE dbo.Stock AS t
    USING dbo.Delivery AS s ON t.ID = s.ID
    WHEN MATCHED THEN UPDATE SET Qty = t.Qty + s.Qty
    WHEN NOT MATCHED THEN INSERT (ID, Qty) VALUES (s.ID, s.Qty)
    OUTPUT $action, inserted.ID, deleted.Qty;
    INSERT INTO dbo.RunLog (Note) VALUES (N'end');
END
GO
-- @exit: 1
-- @for: mariadb
-- @report: C001
-- @for: postgres
-- @report: C010
-- @report-eval: any(i["code"] == "C010" and "MERGE" in i["message"] and i["line"] == 12 for i in items)
-- @no-report: P001
-- @out-contains: -- |     OUTPUT $action, inserted.ID, deleted.Qty
-- @pg: CALL dbo.applydeliveries(); SELECT string_agg(note, ',' ORDER BY note DESC) FROM dbo.runlog
-- @expect-match: start,end
