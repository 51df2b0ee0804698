-- The script sets QUOTED_IDENTIFIER OFF before its first "...": that one is a string literal, and after the
-- SET ... ON further down "..." is a name: the script says how to read each, nothing to report (no N006).
SET QUOTED_IDENTIFIER OFF
GO
CREATE TABLE dbo.QfNotes (Id int NOT NULL PRIMARY KEY, Note varchar(20) NOT NULL DEFAULT "it's new");
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE dbo."QfTags" ("Tag Name" varchar(10) NOT NULL DEFAULT 'x');
GO
-- @no-report: N006
-- @pg-ok: INSERT INTO dbo.qfnotes (id) VALUES (1)
-- @pg: SELECT id, note FROM dbo.qfnotes
-- @expect: 1|it's new
-- @pg-ok: INSERT INTO dbo.qftags DEFAULT VALUES
-- @pg: SELECT "tag name" FROM dbo.qftags
-- @expect: x
-- @my-ok: INSERT INTO qfnotes (id) VALUES (1)
-- @my: SELECT id, note FROM qfnotes
-- @expect: 1|it's new
-- @my-ok: INSERT INTO qftags () VALUES ()
-- @my: SELECT `tag name` FROM qftags
-- @expect: x
-- @exit: 0
