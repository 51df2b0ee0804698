-- One trailing comma after the last column is accepted (as SQL Server does); two commas in a row are a syntax
-- error: the statement is carried as a comment with P001 (file:line:col on stderr), not converted silently.
CREATE TABLE dbo.CommaOk (A int NOT NULL, B int NULL,);
CREATE TABLE dbo.CommaBad (A int,,);
CREATE TABLE dbo.CommaBad2 (A int,, B int);
GO
-- @exit: 1
-- @report: P001
-- @report-eval: sum(1 for i in items if i["code"] == "P001") == 2
-- @out-contains: -- | CREATE TABLE dbo.CommaBad (A int,,);
-- @out-contains: -- | CREATE TABLE dbo.CommaBad2 (A int,, B int);
-- @pg: SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'dbo'
-- @expect: commaok
-- @pg: SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'commaok'
-- @expect: a,b
-- @my: SELECT group_concat(table_name ORDER BY table_name) FROM information_schema.tables WHERE table_schema = database()
-- @expect: commaok
