-- What needs a person stays visible: a statement that does not convert (FOR XML, a call of an unknown
-- procedure) is a comment inside the converted body with C010 at its line (the forward GOTO converts:
-- a labelled block and EXIT); a routine that cannot be
-- converted at all (DDL trigger ON ALL SERVER, INSTEAD OF trigger on a view that inserts into the view) is carried
-- whole as before.
CREATE TABLE dbo.T (ID int NOT NULL PRIMARY KEY, Name varchar(20) NULL);
GO
CREATE PROCEDURE dbo.Partial @x int, @r int OUTPUT
AS
BEGIN
    SET @r = @x + 1;
    IF @x > 5 GOTO done;
    EXEC dbo.NotInTheInput @x;
    SELECT Name FROM dbo.T FOR XML PATH('row');
    SET @r = @r * 10;
done:
    RETURN;
END
GO
CREATE TRIGGER ddl_log ON ALL SERVER FOR CREATE_LOGIN
AS
BEGIN
    PRINT 'table created';
END
GO
CREATE VIEW dbo.TV AS SELECT ID, Name FROM dbo.T;
GO
CREATE TRIGGER dbo.trg_TV ON dbo.TV INSTEAD OF INSERT
AS
BEGIN
    INSERT INTO dbo.TV (ID, Name) SELECT ID, UPPER(Name) FROM inserted;
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 1
-- @report: C010
-- @report: C003
-- @report: C021
-- @report-eval: len([i for i in items if i["code"] == "C010"]) == 2
-- @report-eval: summary["procedures"]["manual"] == 0 and summary["triggers"]["manual"] == 2
-- @out-contains: EXIT done;
-- @out-contains: -- | EXEC dbo.NotInTheInput @x
-- @out-contains: CREATE TRIGGER ddl_log ON ALL SERVER
-- @report-object: changes the view with its own event
-- @pg: CALL dbo.partial(1, NULL)
-- @expect: 20|
-- @pg: CALL dbo.partial(6, NULL)
-- @expect: 7|
-- @pg: SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal
-- @expect: 0
