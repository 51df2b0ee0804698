-- OUTPUT without INTO returns the rows to the caller: the statement runs with RETURNING into a temporary
-- table (in the order returned) and a refcursor is opened over it, numbered with the SELECTs of the body;
-- inserted.* lists the target's columns; @@ROWCOUNT is the rows changed.
CREATE TABLE dbo.Item (ID int IDENTITY(1,1) NOT NULL PRIMARY KEY, Name nvarchar(20) NOT NULL, Qty int NOT NULL);
GO
CREATE PROCEDURE dbo.Restock @Min int, @Changed int OUTPUT
AS
BEGIN
    UPDATE dbo.Item SET Qty = Qty + 10
    OUTPUT inserted.ID, deleted.Qty AS OldQty, inserted.Qty AS NewQty, inserted.Qty AS Added
    WHERE Qty < @Min;
    SET @Changed = @@ROWCOUNT;
    SELECT COUNT(*) AS Total FROM dbo.Item;
END
GO
CREATE PROCEDURE dbo.AddItems @Name nvarchar(20)
AS
BEGIN
    SELECT COUNT(*) AS Before FROM dbo.Item;
    INSERT INTO dbo.Item (Name, Qty)
    OUTPUT inserted.*
    VALUES (@Name, 0), (@Name + N'2', 1);
END
GO
CREATE PROCEDURE dbo.DropEmpty
AS
BEGIN
    DECLARE @n int;
    DELETE FROM dbo.Item OUTPUT deleted.ID, deleted.Name WHERE Qty = 0;
    SET @n = @@ROWCOUNT;
    SELECT @n AS Deleted;
END
GO
CREATE PROCEDURE dbo.Drain
AS
BEGIN
    DECLARE @t TABLE (K int, Note nvarchar(10));
    INSERT INTO @t VALUES (1, N'x'), (2, N'y'), (3, N'z');
    DELETE @t OUTPUT deleted.* WHERE K > 1;
    SELECT COUNT(*) AS Remaining FROM @t;
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0
-- @no-report: C010
-- @pg-ok: INSERT INTO dbo.item (name, qty) VALUES ('a', 3), ('b', 50), ('c', 0)
-- @pg: BEGIN; CALL dbo.restock(5, NULL, 'r1', 'r2'); FETCH ALL FROM r1; FETCH ALL FROM r2; COMMIT
-- @expect: 2|r1|r2
-- @expect: 1|3|13|13
-- @expect: 3|0|10|10
-- @expect: 3
-- @pg: SELECT id, name, qty FROM dbo.item ORDER BY id
-- @expect: 1|a|13
-- @expect: 2|b|50
-- @expect: 3|c|10
-- @pg: BEGIN; CALL dbo.additems('n', 'b', 'o'); FETCH ALL FROM b; FETCH ALL FROM o; COMMIT
-- @expect: b|o
-- @expect: 3
-- @expect: 4|n|0
-- @expect: 5|n2|1
-- @pg: BEGIN; CALL dbo.dropempty('d', 'n'); FETCH ALL FROM d; FETCH ALL FROM n; COMMIT
-- @expect: d|n
-- @expect: 4|n
-- @expect: 1
-- @pg: SELECT count(*) FROM dbo.item
-- @expect: 4
-- @pg: BEGIN; CALL dbo.drain('x', 'y'); FETCH ALL FROM x; FETCH ALL FROM y; COMMIT
-- @expect: x|y
-- @expect: 2|y
-- @expect: 3|z
-- @expect: 1
