-- Comparisons with ALL / ANY / SOME (subquery) keep their quantifier (SOME is ANY in the targets): without
-- it, a > (SELECT ...) fails on more than one row, or compares with one row only.
CREATE TABLE dbo.qt (a int, b int);
GO
CREATE VIEW dbo.q_all AS SELECT a FROM dbo.qt WHERE a > ALL (SELECT b FROM dbo.qt);
GO
CREATE VIEW dbo.q_any AS SELECT a FROM dbo.qt WHERE a = ANY (SELECT b FROM dbo.qt);
GO
CREATE VIEW dbo.q_some AS SELECT a FROM dbo.qt WHERE a < SOME (SELECT b FROM dbo.qt);
GO
CREATE VIEW dbo.q_notless AS SELECT a FROM dbo.qt WHERE a !< ALL (SELECT b FROM dbo.qt);
GO
-- @out-contains: > ALL (SELECT
-- @out-contains: = ANY (SELECT
-- @out-contains: < ANY (SELECT
-- @out-contains: >= ALL (SELECT
-- @pg-ok: INSERT INTO dbo.qt VALUES (1, 1), (2, 1), (3, 2)
-- @my-ok: INSERT INTO qt VALUES (1, 1), (2, 1), (3, 2)
-- @pg: SELECT count(*) FROM dbo.q_all
-- @expect: 1
-- @pg: SELECT string_agg(a::text, ',' ORDER BY a) FROM dbo.q_any
-- @expect: 1,2
-- @pg: SELECT string_agg(a::text, ',' ORDER BY a) FROM dbo.q_some
-- @expect: 1
-- @pg: SELECT string_agg(a::text, ',' ORDER BY a) FROM dbo.q_notless
-- @expect: 2,3
-- @my: SELECT count(*) FROM q_all
-- @expect: 1
-- @my: SELECT group_concat(a ORDER BY a) FROM q_any
-- @expect: 1,2
-- @my: SELECT group_concat(a ORDER BY a) FROM q_some
-- @expect: 1
-- @my: SELECT group_concat(a ORDER BY a) FROM q_notless
-- @expect: 2,3
