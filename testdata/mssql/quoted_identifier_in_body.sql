-- SET QUOTED_IDENTIFIER inside a procedure or trigger body changes nothing: SQL Server parses the body with the
-- setting of the batch that creates it (ON here, then OFF for the second procedure) and the session's setting
-- stays as it was, so "..." in the body and in the later batches reads as before the SET.
CREATE TABLE dbo.QbItems (Code varchar(10) NOT NULL, "Unit Price" int NOT NULL);
GO
CREATE PROCEDURE dbo.QbList AS
BEGIN
    SET NOCOUNT ON;
    SET QUOTED_IDENTIFIER OFF;
    SELECT "Code", "Unit Price" FROM dbo.QbItems ORDER BY "Unit Price";
END
GO
CREATE TABLE dbo.QbAfter ("Id" int NOT NULL, "Note" varchar(10) NULL);
GO
SET QUOTED_IDENTIFIER OFF
GO
CREATE PROCEDURE dbo.QbTag @s varchar(10), @out varchar(30) OUTPUT AS
BEGIN
    SET QUOTED_IDENTIFIER ON;
    SET @out = "<" + @s + ">";
END
GO
CREATE TABLE dbo.QbLater (Id int NOT NULL, Note varchar(10) NOT NULL DEFAULT "later");
GO
-- @pg-ok: INSERT INTO dbo.qbitems VALUES ('b', 2), ('a', 1)
-- @pg: CALL dbo.qblist('c'); FETCH ALL FROM c
-- @expect-contains: a|1
-- @pg: SELECT count(*) FROM information_schema.columns WHERE table_name = 'qbafter' AND column_name IN ('id', 'note')
-- @expect: 2
-- @pg: CALL dbo.qbtag('x', NULL)
-- @expect: <x>
-- @pg-ok: INSERT INTO dbo.qblater (id) VALUES (1)
-- @pg: SELECT note FROM dbo.qblater
-- @expect: later
-- @my-ok: INSERT INTO qbitems VALUES ('b', 2), ('a', 1)
-- @my: SELECT count(*) FROM information_schema.columns WHERE table_name = 'qbafter' AND column_name IN ('Id', 'Note')
-- @expect: 2
-- @my-ok: INSERT INTO qblater (id) VALUES (1)
-- @my: SELECT note FROM qblater
-- @expect: later
-- @for: all
-- @out-not-contains: 'Unit Price'
-- @exit: 0 1
