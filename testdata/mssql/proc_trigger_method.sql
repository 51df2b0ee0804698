-- UPDATE ... SET col.modify(...) (an XML method that changes the column) parses: the statement is left for a
-- person with the method named (C010), the rest of the trigger is converted; IF UPDATE(col) stays reported (C018).
CREATE TABLE dbo.Doc (ID int NOT NULL PRIMARY KEY, Qty int NOT NULL, Body xml NULL);
CREATE TABLE dbo.DocLog (ID int NOT NULL, Qty int NOT NULL);
GO
CREATE TRIGGER dbo.uDoc ON dbo.Doc AFTER UPDATE
AS
BEGIN
    IF UPDATE(Qty)
    BEGIN
        UPDATE dbo.Doc
        SET Body.modify(N'replace value of (/d/@q)[1] with sql:column("inserted.Qty")')
        FROM inserted
        WHERE dbo.Doc.ID = inserted.ID;
        INSERT INTO dbo.DocLog (ID, Qty) SELECT ID, Qty FROM inserted;
    END
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 1
-- @no-report: C021
-- @report: C018
-- @report-eval: [i["line"] for i in items if i["code"] == "C010"] == [11]
-- @report-object: method call Body.modify()
-- @pg-ok: INSERT INTO dbo.doc VALUES (1, 5, NULL), (2, 6, NULL)
-- @pg-ok: UPDATE dbo.doc SET qty = qty + 1
-- @pg: SELECT id, qty FROM dbo.doclog ORDER BY id
-- @expect: 1|6
-- @expect: 2|7
