-- Old-style table hints without WITH, string-literal column aliases, and NEXT / CAST / WITHIN as column names.
CREATE TABLE dbo.Steps (ID int NOT NULL PRIMARY KEY, Next int NULL, Cast nvarchar(20) NULL, Within bit NULL);
GO
CREATE SEQUENCE dbo.StepSeq START WITH 100;
GO
CREATE VIEW dbo.vHints AS
SELECT s.ID 'StepId', 'NextStep' = s.Next, s.Cast AS 'Role', N'Inside' = Within
FROM dbo.Steps AS s (NOLOCK, INDEX(PK_Steps))
WHERE s.Next IS NOT NULL;
GO
CREATE VIEW dbo.vNoLock AS
SELECT a.ID, b.ID 'NextId' FROM dbo.Steps a (NOLOCK) JOIN dbo.Steps b (READUNCOMMITTED) ON b.ID = a.Next;
GO
CREATE PROCEDURE dbo.AddStep @cast nvarchar(20), @id int OUTPUT AS
BEGIN
	SET @id = NEXT VALUE FOR dbo.StepSeq;
	INSERT INTO dbo.Steps (ID, Next, Cast, Within) VALUES (@id, NULL, @cast, 0);
	SELECT next, cast, CAST(within AS int) 'w' FROM dbo.Steps (NOLOCK) WHERE ID = @id
	ORDER BY ID OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY;
END
GO
-- @pg-ok: INSERT INTO dbo.steps VALUES (1, 2, 'first', true), (2, NULL, 'last', false)
-- @pg: SELECT stepid, nextstep, role, inside FROM dbo.vhints
-- @expect: 1|2|first|t
-- @pg: SELECT id, nextid FROM dbo.vnolock
-- @expect: 1|2
-- @pg: CALL dbo.addstep('third', NULL, 'c'); FETCH ALL FROM c
-- @expect: 100|c
-- @expect: |third|0
-- @report: E006
-- @no-report: P001
-- @my-ok: INSERT INTO steps VALUES (1, 2, 'first', true), (2, NULL, 'last', false)
-- @my: SELECT stepid, nextstep, role, inside FROM vhints
-- @expect: 1|2|first|1
-- @my: SELECT id, nextid FROM vnolock
-- @expect: 1|2
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @no-report: C001
-- @no-report: C010
