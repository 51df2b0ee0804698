-- hierarchyid kept as text in its canonical ToString() form ('/', '/1/', '/1/2.5/', '/1/2.5/-1/'): what the data
-- migration exports with col.ToString(). The methods are rewritten on that text: ToString() is the text,
-- GetLevel() counts the levels (root 0), GetAncestor(n) drops the last n levels (n = 0: the node, n > level:
-- NULL), IsDescendantOf(p) is true for p itself and everything under it (NULL when either is NULL),
-- hierarchyid::GetRoot() is '/', hierarchyid::Parse(s) is s (not validated: F150). The computed column
-- AS Node.GetLevel() becomes a generated column. A value sorted directly (ORDER BY Node) is reported (F151):
-- the text sorts as a string, SQL Server depth-first.
-- The expected rows below are derived by hand from the documented semantics (GetAncestor: "If a number greater
-- than GetLevel() is passed, NULL is returned"; GetAncestor(0) returns the current node; IsDescendantOf: true
-- for all nodes in the sub-tree rooted at parent, the parent included). The paths chosen sort the same under a
-- byte-wise and a dictionary collation, so ORDER BY x.ToString() gives the order SQL Server gives.
CREATE TABLE dbo.Emp (
    EmpID int NOT NULL PRIMARY KEY,
    Name nvarchar(30) NOT NULL,
    Node hierarchyid NULL,
    Lvl AS Node.GetLevel()
);
GO
-- Walk up: the employee, then each manager (GetAncestor(1)) to the root.
CREATE PROCEDURE dbo.EmpManagers @EmpID int
AS
BEGIN
    WITH up (EmpID, Name, Node, Depth) AS (
        SELECT e.EmpID, e.Name, e.Node, 0 FROM dbo.Emp AS e WHERE e.EmpID = @EmpID
        UNION ALL
        SELECT m.EmpID, m.Name, m.Node, up.Depth + 1
        FROM dbo.Emp AS m INNER JOIN up ON m.Node = up.Node.GetAncestor(1)
    )
    SELECT up.Depth, up.Name, up.Node.ToString() AS Path, up.Node.GetLevel() AS L
    FROM up ORDER BY up.Depth, up.Node.ToString();
END
GO
-- Walk down: the employee, then everyone whose parent is already in the set.
CREATE PROCEDURE dbo.EmpReports @EmpID int
AS
BEGIN
    WITH down AS (
        SELECT e.EmpID, e.Name, e.Node, 0 AS Depth FROM dbo.Emp AS e WHERE e.EmpID = @EmpID
        UNION ALL
        SELECT r.EmpID, r.Name, r.Node, down.Depth + 1
        FROM dbo.Emp AS r INNER JOIN down ON r.Node.GetAncestor(1) = down.Node
    )
    SELECT d.Depth, d.Name, d.Node.ToString() AS Path FROM down AS d ORDER BY d.Depth, d.Node.ToString();
END
GO
-- The grandparent (GetAncestor(2)); NULL when the employee is less than two levels deep.
CREATE FUNCTION dbo.GrandName (@EmpID int)
RETURNS nvarchar(30)
AS
BEGIN
    DECLARE @n nvarchar(30);
    SELECT @n = g.Name FROM dbo.Emp AS e INNER JOIN dbo.Emp AS g ON g.Node = e.Node.GetAncestor(2)
    WHERE e.EmpID = @EmpID;
    RETURN @n;
END
GO
-- How many are in the sub-tree of @Top (itself included).
CREATE FUNCTION dbo.CountUnder (@Top nvarchar(100))
RETURNS int
AS
BEGIN
    RETURN (SELECT COUNT(*) FROM dbo.Emp WHERE Node.IsDescendantOf(hierarchyid::Parse(@Top)) = 1);
