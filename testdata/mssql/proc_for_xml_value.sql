-- FOR XML PATH(''), TYPE).value('.', 'nvarchar(max)') in a procedure: the list is built with string_agg
-- without XML escaping (& and < come back as written), ordered; no matching rows gives NULL. A FOR XML
-- PATH('') subquery without TYPE in a result set escapes.
CREATE TABLE dbo.Tag (TagID int NOT NULL PRIMARY KEY, Owner int NOT NULL, Label nvarchar(40) NULL);
GO
CREATE PROCEDURE dbo.usp_Labels @Owner int, @List nvarchar(max) OUTPUT
AS
BEGIN
    SET @List = STUFF((SELECT N', ' + t.Label FROM dbo.Tag AS t WHERE t.Owner = @Owner ORDER BY t.TagID
                       FOR XML PATH(''), TYPE).value('.', 'nvarchar(max)'), 1, 2, N'');
    SELECT o.Owner, (SELECT N'|' + t.Label FROM dbo.Tag AS t WHERE t.Owner = o.Owner ORDER BY t.TagID FOR XML PATH('')) AS Escaped
    FROM (SELECT DISTINCT Owner FROM dbo.Tag) AS o
    ORDER BY o.Owner;
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @report: F142
-- @no-report: C010
-- @pg-ok: INSERT INTO dbo.tag VALUES (1, 1, 'R&D'), (2, 1, NULL), (3, 1, 'a<b'), (4, 2, 'x')
-- @pg: CALL dbo.usp_labels(1, NULL, 'c1'); FETCH ALL FROM c1
-- @expect: R&D, a<b|c1
-- @expect: 1||R&amp;D|a&lt;b
-- @expect: 2||x
-- @pg: CALL dbo.usp_labels(9, 'old', 'c2')
-- @expect: |c2
