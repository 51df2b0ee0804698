-- OFFSET/FETCH with expressions: PostgreSQL takes only a plain value after OFFSET and FETCH NEXT, so
-- (@Page - 1) * @PageSize is parenthesized (unparenthesized, the procedure failed the parser check, X001).
CREATE TABLE dbo.Items (ID int NOT NULL PRIMARY KEY, Name varchar(20) NOT NULL);
GO
CREATE PROCEDURE dbo.ItemsPage @PageSize int = 2, @Page int = 1
AS
SET NOCOUNT ON;
SELECT ID, Name FROM dbo.Items ORDER BY ID
OFFSET (@Page - 1) * @PageSize ROWS FETCH NEXT @PageSize + 0 ROWS ONLY;
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0 1
-- @no-report: X001
-- @out-contains: OFFSET ((p_page - 1) * p_pagesize) ROWS FETCH NEXT (p_pagesize + 0) ROWS ONLY
-- @pg-ok: INSERT INTO dbo.items VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e')
-- @pg: CALL dbo.itemspage(2, 2, 'c'); FETCH ALL FROM c
-- @expect: c
-- @expect: 3|c
-- @expect: 4|d
-- @pg: CALL dbo.itemspage(2, 3, 'c'); FETCH ALL FROM c
-- @expect: c
-- @expect: 5|e
