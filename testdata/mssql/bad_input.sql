-- A statement that does not parse between two good ones: the good ones are still converted.
CREATE TABLE dbo.Before (ID int NOT NULL);
GO
CREATE TABLE dbo.Broken (ID int NOT NULL,, Name);
GO
CREATE TABLE dbo.Later (ID int NOT NULL, Note nvarchar(10) NULL);
GO
-- @exit 1
-- @report: P001
-- @pg: SELECT table_name FROM information_schema.tables WHERE table_schema = 'dbo' ORDER BY 1
-- @expect: before
-- @expect: later
