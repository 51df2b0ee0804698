-- Case-insensitive string comparisons: SQL Server's default collations ignore letter case, PostgreSQL's = and LIKE
-- do not. Reported once per routine or view (E005), not where the column is declared case-sensitive (_CS_).
CREATE TABLE dbo.People (ID int NOT NULL PRIMARY KEY, Name nvarchar(40) NOT NULL,
    Code varchar(10) COLLATE Latin1_General_CS_AS NOT NULL);
GO
CREATE PROCEDURE dbo.usp_FindByName @name nvarchar(40), @id int OUTPUT
AS
BEGIN
    SELECT @id = ID FROM dbo.People WHERE Name = @name OR Name LIKE @name + '%';
END
GO
CREATE PROCEDURE dbo.usp_FindByCode @code varchar(10), @id int OUTPUT
AS
BEGIN
    SELECT @id = ID FROM dbo.People WHERE Code = @code;
END
GO
CREATE FUNCTION dbo.fn_Next (@n int) RETURNS int
AS
BEGIN
    IF @n > 10 RETURN 0;
    RETURN @n + 1;
END
GO
CREATE VIEW dbo.vPeopleA AS SELECT ID, Name FROM dbo.People WHERE Name LIKE 'a%' OR Name IN ('Bob', 'Carol');
GO
-- @for: mariadb
-- @exit: 1
-- @no-report: E005
-- @my-ok: INSERT INTO people VALUES (1, 'alice', 'AB'), (2, 'BOB', 'ab')
-- @my: SELECT id FROM vpeoplea ORDER BY id
-- @expect: 1
-- @expect: 2
-- @for: postgres
-- @exit: 0
-- @report-eval: [i["object"] for i in items if i["code"] == "E005"] == ["dbo.usp_FindByName", "dbo.vPeopleA"]
-- @pg-ok: INSERT INTO dbo.people VALUES (1, 'Alice', 'AB'), (2, 'Bob', 'ab')
-- @pg: CALL dbo.usp_findbyname('Alice', NULL)
-- @expect: 1
-- @pg: CALL dbo.usp_findbycode('ab', NULL)
-- @expect: 2
-- @pg: SELECT dbo.fn_next(3)
-- @expect: 4
-- the reported difference: SQL Server finds Alice by 'ALICE' and the view would also list 'alice'
-- @pg: CALL dbo.usp_findbyname('ALICE', NULL)
-- @expect:
-- @pg: SELECT id FROM dbo.vpeoplea ORDER BY id
-- @expect: 2
