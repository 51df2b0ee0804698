-- INSERT INTO t EXEC proc with --result-sets table: the callee is a FUNCTION ... RETURNS TABLE, so the
-- INSERT becomes INSERT ... SELECT * FROM f(...).
CREATE TABLE dbo.Items (ID int NOT NULL PRIMARY KEY, Price decimal(10,2) NOT NULL);
CREATE TABLE dbo.Cheap (ID int NOT NULL, Price decimal(10,2) NOT NULL);
GO
CREATE PROCEDURE dbo.ListCheap @Max decimal(10,2)
AS
    SELECT i.ID, i.Price FROM dbo.Items AS i WHERE i.Price <= @Max;
GO
CREATE PROCEDURE dbo.SaveCheap @Max decimal(10,2), @N int OUTPUT
AS
BEGIN
    INSERT INTO dbo.Cheap (ID, Price) EXEC dbo.ListCheap @Max;
    SET @N = @@ROWCOUNT;
END
GO
-- @args: --result-sets table
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0
-- @no-report: C010
-- @out-contains: INSERT INTO dbo.cheap (id, price) SELECT * FROM dbo.listcheap(
-- @pg-ok: INSERT INTO dbo.items VALUES (1, 3), (2, 30), (3, 9.5)
-- @pg: CALL dbo.savecheap(10, NULL)
-- @expect: 2
-- @pg: SELECT id, price FROM dbo.cheap ORDER BY id
-- @expect: 1|3.00
-- @expect: 3|9.50
