-- DDL inside a routine body: ALTER TABLE ... DROP/ADD CONSTRAINT is static DDL in PL/pgSQL; temporal-table
-- statements (SYSTEM_VERSIONING, PERIOD FOR SYSTEM_TIME), DROP TRIGGER and NOCHECK CONSTRAINT stay as
-- comments with a precise C010 each (no syntax errors).
CREATE TABLE dbo.Item (ID int NOT NULL PRIMARY KEY, Qty int NOT NULL CONSTRAINT CK_Item_Qty CHECK (Qty > 0));
GO
CREATE PROCEDURE dbo.RelaxItems
AS
BEGIN
    ALTER TABLE dbo.Item DROP CONSTRAINT CK_Item_Qty;
    ALTER TABLE dbo.Item ADD CONSTRAINT CK_Item_Qty2 CHECK (Qty >= 0), CONSTRAINT UQ_Item_Qty UNIQUE (Qty);
END
GO
CREATE PROCEDURE dbo.TemporalOff
AS
BEGIN
    ALTER TABLE dbo.Item SET (SYSTEM_VERSIONING = OFF);
    ALTER TABLE dbo.Item DROP PERIOD FOR SYSTEM_TIME;
    DROP TRIGGER IF EXISTS dbo.TR_Item_Load;
    ALTER TABLE dbo.Item ADD PERIOD FOR SYSTEM_TIME([ValidFrom], [ValidTo]);
    ALTER TABLE dbo.Item NOCHECK CONSTRAINT CK_Item_Qty2;
    UPDATE dbo.Item SET Qty = Qty + 1;
END
GO
-- the CHECK condition is converted against the table's columns: bit = 1 becomes a boolean test; DROP CONSTRAINT
-- IF EXISTS of a missing constraint is no error
CREATE TABLE dbo.Flagged (ID int NOT NULL, Active bit NOT NULL);
GO
CREATE PROCEDURE dbo.OnlyActive
AS
BEGIN
    ALTER TABLE dbo.Flagged DROP CONSTRAINT IF EXISTS CK_Flagged_Active;
    ALTER TABLE dbo.Flagged ADD CONSTRAINT CK_Flagged_Active CHECK (Active = 1);
END
GO
-- @exit: 1
-- @for: postgres
-- @report-eval: [i["line"] for i in items if i["code"] == "C010"] == [16, 17, 18, 19, 20]
-- @report-eval: all("temporal tables" in i["message"] for i in items if i["code"] == "C010" and i["line"] in (16, 17, 19))
-- @report-eval: any("DROP TRIGGER" in i["message"] for i in items if i["code"] == "C010" and i["line"] == 18)
-- @report-eval: not any(i["code"] == "C010" and "syntax" in i["message"] for i in items)
-- @pg-fail: INSERT INTO dbo.item VALUES (1, 0)
-- @error: ck_item_qty
-- @pg: CALL dbo.relaxitems()
-- @expect:
-- @pg-ok: INSERT INTO dbo.item VALUES (1, 0)
-- @pg-fail: INSERT INTO dbo.item VALUES (2, -1)
-- @error: ck_item_qty2
-- @pg-fail: INSERT INTO dbo.item VALUES (3, 0)
-- @error: uq_item_qty
-- @pg: CALL dbo.temporaloff()
-- @expect:
-- @pg: SELECT id, qty FROM dbo.item
-- @expect: 1|1
-- @pg: CALL dbo.onlyactive()
-- @expect:
-- @pg-ok: INSERT INTO dbo.flagged VALUES (1, true)
-- @pg-fail: INSERT INTO dbo.flagged VALUES (2, false)
-- @error: ck_flagged_active
