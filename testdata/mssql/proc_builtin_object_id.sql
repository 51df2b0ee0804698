-- OBJECT_ID('name'[, 'U' | 'V']) IS [NOT] NULL, the existence test, becomes a pg_class lookup of
-- to_regclass('schema.name') (the name converted as the converter converts it) limited to the relkinds of the type
-- (U: tables, V: views; no type: the kind of the object of that name in the input); 'tempdb..#t' is the routine's
-- temporary table, looked up in pg_temp only. IF OBJECT_ID('tempdb..#t') IS NOT NULL DROP TABLE #t becomes
-- DROP TABLE IF EXISTS pg_temp.t. Expected values by hand from the SQL Server documentation of OBJECT_ID: NULL
-- for an object that does not exist or is not of the given type (a view is not 'U').
CREATE TABLE dbo.Stage (Id int);
GO
CREATE VIEW dbo.StageView AS SELECT Id FROM dbo.Stage;
GO
CREATE PROCEDURE dbo.ObjFlags @t int OUTPUT, @v int OUTPUT, @tv int OUTPUT, @any int OUTPUT, @missing int OUTPUT
AS
BEGIN
    SELECT @t = 0, @v = 0, @tv = 0, @any = 0, @missing = 0;
    IF OBJECT_ID('dbo.Stage', 'U') IS NOT NULL SET @t = 1;
    IF OBJECT_ID(N'dbo.StageView', N'V') IS NOT NULL SET @v = 1;
    IF OBJECT_ID('dbo.StageView', 'U') IS NOT NULL SET @tv = 1;
    IF OBJECT_ID('[dbo].[Stage]') IS NOT NULL SET @any = 1;
    IF OBJECT_ID('dbo.Nothing', 'U') IS NULL SET @missing = 1;
END
GO
CREATE PROCEDURE dbo.TempTwice @n int OUTPUT
AS
BEGIN
    IF OBJECT_ID('tempdb..#work') IS NOT NULL DROP TABLE #work;
    CREATE TABLE #work (v int);
    INSERT INTO #work VALUES (1), (2);
    SELECT @n = COUNT(*) FROM #work;
    IF OBJECT_ID('tempdb..#work', 'U') IS NOT NULL SET @n = @n + 10;
    IF OBJECT_ID('tempdb.dbo.#work') IS NOT NULL DROP TABLE #work;
    IF OBJECT_ID('tempdb..#work') IS NULL SET @n = @n + 100;
END
GO
-- @for: postgres
-- @no-report: C010
-- @no-report: F113
-- @out-contains: DROP TABLE IF EXISTS pg_temp.work
-- @pg: CALL dbo.objflags(NULL, NULL, NULL, NULL, NULL)
-- @expect: 1|1|0|1|1
-- @pg: CALL dbo.temptwice(NULL); CALL dbo.temptwice(NULL)
-- @expect: 112
-- @expect: 112
-- @pg: CREATE TEMP TABLE work (v int); CALL dbo.temptwice(NULL)
-- @expect: 112
-- @for: mariadb
-- @exit: 1
-- @my: SELECT count(*) FROM stage
-- @expect: 0
