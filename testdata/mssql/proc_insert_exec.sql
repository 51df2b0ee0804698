-- INSERT INTO t EXEC proc: the callee's one result set (a refcursor) is fetched row by row into variables
-- typed like the target columns and inserted; @@ROWCOUNT counts the rows. An EXEC whose result set is not
-- known (SELECT *) stays for a person with a precise C010.
CREATE TABLE dbo.Orders (ID int NOT NULL PRIMARY KEY, Cust nvarchar(20) NOT NULL, Amt decimal(10,2) NOT NULL);
CREATE TABLE dbo.BigOrders (ID int NOT NULL, Amt decimal(10,2) NOT NULL);
GO
CREATE PROCEDURE dbo.GetBig @Min decimal(10,2)
AS
BEGIN
    SELECT o.ID, o.Amt * 2 FROM dbo.Orders AS o WHERE o.Amt >= @Min ORDER BY o.ID;
END
GO
CREATE PROCEDURE dbo.GetAll
AS
    SELECT * FROM dbo.Orders;
GO
CREATE PROCEDURE dbo.CollectBig @Min decimal(10,2), @N int OUTPUT
AS
BEGIN
    DECLARE @t TABLE (ID int, Amt decimal(10,2));
    INSERT INTO @t (ID, Amt) EXEC dbo.GetBig @Min = @Min;
    SET @N = @@ROWCOUNT;
    INSERT dbo.BigOrders EXEC dbo.GetBig @Min;
    INSERT INTO dbo.BigOrders (ID, Amt) SELECT ID + 100, Amt FROM @t;
END
GO
CREATE PROCEDURE dbo.CollectAll
AS
BEGIN
    DECLARE @t TABLE (ID int, Cust nvarchar(20), Amt decimal(10,2));
    INSERT INTO @t EXEC dbo.GetAll;
END
GO
-- an OUTPUT argument of another type goes through a variable of the parameter's type after the CALL:
-- the rows are still fetched from the callee's refcursor
CREATE PROCEDURE dbo.GetBigCount @Min decimal(10,2), @Cnt bigint OUTPUT
AS
BEGIN
    SELECT o.ID, o.Amt FROM dbo.Orders AS o WHERE o.Amt >= @Min ORDER BY o.ID;
    SET @Cnt = 7;
END
GO
CREATE PROCEDURE dbo.CollectCount @Min decimal(10,2), @N int OUTPUT
AS
BEGIN
    INSERT INTO dbo.BigOrders (ID, Amt) EXEC dbo.GetBigCount @Min, @N OUTPUT;
END
GO
-- a callee whose SELECT does not run opens no cursor: nothing is inserted
CREATE PROCEDURE dbo.GetIf @Min decimal(10,2)
AS
BEGIN
    IF @Min > 0
        SELECT o.ID, o.Amt FROM dbo.Orders AS o WHERE o.Amt >= @Min;
END
GO
CREATE PROCEDURE dbo.CollectIf @Min decimal(10,2), @N int OUTPUT
AS
BEGIN
    INSERT INTO dbo.BigOrders (ID, Amt) EXEC dbo.GetIf @Min;
    SET @N = @@ROWCOUNT;
END
GO
-- @exit: 1
-- @for: postgres
-- @report-eval: [(i["line"], "SELECT *" in i["message"]) for i in items if i["code"] == "C010"] == [(31, True)]
-- @report-eval: not any(i["code"] == "C017" and "not returned" in i["message"] for i in items)
-- @pg-ok: INSERT INTO dbo.orders VALUES (1, 'a', 5), (2, 'b', 50), (3, 'c', 70)
-- @pg: CALL dbo.collectbig(10, NULL)
-- @expect: 2
-- @pg: SELECT id, amt FROM dbo.bigorders ORDER BY id
-- @expect: 2|100.00
-- @expect: 3|140.00
-- @expect: 102|100.00
-- @expect: 103|140.00
-- @pg: CALL dbo.collectcount(60, NULL)
-- @expect: 7
-- @pg: SELECT id, amt FROM dbo.bigorders WHERE id < 100 ORDER BY id, amt
-- @expect: 2|100.00
-- @expect: 3|70.00
-- @expect: 3|140.00
-- @pg: CALL dbo.collectif(0, NULL)
-- @expect: 0
-- @pg: CALL dbo.collectif(60, NULL)
-- @expect: 1
