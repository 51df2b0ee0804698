-- String aggregation with FOR XML PATH('') in views: STUFF((SELECT ',' + x ... ORDER BY ... FOR XML PATH('')),
-- 1, 1, '') becomes string_agg (GROUP_CONCAT) with FOR XML's escaping (& < > and CR as entities); the
-- TYPE).value('.', 'nvarchar(max)') form is not escaped; [text()] joins without a separator, [data()] with a
-- space; NULL values are skipped and a group with no rows (or only NULLs) gives NULL. A named column
-- (PATH('row')) makes elements and stays reported, as does FOR XML over a UNION.
CREATE TABLE dbo.Grp (GrpID int NOT NULL PRIMARY KEY);
GO
CREATE TABLE dbo.Item (ItemID int NOT NULL PRIMARY KEY, GrpID int NOT NULL, Name nvarchar(50) NULL);
GO
CREATE VIEW dbo.v_list AS
SELECT g.GrpID,
       STUFF((SELECT ',' + t.Name FROM dbo.Item AS t WHERE t.GrpID = g.GrpID ORDER BY t.Name FOR XML PATH('')), 1, 1, '') AS Names
FROM dbo.Grp AS g;
GO
CREATE VIEW dbo.v_typed AS
SELECT g.GrpID,
       STUFF((SELECT '; ' + t.Name FROM dbo.Item AS t WHERE t.GrpID = g.GrpID ORDER BY t.Name DESC
              FOR XML PATH(''), TYPE).value('.', 'nvarchar(max)'), 1, 2, '') AS Names
FROM dbo.Grp AS g;
GO
CREATE VIEW dbo.v_text AS
SELECT g.GrpID,
       (SELECT t.Name AS [text()] FROM dbo.Item AS t WHERE t.GrpID = g.GrpID ORDER BY t.ItemID FOR XML PATH('')) AS Joined,
       (SELECT t.Name AS [data()] FROM dbo.Item AS t WHERE t.GrpID = g.GrpID ORDER BY t.ItemID FOR XML PATH('')) AS Spaced
FROM dbo.Grp AS g;
GO
CREATE VIEW dbo.v_rows AS
SELECT g.GrpID, (SELECT t.Name FROM dbo.Item AS t WHERE t.GrpID = g.GrpID FOR XML PATH('row')) AS X
FROM dbo.Grp AS g;
GO
CREATE VIEW dbo.v_union AS
SELECT g.GrpID, (SELECT ',' + t.Name FROM dbo.Item AS t WHERE t.GrpID = g.GrpID
                 UNION ALL SELECT ',' + CAST(g.GrpID AS nvarchar(10)) FOR XML PATH('')) AS U
FROM dbo.Grp AS g;
GO
-- @exit: 1
-- @report: F142
-- @report-eval: {i["object"].lower() for i in items if i["code"] in ("E002", "E004")} == {"dbo.v_rows", "dbo.v_union"}
-- @report-eval: summary["views"]["count"] == 5
-- @for: mariadb
-- @report: F132
-- @for: all
-- @pg-ok: INSERT INTO dbo.grp VALUES (1), (2), (3), (4)
-- @pg-ok: INSERT INTO dbo.item VALUES (1, 1, 'e'), (2, 1, 'b&c'), (3, 1, NULL), (4, 1, 'a<d>'), (5, 2, NULL), (6, 4, E'x\ry')
-- @pg: SELECT grpid, names FROM dbo.v_list ORDER BY grpid
-- @expect: 1|a&lt;d&gt;,b&amp;c,e
-- @expect: 2|
-- @expect: 3|
-- @expect: 4|x&#x0D;y
-- @pg: SELECT grpid, names FROM dbo.v_typed WHERE grpid IN (1, 2, 3) ORDER BY grpid
-- @expect: 1|e; b&c; a<d>
-- @expect: 2|
-- @expect: 3|
-- @pg: SELECT grpid, joined, spaced FROM dbo.v_text WHERE grpid IN (1, 2, 3) ORDER BY grpid
-- @expect: 1|eb&amp;ca&lt;d&gt;|e b&amp;c a&lt;d&gt;
-- @expect: 2||
-- @expect: 3||
-- @pg: SELECT names IS NULL FROM dbo.v_list WHERE grpid IN (2, 3)
-- @expect: t
-- @expect: t
-- @my-ok: INSERT INTO grp VALUES (1), (2), (3), (4)
-- @my-ok: INSERT INTO item VALUES (1, 1, 'e'), (2, 1, 'b&c'), (3, 1, NULL), (4, 1, 'a<d>'), (5, 2, NULL), (6, 4, CONCAT('x', CHAR(13), 'y'))
-- @my: SELECT GrpID, COALESCE(Names, 'NULL') FROM v_list ORDER BY GrpID
-- @expect: 1|a&lt;d&gt;,b&amp;c,e
-- @expect: 2|NULL
-- @expect: 3|NULL
-- @expect: 4|x&#x0D;y
-- @my: SELECT GrpID, Names FROM v_typed WHERE GrpID IN (1, 2, 3) ORDER BY GrpID
-- @expect: 1|e; b&c; a<d>
-- @expect: 2|NULL
-- @expect: 3|NULL
-- @my: SELECT GrpID, Joined, Spaced FROM v_text WHERE GrpID IN (1, 2, 3) ORDER BY GrpID
-- @expect: 1|eb&amp;ca&lt;d&gt;|e b&amp;c a&lt;d&gt;
-- @expect: 2|NULL|NULL
-- @expect: 3|NULL|NULL
