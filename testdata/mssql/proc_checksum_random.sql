-- ABS(CHECKSUM(NEWID())) % n, the T-SQL idiom for a random int, becomes a uniformly random integer
-- expression; CHECKSUM over columns stays reported (F121).
CREATE PROCEDURE dbo.PickDigits @Count int, @Digits nvarchar(20) OUTPUT
AS
BEGIN
    DECLARE @i int = 0;
    SET @Digits = N'';
    WHILE @i < @Count
    BEGIN
        SET @Digits = @Digits + CAST((ABS(CHECKSUM(NEWID())) % 10) AS nvarchar(1));
        SET @i = @i + 1;
    END
END
GO
CREATE PROCEDURE dbo.RandomRows
AS
BEGIN
    CREATE TABLE #r (v int);
    DECLARE @i int = 0;
    WHILE @i < 500
    BEGIN
        INSERT INTO #r (v) VALUES (ABS(CHECKSUM(NEWID())) % 7 + 100);
        SET @i = @i + 1;
    END
    SELECT MIN(v) AS lo, MAX(v) AS hi, COUNT(DISTINCT v) AS n FROM #r;
END
GO
CREATE PROCEDURE dbo.RowHash @a int
AS
BEGIN
    SELECT CHECKSUM(@a, N'x') AS h;
END
GO
CREATE VIEW dbo.RandomDigit AS SELECT ABS(CHECKSUM(NEWID())) % 10 AS d;
GO
-- @for: all
-- @exit: 1
-- @for: postgres
-- @report: F121
-- @report-eval: all(i["line"] == 31 for i in items if i["code"] in ("F121", "C010"))
-- @out-contains: floor(random() * 4294967296) - 2147483648
-- @pg: CALL dbo.pickdigits(20, NULL)
-- @expect-match: ^[0-9]{20}$
-- @pg: CALL dbo.randomrows('c'); FETCH ALL FROM c
-- @expect: c
-- @expect: 100|106|7
-- @pg: SELECT d BETWEEN 0 AND 9, pg_typeof(d) FROM dbo.randomdigit
-- @expect: t|integer
-- @for: mariadb
-- @out-contains: FLOOR(RAND() * 4294967296) - 2147483648
-- @my: SELECT d BETWEEN 0 AND 9 FROM randomdigit
-- @expect: 1
