-- SET QUOTED_IDENTIFIER OFF: "..." is a string literal (a doubled "" inside is one "), as SQL Server reads it
-- from the SET on (at parse time, later batches too) until SET QUOTED_IDENTIFIER ON; [...] stays a name. A
-- view and a procedure created under OFF keep reading "..." as strings.
SET QUOTED_IDENTIFIER OFF
GO
CREATE TABLE dbo.QiNotes (
    ID int NOT NULL PRIMARY KEY,
    Note varchar(30) NOT NULL DEFAULT "it's ""new""",
    [Kind Code] varchar(10) NULL CHECK ([Kind Code] <> "bad")
);
GO
CREATE VIEW dbo.QiView AS SELECT ID, Note, "fixed" AS Tag FROM dbo.QiNotes WHERE Note <> "hidden";
GO
CREATE PROCEDURE dbo.QiAdd @id int, @msg varchar(30) OUTPUT AS
BEGIN
    INSERT dbo.QiNotes (ID, [Kind Code]) VALUES (@id, "k");
    SET @msg = "added " + "O'Neil";
END
GO
CREATE FUNCTION dbo.QiTag (@s varchar(10)) RETURNS varchar(20) AS
BEGIN
    RETURN "<" + @s + ">";
END
GO
SET ANSI_NULLS, QUOTED_IDENTIFIER ON
CREATE TABLE dbo."QiOn" ("Val" int DEFAULT 5, "Txt" varchar(10) DEFAULT 'x');
GO
-- @pg-ok: INSERT INTO dbo.qinotes (id) VALUES (1)
-- @pg: SELECT note, "kind code" IS NULL FROM dbo.qinotes
-- @expect: it's "new"|t
-- @pg-fail: INSERT INTO dbo.qinotes (id, "kind code") VALUES (9, 'bad')
-- @error: check constraint
-- @pg-ok: INSERT INTO dbo.qinotes (id, note) VALUES (3, 'hidden')
-- @pg: SELECT id, tag FROM dbo.qiview ORDER BY id
-- @expect: 1|fixed
-- @pg: CALL dbo.qiadd(2, NULL)
-- @expect: added O'Neil
-- @pg: SELECT id, "kind code" FROM dbo.qinotes WHERE id = 2
-- @expect: 2|k
-- @pg: SELECT dbo.qitag('a')
-- @expect: <a>
-- @pg-ok: INSERT INTO dbo.qion DEFAULT VALUES
-- @pg: SELECT val, txt FROM dbo.qion
-- @expect: 5|x
-- @my-ok: INSERT INTO qinotes (id) VALUES (1)
-- @my: SELECT note, `kind code` IS NULL FROM qinotes
-- @expect: it's "new"|1
-- @my-fail: INSERT INTO qinotes (id, `kind code`) VALUES (9, 'bad')
-- @error: constraint
-- @my-ok: INSERT INTO qinotes (id, note) VALUES (3, 'hidden')
-- @my: SELECT id, tag FROM qiview ORDER BY id
-- @expect: 1|fixed
-- @my-ok: INSERT INTO qion () VALUES ()
-- @my: SELECT val, txt FROM qion
-- @expect: 5|x
-- @for: mariadb
-- @exit: 1
-- @report: C001
-- @report-object: created under SET QUOTED_IDENTIFIER OFF
-- @for: postgres
-- @exit: 0
-- @no-report: C001
