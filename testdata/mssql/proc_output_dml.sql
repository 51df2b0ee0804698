-- OUTPUT of UPDATE and DELETE: deleted.x of a DELETE is RETURNING x; an UPDATE's deleted.x (old values) come
-- from a CTE that locks and reads the rows first; OUTPUT ... INTO a table variable or a table becomes
-- WITH sct_out AS (... RETURNING ...) INSERT INTO ... SELECT * FROM sct_out.
CREATE TABLE dbo.Cur (ID int NOT NULL PRIMARY KEY, Temp decimal(10,2) NOT NULL, Flag bit NOT NULL);
CREATE TABLE dbo.Arch (ID int NOT NULL, Temp decimal(10,2) NOT NULL, Note nvarchar(20) NULL);
GO
CREATE PROCEDURE dbo.MoveCold @Limit decimal(10,2), @Moved int OUTPUT
AS
BEGIN
    DECLARE @Changes TABLE (ID int, OldTemp decimal(10,2), NewTemp decimal(10,2));
    UPDATE dbo.Cur SET Temp = Temp + 1
    OUTPUT deleted.ID, deleted.Temp, inserted.Temp INTO @Changes (ID, OldTemp, NewTemp)
    WHERE Temp < @Limit;
    DELETE dbo.Cur
    OUTPUT deleted.ID, deleted.Temp, N'moved'
    INTO dbo.Arch (ID, Temp, Note)
    WHERE Temp < @Limit;
    SET @Moved = @@ROWCOUNT;
    UPDATE c SET Temp = c.Temp * 2
    OUTPUT inserted.ID, deleted.Temp, N'doubled' INTO dbo.Arch
    FROM dbo.Cur AS c WHERE c.ID >= 3;
    SELECT ID, OldTemp, NewTemp FROM @Changes ORDER BY ID;
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0
-- @no-report: C010
-- @pg-ok: INSERT INTO dbo.cur VALUES (1, 1.5, false), (2, 4, false), (3, 10, false), (4, 2.25, true)
-- @pg: BEGIN; CALL dbo.movecold(3, NULL, 'c'); FETCH ALL FROM c; COMMIT
-- @expect: 1|c
-- @expect: 1|1.50|2.50
-- @expect: 4|2.25|3.25
-- @pg: SELECT id, temp, note FROM dbo.arch ORDER BY note, id
-- @expect: 3|10.00|doubled
-- @expect: 4|3.25|doubled
-- @expect: 1|2.50|moved
-- @pg: SELECT id, temp FROM dbo.cur ORDER BY id
-- @expect: 2|4.00
-- @expect: 3|20.00
-- @expect: 4|6.50
