-- SCOPE_IDENTITY() / @@IDENTITY right after a one-row INSERT into a table with an identity column:
-- INSERT ... RETURNING col INTO variable (the session's lastval() would see any sequence).
CREATE TABLE dbo.Orders (OrderID int IDENTITY(100,5) NOT NULL PRIMARY KEY, Item nvarchar(50) NOT NULL);
GO
CREATE TABLE dbo.Other (ID int IDENTITY(1,1) NOT NULL PRIMARY KEY, Note nvarchar(50) NULL);
GO
CREATE PROCEDURE dbo.usp_AddOrder @Item nvarchar(50), @NewID int OUTPUT, @OtherID int OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO dbo.Orders (Item) VALUES (@Item);
    SET @NewID = SCOPE_IDENTITY();
    INSERT dbo.Other (Note) VALUES (@Item);
    SELECT @OtherID = @@IDENTITY;
END
GO
-- @exit: 0 1
-- @for: postgres
-- @no-report: C010
-- @no-report: F114
-- @out-match: RETURNING orderid INTO p_newid
-- @out-match: RETURNING id INTO p_otherid
-- @out-not-contains: lastval
-- @pg-ok: INSERT INTO dbo.other (note) VALUES ('x'), ('y')
-- @pg: CALL dbo.usp_addorder('a', NULL, NULL)
-- @expect: 100|3
-- @pg: CALL dbo.usp_addorder('b', NULL, NULL)
-- @expect: 105|4
-- @pg: SELECT orderid, item FROM dbo.orders ORDER BY 1
-- @expect: 100|a
-- @expect: 105|b
