-- hierarchyid values sorted or compared as text (F151) where the value is named indirectly: ORDER BY a select-list
-- alias or ordinal of the column, OVER (ORDER BY col), BETWEEN, and < between hierarchyid variables. Each orders
-- '/1/10/' before '/1/2/' in the target, depth-first (after) in SQL Server: every one must be reported, and
-- ORDER BY of the ToString() alias of a plain string column must not be.
CREATE TABLE dbo.RvEmp (EmpID int NOT NULL PRIMARY KEY, Name nvarchar(30) NOT NULL, Node hierarchyid NULL);
GO
CREATE PROCEDURE dbo.RvSorted
AS
BEGIN
    SELECT Node AS n FROM dbo.RvEmp ORDER BY n;
    SELECT Node FROM dbo.RvEmp ORDER BY 1;
    SELECT EmpID, ROW_NUMBER() OVER (ORDER BY Node) AS rn FROM dbo.RvEmp;
    SELECT EmpID FROM dbo.RvEmp WHERE Node BETWEEN hierarchyid::Parse('/1/') AND hierarchyid::Parse('/2/');
    SELECT Name AS Node, Node.ToString() AS p FROM dbo.RvEmp ORDER BY Node, 2;
END
GO
CREATE FUNCTION dbo.RvBefore (@a hierarchyid, @b hierarchyid)
RETURNS int
AS
BEGIN
    IF @a < @b RETURN 1;
    IF @a = @b RETURN 0;
    RETURN 2;
END
GO
-- @for: all
-- @exit: 1
-- @for: postgres
-- @report-eval: [(i["line"], i["col"]) for i in items if i["code"] == "F151"] == [(10, 46), (11, 41), (12, 47), (13, 39), (21, 8)]
-- @pg-ok: INSERT INTO dbo.rvemp VALUES (1, 'Ann', '/1/2/'), (2, 'Bob', '/1/10/')
-- @pg: CALL dbo.rvsorted('a', 'b', 'c', 'd', 'e'); FETCH ALL FROM a
-- @expect: a|b|c|d|e
-- @expect: /1/10/
-- @expect: /1/2/
-- @pg: SELECT dbo.rvbefore('/1/10/', '/1/2/'), dbo.rvbefore('/1/', '/1/')
-- @expect: 1|0
-- @for: mariadb
-- @my-ok: INSERT INTO rvemp VALUES (1, 'Ann', '/1/2/')
