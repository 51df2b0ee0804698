-- hierarchyid and binary: the column holds the ToString() text, so CAST(node AS varbinary) would give the text's
-- bytes (not SQL Server's compact encoding, 0x58 for /1/) and CAST(0x58 AS hierarchyid) the text '\x58': both
-- refused (E004) instead of changing meaning. CAST to nvarchar is ToString() and stays. A string literal compared
-- with a hierarchyid is parsed by SQL Server: a non-canonical one ('/01/') is reported (F150), a canonical one
-- is not.
CREATE TABLE dbo.RvNode (ID int NOT NULL PRIMARY KEY, Node hierarchyid NULL);
GO
CREATE VIEW dbo.RvNodeBin AS SELECT ID, CAST(Node AS varbinary(100)) AS b FROM dbo.RvNode;
GO
CREATE VIEW dbo.RvNodeFromBin AS SELECT ID FROM dbo.RvNode WHERE Node = CAST(0x58 AS hierarchyid);
GO
CREATE FUNCTION dbo.RvNodeBytes (@h hierarchyid)
RETURNS varbinary(100)
AS
BEGIN
    RETURN CONVERT(varbinary(100), @h);
END
GO
CREATE VIEW dbo.RvNodeText AS
SELECT ID, CAST(Node AS nvarchar(40)) AS s FROM dbo.RvNode WHERE Node = '/1/' OR Node = '/01/';
GO
-- @for: all
-- @exit: 1
-- @for: postgres
-- @report-eval: [i["line"] for i in items if i["code"] == "E004"] == [8, 10, 16]
-- @report-eval: [(i["line"], i["col"]) for i in items if i["code"] == "F150"] == [(20, 82)]
-- @plcheck-allow: rvnodebytes
-- @pg-ok: INSERT INTO dbo.rvnode VALUES (1, '/1/'), (2, '/2/')
-- @pg: SELECT id, s FROM dbo.rvnodetext
-- @expect: 1|/1/
-- @pg: SELECT count(*) FROM pg_views WHERE viewname LIKE 'rvnode%'
-- @expect: 1
