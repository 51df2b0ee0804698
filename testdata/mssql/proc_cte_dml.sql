-- WITH cte AS (...) before INSERT (into a table variable and a table), DELETE and UPDATE in a routine body;
-- MERGE into a table variable with a compound assignment (SET x.Q += s.Q).
CREATE TABLE dbo.Stock (ItemID int NOT NULL PRIMARY KEY, Qty int NOT NULL);
CREATE TABLE dbo.Picked (ItemID int NOT NULL PRIMARY KEY, Qty int NOT NULL);
GO
CREATE PROCEDURE dbo.PickStock @ItemID int, @Qty int, @Total int OUTPUT
AS
BEGIN
    DECLARE @Alloc TABLE (ItemID int PRIMARY KEY, Qty int);
    WITH Big AS (SELECT ItemID, Qty FROM dbo.Stock WHERE Qty >= 10)
    INSERT @Alloc (ItemID, Qty)
    SELECT b.ItemID, b.Qty FROM Big AS b;
    MERGE @Alloc AS a
    USING (VALUES (@ItemID, @Qty)) AS s(ItemID, Qty)
    ON a.ItemID = s.ItemID
    WHEN MATCHED THEN
        UPDATE SET a.Qty += s.Qty
    WHEN NOT MATCHED THEN
        INSERT (ItemID, Qty) VALUES (s.ItemID, s.Qty);
    WITH Small AS (SELECT ItemID FROM dbo.Stock WHERE Qty < 3)
    DELETE FROM dbo.Stock WHERE ItemID IN (SELECT ItemID FROM Small);
    WITH Doubled AS (SELECT ItemID, Qty * 2 AS Q2 FROM @Alloc)
    INSERT INTO dbo.Picked (ItemID, Qty)
    SELECT d.ItemID, d.Q2 FROM Doubled AS d;
    WITH Mid AS (SELECT ItemID FROM dbo.Picked WHERE Qty > 100)
    UPDATE dbo.Picked SET Qty = 100 WHERE ItemID IN (SELECT ItemID FROM Mid);
    SELECT @Total = SUM(Qty) FROM @Alloc;
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0
-- @no-report: C010
-- @pg-ok: INSERT INTO dbo.stock VALUES (1, 10), (2, 50), (3, 2), (4, 5)
-- @pg: CALL dbo.pickstock(2, 7, NULL)
-- @expect: 67
-- @pg: SELECT itemid, qty FROM dbo.picked ORDER BY itemid
-- @expect: 1|20
-- @expect: 2|100
-- @pg: SELECT itemid FROM dbo.stock ORDER BY itemid
-- @expect: 1
-- @expect: 2
-- @expect: 4
-- @pg-ok: DELETE FROM dbo.picked
-- @pg: CALL dbo.pickstock(4, 3, NULL)
-- @expect: 63
-- @pg: SELECT itemid, qty FROM dbo.picked ORDER BY itemid
-- @expect: 1|20
-- @expect: 2|100
-- @expect: 4|6
