-- A database created with a case-sensitive collation (_CS_): its string comparisons already respect letter case,
-- so no E005; a COLLATE ..._CI_ clause in the code still compares without case (reported).
CREATE DATABASE Shop COLLATE Latin1_General_100_CS_AS;
GO
CREATE TABLE dbo.Items (ID int NOT NULL PRIMARY KEY, Name varchar(40) NOT NULL);
GO
CREATE PROCEDURE dbo.usp_Find @name varchar(40), @id int OUTPUT
AS
BEGIN
    SELECT @id = ID FROM dbo.Items WHERE Name = @name;
END
GO
CREATE PROCEDURE dbo.usp_FindCI @name varchar(40), @id int OUTPUT
AS
BEGIN
    SELECT @id = ID FROM dbo.Items WHERE Name = @name COLLATE Latin1_General_CI_AS;
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0
-- @report-eval: [i["object"] for i in items if i["code"] == "E005"] == ["dbo.usp_FindCI"]
-- @pg-ok: INSERT INTO dbo.items VALUES (1, 'Lamp'), (2, 'lamp')
-- @pg: CALL dbo.usp_find('lamp', NULL)
-- @expect: 2
-- @pg: CALL dbo.usp_findci('Lamp', NULL)
-- @expect: 1
