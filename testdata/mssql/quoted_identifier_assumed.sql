-- A script that never sets QUOTED_IDENTIFIER: its "..." are read as quoted names (ON, as SSMS and the ODBC and
-- OLE DB drivers connect), and the report says so once, at the first one (N006, info): run by sqlcmd without
-- -I (OFF) they would be string literals. [...] names and '...' strings are not concerned.
CREATE TABLE [dbo].[QaCustomers] (
    [Id] int NOT NULL PRIMARY KEY,
    "Customer Name" nvarchar(40) NOT NULL DEFAULT 'none',
    "Note" varchar(20) NULL
);
GO
CREATE VIEW dbo.QaNames AS SELECT "Id", "Customer Name" AS "Label" FROM dbo.QaCustomers;
GO
-- @report: N006
-- @report-object: "Customer Name" read as a quoted name
-- @report-eval: [(i["line"], i["col"]) for i in items if i["code"] == "N006"] == [(6, 5)]
-- @pg: SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'dbo' AND table_name = 'qacustomers'
-- @expect: id,customer name,note
-- @pg-ok: INSERT INTO dbo.qacustomers (id) VALUES (1)
-- @pg: SELECT id, label FROM dbo.qanames
-- @expect: 1|none
-- @my-ok: INSERT INTO qacustomers (id) VALUES (1)
-- @my: SELECT id, label FROM qanames
-- @expect: 1|none
-- @exit: 0
