-- Table-valued parameters: @p dbo.T READONLY becomes p_p dbo.t[] (an array of the table type's composite
-- type), read with unnest() in FROM, joins, scalar subqueries and EXISTS; a variable declared with the table
-- type is a temporary table (keeping its default) passed on as ARRAY(SELECT ROW(...)::dbo.t FROM ...); MERGE
-- USING, IN (subquery) and SELECT * read the array too.
CREATE TABLE dbo.Orders (OrderID int NOT NULL PRIMARY KEY, CustomerID int NULL, Note nvarchar(100) NULL,
    Qty int NOT NULL, Active bit NULL);
GO
CREATE TYPE dbo.OrderList AS TABLE (
    OrderRef int NOT NULL,
    CustomerID int NULL,
    Note nvarchar(100) NULL,
    Qty int NOT NULL DEFAULT 1,
    Active bit NULL,
    PRIMARY KEY NONCLUSTERED (OrderRef));
GO
CREATE PROCEDURE dbo.AddOrders
@Orders dbo.OrderList READONLY,
@Base int,
@Added int OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @MaxRef int = (SELECT MAX(OrderRef) FROM @Orders);
    IF EXISTS (SELECT 1 FROM @Orders WHERE Qty < 0)
        THROW 50001, N'negative quantity', 1;
    INSERT dbo.Orders (OrderID, CustomerID, Note, Qty, Active)
    SELECT @Base + o.OrderRef, o.CustomerID, o.Note, o.Qty, o.Active
    FROM @Orders AS o
    WHERE NOT EXISTS (SELECT 1 FROM dbo.Orders AS x WHERE x.OrderID = @Base + o.OrderRef);
    SET @Added = @@ROWCOUNT;
    UPDATE d SET Note = l.Note + N'!'
    FROM dbo.Orders AS d INNER JOIN @Orders AS l ON d.OrderID = l.OrderRef;
    SELECT o.OrderRef, o.Note FROM @Orders o WHERE o.OrderRef = @MaxRef;
END;
GO
CREATE FUNCTION dbo.TotalQty (@Orders dbo.OrderList READONLY)
RETURNS int
AS
BEGIN
    RETURN (SELECT SUM(Qty) FROM @Orders WHERE Active = 1);
END;
GO
CREATE PROCEDURE dbo.AddDefaults
@Added int OUTPUT
AS
BEGIN
    DECLARE @L dbo.OrderList;
    DECLARE @n int;
    INSERT INTO @L (OrderRef, CustomerID, Note) VALUES (7, 70, N'seven'), (8, 80, NULL);
    EXEC dbo.AddOrders @L, 1000, @n OUTPUT;
    SET @Added = @n;
    EXEC dbo.AddOrders @Base = 0, @Added = @n OUTPUT;
    SET @Added = @Added * 10 + @n;
END;
GO
CREATE PROCEDURE dbo.Relay
@Orders dbo.OrderList READONLY,
@Added int OUTPUT
AS
BEGIN
    EXEC dbo.AddOrders @Orders, 500, @Added OUTPUT;
END;
GO
CREATE TABLE dbo.Stock (ItemID int NOT NULL PRIMARY KEY, Qty int NOT NULL);
GO
CREATE TYPE dbo.Delta AS TABLE (ItemID int NOT NULL PRIMARY KEY, Qty int NULL);
GO
CREATE PROCEDURE dbo.ApplyDeltas @D dbo.Delta READONLY
AS
BEGIN
    MERGE dbo.Stock AS t
    USING @D AS s ON t.ItemID = s.ItemID
    WHEN MATCHED THEN UPDATE SET Qty = t.Qty + s.Qty
    WHEN NOT MATCHED THEN INSERT (ItemID, Qty) VALUES (s.ItemID, s.Qty);
    DELETE FROM dbo.Stock WHERE ItemID IN (SELECT ItemID FROM @D WHERE Qty = 0);
    SELECT * FROM @D ORDER BY ItemID;
END;
GO
-- @for: mariadb
-- @exit: 1
-- @report: C007
-- @for: postgres
-- @exit: 1
-- @report: C040
-- @report: C041
-- @no-report: C010
-- @no-report: C021
-- @out-contains: p_orders dbo.orderlist[]
-- @out-contains: FROM unnest(p_orders) AS o
-- @pg: CALL dbo.addorders(ARRAY[ROW(1, 10, 'one', 2, true)::dbo.orderlist, ROW(2, 20, NULL, 3, false)::dbo.orderlist], 100, NULL, 'c'); FETCH ALL FROM c
-- @expect: 2|c
-- @expect: 2|
-- @pg: SELECT orderid, customerid, note, qty, active FROM dbo.orders ORDER BY orderid
-- @expect: 101|10|one|2|t
-- @expect: 102|20||3|f
-- @pg: CALL dbo.addorders(ARRAY[ROW(1, 11, 'uno', 5, true)::dbo.orderlist, ROW(3, 30, 'three', 1, NULL)::dbo.orderlist], 100, NULL, 'd')
-- @expect: 1|d
-- @pg: SELECT orderid, customerid, note, qty FROM dbo.orders ORDER BY orderid
-- @expect: 101|10|one|2
-- @expect: 102|20||3
-- @expect: 103|30|three|1
-- @pg-fail: CALL dbo.addorders(ARRAY[ROW(9, 1, 'x', -1, true)::dbo.orderlist], 0, NULL, NULL)
-- @error: negative quantity
-- @pg: SELECT dbo.totalqty(ARRAY[ROW(1, 1, 'a', 4, true)::dbo.orderlist, ROW(2, 1, 'b', 5, NULL)::dbo.orderlist, ROW(3, 1, 'c', 6, true)::dbo.orderlist])
-- @expect: 10
-- @pg: SELECT dbo.totalqty('{}')
-- @expect:
-- @pg: CALL dbo.adddefaults(NULL)
-- @expect: 20
-- @pg: SELECT orderid, customerid, note, qty FROM dbo.orders WHERE orderid > 1000 ORDER BY orderid
-- @expect: 1007|70|seven|1
-- @expect: 1008|80||1
-- @pg: CALL dbo.relay(ARRAY[ROW(4, 40, 'four', 4, true)::dbo.orderlist], NULL)
-- @expect: 1
-- @pg: SELECT orderid, note, qty FROM dbo.orders WHERE orderid = 504
-- @expect: 504|four|4
-- @pg-ok: INSERT INTO dbo.stock VALUES (1, 10), (2, 20)
-- @pg: CALL dbo.applydeltas(ARRAY[ROW(1, 5)::dbo.delta, ROW(3, 7)::dbo.delta, ROW(2, 0)::dbo.delta], 'c'); FETCH ALL FROM c
-- @expect: c
-- @expect: 1|5
-- @expect: 2|0
-- @expect: 3|7
-- @pg: SELECT * FROM dbo.stock ORDER BY 1
-- @expect: 1|15
-- @expect: 3|7
