-- PATINDEX and STRING_SPLIT of a number: SQL Server converts the number to text; PostgreSQL's regexp_instr and
-- regexp_split_to_table take text only, so regexp_instr(integer, ...) failed to load. An integer or decimal is
-- cast to text (it prints the same); a datetime prints otherwise in SQL Server ('Mar  5 2024 12:00AM'): left for a
-- person.
CREATE TABLE dbo.Codes (Id int PRIMARY KEY, N int NULL, Amount decimal(6,2) NULL, At datetime NULL);
GO
CREATE VIEW dbo.CodeFives AS
SELECT Id, PATINDEX('%5%', N) AS Pos, PATINDEX('%.5%', Amount) AS DecPos FROM dbo.Codes;
GO
CREATE VIEW dbo.CodeParts AS
SELECT c.Id, s.value FROM dbo.Codes AS c CROSS APPLY STRING_SPLIT(c.N, '0') AS s;
GO
CREATE VIEW dbo.CodeYear AS
SELECT Id, PATINDEX('%2024%', At) AS Pos FROM dbo.Codes;
GO
-- @exit: 1
-- @for: postgres
-- @out-contains: regexp_instr(CAST(n AS text), '5')
-- @report-object: PATINDEX
-- @pg-ok: INSERT INTO dbo.codes VALUES (1, 12345, 1.50, NULL), (2, 7, NULL, NULL), (3, NULL, 10.05, NULL), (4, 10203, 0.25, NULL)
-- @pg: SELECT id, pos, decpos FROM dbo.codefives ORDER BY id
-- @expect: 1|5|2
-- @expect: 2|0|
-- @expect: 3||0
-- @expect: 4|0|0
-- @pg: SELECT id, value FROM dbo.codeparts ORDER BY id, value
-- @expect: 1|12345
-- @expect: 2|7
-- @expect: 4|1
-- @expect: 4|2
-- @expect: 4|3
-- @pg: SELECT count(*) FROM pg_views WHERE viewname = 'codeyear'
-- @expect: 0
