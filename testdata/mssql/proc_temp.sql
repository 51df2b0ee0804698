-- Temporary tables (#t), table variables (@t), SELECT ... INTO #t, @@ROWCOUNT after DML, DELETE with a join,
-- UPDATE ... FROM a joined table, TRUNCATE, INSERT ... SELECT with TOP and a window function, WITH (CTE).
CREATE TABLE dbo.Sale (ID int NOT NULL PRIMARY KEY, Region varchar(10) NOT NULL, Amount int NOT NULL, Big bit NOT NULL DEFAULT 0);
GO
CREATE PROCEDURE dbo.Summarize @MinAmount int, @Deleted int OUTPUT, @Flagged int OUTPUT, @TopRegion varchar(10) OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    CREATE TABLE #small (ID int PRIMARY KEY);
    INSERT INTO #small (ID) SELECT ID FROM dbo.Sale WHERE Amount < @MinAmount;
    DECLARE @totals TABLE (Region varchar(10), Total int);
    INSERT INTO @totals (Region, Total)
        SELECT Region, SUM(Amount) FROM dbo.Sale GROUP BY Region;
    WITH ranked AS (
        SELECT Region, ROW_NUMBER() OVER (ORDER BY Total DESC) AS rn FROM @totals
    )
    SELECT @TopRegion = Region FROM ranked WHERE rn = 1;
    DELETE s FROM dbo.Sale s INNER JOIN #small x ON x.ID = s.ID;
    SET @Deleted = @@ROWCOUNT;
    UPDATE s SET Big = 1 FROM dbo.Sale s JOIN @totals t ON t.Region = s.Region WHERE t.Total > 100;
    SET @Flagged = @@ROWCOUNT;
    SELECT TOP 1 ID INTO #first FROM dbo.Sale ORDER BY Amount DESC;
    TRUNCATE TABLE #small;
    DROP TABLE #small;
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0 1
-- @no-report: C010
-- @report: C022
-- @pg-ok: INSERT INTO dbo.sale (id, region, amount) VALUES (1, 'n', 5), (2, 'n', 200), (3, 's', 50), (4, 's', 1)
-- @pg: CALL dbo.summarize(10, NULL, NULL, NULL)
-- @expect: 2|1|n
-- @pg: SELECT id, big FROM dbo.sale ORDER BY id
-- @expect: 2|t
-- @expect: 3|f
-- @pg: CALL dbo.summarize(10, NULL, NULL, NULL); CALL dbo.summarize(100, NULL, NULL, NULL)
-- @expect: 0|1|n
-- @expect: 1|1|n
