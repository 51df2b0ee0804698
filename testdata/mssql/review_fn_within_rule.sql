-- STRING_AGG ... WITHIN GROUP (ORDER BY ...) through a user rule whose template has no {order}: the order has no
-- place in the call. It used to be kept as string_agg(x, sep) WITHIN GROUP (ORDER BY ...) on PostgreSQL, which
-- does not load (only ordered-set aggregates take WITHIN GROUP); now E001 on every target and the view is carried.
-- A view without WITHIN GROUP still uses the rule.
CREATE TABLE dbo.Tags (G int NOT NULL, Name varchar(10) NULL);
GO
CREATE VIEW dbo.TagList AS
SELECT G, STRING_AGG(Name, ',') WITHIN GROUP (ORDER BY Name DESC) AS Names FROM dbo.Tags GROUP BY G;
GO
CREATE VIEW dbo.TagCount AS
SELECT G, COUNT(*) AS N FROM dbo.Tags GROUP BY G;
GO
-- @args: --rules testdata/mssql/review_fn_within_rule.rules
-- @exit: 1
-- @report-object: function 'STRING_AGG' WITHIN GROUP
-- @for: postgres
-- @report-object: the rule's template has no {order}
-- @out-not-match: ^SELECT .*WITHIN GROUP
-- @for: all
-- @pg-ok: INSERT INTO dbo.tags VALUES (1, 'b'), (1, 'a')
-- @pg: SELECT count(*) FROM pg_views WHERE viewname IN ('taglist', 'tagcount')
-- @expect: 1
-- @pg: SELECT g, n FROM dbo.tagcount
-- @expect: 1|2
-- @my-ok: INSERT INTO tags VALUES (1, 'b'), (1, 'a')
-- @my: SELECT g, n FROM tagcount
-- @expect: 1|2