END
GO
-- Methods of variables and parameters, GetRoot, GetAncestor(0) and a GetAncestor(n) with n not a constant.
CREATE FUNCTION dbo.NodeInfo (@Node hierarchyid, @Up int)
RETURNS nvarchar(200)
AS
BEGIN
    DECLARE @root hierarchyid = hierarchyid::GetRoot();
    DECLARE @a hierarchyid = @Node.GetAncestor(@Up);
    DECLARE @self hierarchyid = @Node.GetAncestor(0);
    RETURN CONCAT(@Node.GetLevel(), N' ', @a.ToString(), N' ', @self.ToString(), N' ',
                  CASE WHEN @Node.IsDescendantOf(@root) = 1 THEN N'under-root' ELSE N'no' END);
END
GO
-- Sorting by the value itself (not ToString()): depth-first in SQL Server, string order here: reported.
CREATE PROCEDURE dbo.EmpByNode
AS
BEGIN
    SELECT Name FROM dbo.Emp WHERE Node IS NOT NULL ORDER BY Node;
END
GO
-- MAX and < on the value itself: reported (F151). SQL Server gives '/1/10/' (depth-first, 10 after 3); the text
-- gives '/1/3/' ('/1/3/' > '/1/10/' as strings): the difference the item is about.
CREATE FUNCTION dbo.LastUnderTwo ()
RETURNS nvarchar(100)
AS
BEGIN
    DECLARE @m hierarchyid;
    SELECT @m = MAX(Node) FROM dbo.Emp WHERE Node < hierarchyid::Parse('/2/');
    RETURN @m.ToString();
END
GO
-- A view: ToString(), GetLevel(), CAST(s AS hierarchyid) of a canonical literal (s: nothing lost, no F150).
CREATE VIEW dbo.EmpUnderOne AS
SELECT e.EmpID, e.Node.ToString() AS Path, e.Node.GetLevel() AS L
FROM dbo.Emp AS e WHERE e.Node.IsDescendantOf(CAST('/1/' AS hierarchyid)) = 1;
GO
-- Other methods stay for a person (E004), and ToString() of a geography column is not a hierarchyid's.
CREATE PROCEDURE dbo.EmpAddUnder @Parent int, @EmpID int
AS
BEGIN
    INSERT INTO dbo.Emp (EmpID, Name, Node)
    SELECT @EmpID, N'New', p.Node.GetDescendant(NULL, NULL) FROM dbo.Emp AS p WHERE p.EmpID = @Parent;
