-- MERGE (PostgreSQL 15), INSERT ... OUTPUT inserted.* INTO a table variable, WITH before UPDATE.
CREATE TABLE dbo.Target (ID int NOT NULL PRIMARY KEY, Val int NOT NULL);
CREATE TABLE dbo.Source (ID int NOT NULL PRIMARY KEY, Val int NOT NULL);
CREATE TABLE dbo.NewIDs (ID int NOT NULL);
GO
CREATE PROCEDURE dbo.Sync @Inserted int OUTPUT
AS
BEGIN
    MERGE INTO dbo.Target AS t
    USING dbo.Source AS s ON t.ID = s.ID
    WHEN MATCHED AND t.Val <> s.Val THEN UPDATE SET Val = s.Val
    WHEN NOT MATCHED THEN INSERT (ID, Val) VALUES (s.ID, s.Val);
    DECLARE @ids TABLE (ID int);
    INSERT INTO dbo.Target (ID, Val) OUTPUT inserted.ID INTO @ids
        SELECT ID + 100, Val FROM dbo.Source WHERE Val > 10;
    INSERT INTO dbo.NewIDs (ID) SELECT ID FROM @ids;
    SELECT @Inserted = COUNT(*) FROM @ids;
    WITH big AS (SELECT ID FROM dbo.Target WHERE Val > 100)
    UPDATE dbo.Target SET Val = 100 WHERE ID IN (SELECT ID FROM big);
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0 1
-- @no-report: C010
-- @pg-ok: INSERT INTO dbo.target VALUES (1, 1), (2, 2); INSERT INTO dbo.source VALUES (2, 20), (3, 300)
-- @pg: CALL dbo.sync(NULL)
-- @expect: 2
-- @pg: SELECT id, val FROM dbo.target ORDER BY id
-- @expect: 1|1
-- @expect: 2|20
-- @expect: 3|100
-- @expect: 102|20
-- @expect: 103|100
-- @pg: SELECT id FROM dbo.newids ORDER BY id
-- @expect: 102
-- @expect: 103
