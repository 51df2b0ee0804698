-- A cursor loop: DECLARE CURSOR, OPEN, FETCH NEXT ... INTO, WHILE @@FETCH_STATUS = 0, BREAK, CLOSE, DEALLOCATE;
-- string concatenation with + on variables and columns.
CREATE TABLE dbo.Item (ID int NOT NULL PRIMARY KEY, Name varchar(20) NOT NULL, Qty int NOT NULL);
GO
CREATE PROCEDURE dbo.ListItems @MaxQty int, @Names varchar(200) OUTPUT, @Total int OUTPUT
AS
BEGIN
    DECLARE @Name varchar(20), @Qty int;
    SET @Names = '';
    SET @Total = 0;
    DECLARE ItemCursor CURSOR LOCAL FAST_FORWARD FOR
        SELECT Name, Qty FROM dbo.Item ORDER BY ID;
    OPEN ItemCursor;
    FETCH NEXT FROM ItemCursor INTO @Name, @Qty;
    WHILE @@FETCH_STATUS = 0
    BEGIN
        IF @Total + @Qty > @MaxQty
            BREAK;
        SET @Names = @Names + @Name + ';';
        SET @Total = @Total + @Qty;
        FETCH NEXT FROM ItemCursor INTO @Name, @Qty;
    END
    CLOSE ItemCursor;
    DEALLOCATE ItemCursor;
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0 1
-- @no-report: C010
-- @pg-ok: INSERT INTO dbo.item VALUES (1, 'a', 5), (2, 'b', 7), (3, 'c', 20)
-- @pg: CALL dbo.listitems(100, NULL, NULL)
-- @expect: a;b;c;|32
-- @pg: CALL dbo.listitems(15, NULL, NULL)
-- @expect: a;b;|12
-- @pg: CALL dbo.listitems(1, NULL, NULL)
-- @expect: |0