END
GO
CREATE TABLE dbo.Site (SiteID int NOT NULL PRIMARY KEY, Spot geography NULL);
GO
CREATE VIEW dbo.SiteText AS SELECT s.SiteID, s.Spot.ToString() AS Wkt FROM dbo.Site AS s;
GO
-- @for: all
-- @exit: 1
-- @report: T191
-- @for: postgres
-- @pg-ok: INSERT INTO dbo.emp (empid, name, node) VALUES (1, 'Ann', '/'), (2, 'Bob', '/1/'), (3, 'Cid', '/2/'), (4, 'Dan', '/1/1/'), (5, 'Eve', '/1/10/'), (6, 'Fay', '/1/2.5/'), (7, 'Gus', '/1/3/'), (8, 'Hal', '/1/2.5/-1/'), (9, 'Ivy', NULL), (10, 'Jon', '/2/1/')
-- @report-eval: [i["line"] for i in items if i["code"] == "F151"] == [81, 91, 91]
-- @report-eval: [i["line"] for i in items if i["code"] == "F150"] == [62]
-- @no-report: K007
-- @no-report: E005
-- @report-eval: [i["line"] for i in items if i["code"] == "E004"] == [105, 110]
-- @report-eval: [i["line"] for i in items if i["code"] == "C010"] == [104]
-- @report-object: method call Node.GetDescendant()
-- @report-object: method call Spot.ToString()
-- @pg: SELECT viewname FROM pg_views WHERE schemaname = 'dbo' ORDER BY 1
-- @expect: empunderone
-- @pg: SELECT format_type(atttypid, atttypmod), attgenerated FROM pg_attribute WHERE attrelid = 'dbo.emp'::regclass AND attname IN ('node', 'lvl') ORDER BY attnum
-- @expect: text|
-- @expect: smallint|s
-- @pg: SELECT empid, lvl FROM dbo.emp ORDER BY empid
-- @expect: 1|0
-- @expect: 2|1
-- @expect: 3|1
-- @expect: 4|2
-- @expect: 5|2
-- @expect: 6|2
-- @expect: 7|2
-- @expect: 8|3
-- @expect: 9|
-- @expect: 10|2
-- @pg: CALL dbo.empmanagers(8, 'c'); FETCH ALL FROM c
-- @expect: c
-- @expect: 0|Hal|/1/2.5/-1/|3
-- @expect: 1|Fay|/1/2.5/|2
-- @expect: 2|Bob|/1/|1
-- @expect: 3|Ann|/|0
-- @pg: CALL dbo.empmanagers(1, 'c'); FETCH ALL FROM c
-- @expect: c
-- @expect: 0|Ann|/|0
-- @pg: CALL dbo.empreports(2, 'c'); FETCH ALL FROM c
-- @expect: c
-- @expect: 0|Bob|/1/
-- @expect: 1|Dan|/1/1/
-- @expect: 1|Eve|/1/10/
-- @expect: 1|Fay|/1/2.5/
-- @expect: 1|Gus|/1/3/
-- @expect: 2|Hal|/1/2.5/-1/
-- @pg: SELECT dbo.grandname(8), dbo.grandname(4), dbo.grandname(2) IS NULL, dbo.grandname(1) IS NULL, dbo.grandname(9) IS NULL
-- @expect: Bob|Ann|t|t|t
-- @pg: SELECT dbo.countunder('/'), dbo.countunder('/1/'), dbo.countunder('/1/1/'), dbo.countunder('/1/2.5/'), dbo.countunder('/2/'), dbo.countunder(NULL)
-- @expect: 9|6|1|2|2|0
-- @pg: SELECT dbo.lastundertwo()
-- @expect: /1/3/
-- @pg: SELECT empid, path, l FROM dbo.empunderone ORDER BY empid
-- @expect: 2|/1/|1
-- @expect: 4|/1/1/|2
-- @expect: 5|/1/10/|2
-- @expect: 6|/1/2.5/|2
-- @expect: 7|/1/3/|2
-- @expect: 8|/1/2.5/-1/|3
-- @pg: SELECT dbo.nodeinfo('/1/2.5/-1/', 1), dbo.nodeinfo('/1/2.5/-1/', 3), dbo.nodeinfo('/1/', 2), dbo.nodeinfo('/', 0)
-- @expect: 3 /1/2.5/ /1/2.5/-1/ under-root|3 / /1/2.5/-1/ under-root|1  /1/ under-root|0 / / under-root
-- @pg: SELECT dbo.nodeinfo(NULL, 1) = '   no'
-- @expect: t
-- @pg-fail: SELECT dbo.nodeinfo('/1/', -1)
-- @error: invalid regular expression
-- @for: mariadb
-- @report: T191
-- @my: SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_NAME = 'emp' AND COLUMN_NAME = 'node'
-- @expect: varchar(4000)
-- @my-ok: INSERT INTO emp (empid, name, node) VALUES (1, 'Ann', '/'), (2, 'Bob', '/1/'), (6, 'Fay', '/1/2.5/'), (8, 'Hal', '/1/2.5/-1/'), (9, 'Ivy', NULL)
-- @my: SELECT COLUMN_TYPE, EXTRA FROM information_schema.COLUMNS WHERE TABLE_NAME = 'emp' AND COLUMN_NAME = 'lvl'
-- @expect: smallint(6)|VIRTUAL GENERATED
-- @my: SELECT empid, lvl FROM emp ORDER BY empid
-- @expect: 1|0
-- @expect: 2|1
-- @expect: 6|2
-- @expect: 8|3
-- @expect: 9|NULL
-- @my: SELECT empid, path, l FROM empunderone ORDER BY empid
-- @expect: 2|/1/|1
-- @expect: 6|/1/2.5/|2
-- @expect: 8|/1/2.5/-1/|3
-- @out-contains: C001 procedure dbo.EmpManagers
