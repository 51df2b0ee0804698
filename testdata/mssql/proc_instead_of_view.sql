-- INSTEAD OF triggers on views become PostgreSQL INSTEAD OF ... FOR EACH ROW triggers on the view: the body
-- runs for each row with inserted/deleted holding NEW/OLD, and the row counts as processed.
CREATE TABLE dbo.Person (ID int NOT NULL PRIMARY KEY, First nvarchar(20) NOT NULL, Last nvarchar(20) NOT NULL);
GO
CREATE VIEW dbo.PersonName AS SELECT ID, First + N' ' + Last AS FullName FROM dbo.Person;
GO
CREATE TRIGGER dbo.ioPersonName ON dbo.PersonName INSTEAD OF INSERT
AS
BEGIN
    INSERT INTO dbo.Person (ID, First, Last)
    SELECT ID, LEFT(FullName, CHARINDEX(N' ', FullName) - 1), SUBSTRING(FullName, CHARINDEX(N' ', FullName) + 1, 20)
    FROM inserted;
END
GO
CREATE TRIGGER dbo.dPersonName ON dbo.PersonName INSTEAD OF DELETE
AS
BEGIN
    DELETE FROM dbo.Person WHERE ID IN (SELECT ID FROM deleted);
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0 1
-- @no-report: C010
-- @no-report: C021
-- @pg-ok: INSERT INTO dbo.personname VALUES (1, 'Ada Lovelace'), (2, 'Alan Turing')
-- @pg: SELECT id, first, last FROM dbo.person ORDER BY id
-- @expect: 1|Ada|Lovelace
-- @expect: 2|Alan|Turing
-- @pg: WITH d AS (DELETE FROM dbo.personname WHERE id = 1 RETURNING id) SELECT count(*) FROM d
-- @expect: 1
-- @pg: SELECT id, fullname FROM dbo.personname
-- @expect: 2|Alan Turing
-- @pg: SELECT tgname, tgtype & 64 = 64 AS instead_of, tgtype & 1 = 1 AS per_row FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1
-- @expect: dpersonname|t|t
-- @expect: iopersonname|t|t
