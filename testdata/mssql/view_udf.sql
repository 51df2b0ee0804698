-- A view calling a scalar function of the input: the call keeps the function's converted name (arguments cast
-- where PostgreSQL would not convert them: int to a varchar parameter), and procedures and functions come
-- before the views in the output. A view calling a function that is carried (not converted) is carried too,
-- and so is a view reading that view (E003), instead of failing to load.
CREATE TABLE dbo.Accounts (ID int NOT NULL PRIMARY KEY, Code int NOT NULL, Bal decimal(10, 2) NULL);
GO
CREATE FUNCTION dbo.Label (@code varchar(10), @bal decimal(10, 2)) RETURNS varchar(40)
AS
BEGIN
    RETURN 'A-' + @code + ':' + CAST(ISNULL(@bal, 0) AS varchar(20));
END
GO
CREATE FUNCTION dbo.Broken (@x int) RETURNS int
AS
BEGIN
    IF @x > 0 BEGIN
    RETURN @x;
END
GO
CREATE FUNCTION dbo.Picky (@rows dbo.NoSuchTableType READONLY) RETURNS int
AS
BEGIN
    RETURN (SELECT COUNT(*) FROM @rows);
END
GO
CREATE VIEW dbo.Counted AS SELECT ID, dbo.Picky(NULL) AS N FROM dbo.Accounts;
GO
CREATE VIEW dbo.Labels AS SELECT ID, dbo.Label(Code, Bal) AS Lbl FROM dbo.Accounts;
GO
CREATE VIEW dbo.Fixed AS SELECT ID, dbo.Broken(ID) AS B FROM dbo.Accounts;
GO
CREATE VIEW dbo.FixedToo AS SELECT ID FROM dbo.Fixed;
GO
-- @exit: 1
-- @for: postgres
-- @report-object: call of function 'dbo.Broken' which is not converted automatically
-- @report-object: calls 'dbo.picky', which is not converted
-- @out-not-match: ^CREATE VIEW dbo.counted
-- @report-object: reads 'dbo.fixed', which is not converted
-- @out-match: ^CREATE VIEW dbo.labels AS
-- @out-not-match: ^CREATE VIEW dbo.fixed
-- @out-contains: dbo.label(CAST(code AS varchar), bal)
-- @pg-ok: INSERT INTO dbo.accounts VALUES (1, 42, 10.5), (2, 7, NULL)
-- @pg: SELECT id, lbl FROM dbo.labels ORDER BY id
-- @expect: 1|A-42:10.50
-- @expect: 2|A-7:0.00
