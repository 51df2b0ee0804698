-- STRING_AGG(...) WITHIN GROUP (ORDER BY ...): the order goes inside the call (string_agg(x, sep ORDER BY ...),
-- GROUP_CONCAT(x ORDER BY ... SEPARATOR sep)); it used to be dropped without a word. PERCENTILE_CONT ... WITHIN
-- GROUP ... OVER (PARTITION BY ...) is a window function in SQL Server but an ordered-set aggregate (no OVER) in
-- PostgreSQL: E001, the view is carried.
CREATE TABLE dbo.Tags (G int NOT NULL, Name varchar(10) NULL, V decimal(10, 2) NULL);
GO
CREATE VIEW dbo.TagList AS
SELECT G, STRING_AGG(Name, ',') WITHIN GROUP (ORDER BY Name DESC) AS Names FROM dbo.Tags GROUP BY G;
GO
CREATE VIEW dbo.TagMedian AS
SELECT DISTINCT G, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY V) OVER (PARTITION BY G) AS Med FROM dbo.Tags;
GO
-- @exit: 1
-- @for: postgres
-- @report-object: function 'PERCENTILE_CONT' WITHIN GROUP: PostgreSQL's ordered-set aggregates are not window functions
-- @for: mariadb
-- @report: F134
-- @for: all
-- @pg-ok: INSERT INTO dbo.tags VALUES (1, 'b', 1), (1, 'c', 2), (1, NULL, 3), (1, 'a', 4), (2, 'x', 5)
-- @pg: SELECT g, names FROM dbo.taglist ORDER BY g
-- @expect: 1|c,b,a
-- @expect: 2|x
-- @my-ok: INSERT INTO tags VALUES (1, 'b', 1), (1, 'c', 2), (1, NULL, 3), (1, 'a', 4), (2, 'x', 5)
-- @my: SELECT g, names FROM taglist ORDER BY g
-- @expect: 1|c,b,a
-- @expect: 2|x
