-- Parameters are converted to their declared length / scale on entry, also OUTPUT parameters, parameters
-- with defaults (the default too: 1.235 into decimal(10,2) is 1.24), numeric(38,0), char(1) and table
-- functions (#variable_conflict use_column); a READONLY table parameter is left alone.
CREATE TABLE dbo.RevTm (ID int NOT NULL PRIMARY KEY, V varchar(5) NULL);
GO
CREATE TYPE dbo.RevTmRows AS TABLE (ID int NOT NULL);
GO
CREATE PROCEDURE dbo.RevTmP @a varchar(5) OUTPUT, @b decimal(10, 2) = 1.235, @n numeric(38, 0) = 2.5, @ch char(1) = 'xyz'
AS
BEGIN
    SELECT @a = @a;
    SELECT @b AS b, @n AS n, @ch AS ch;
END
GO
CREATE FUNCTION dbo.RevTmF (@v varchar(3), @rows dbo.RevTmRows READONLY) RETURNS TABLE
AS RETURN (SELECT t.ID, t.V FROM dbo.RevTm t WHERE t.V LIKE @v + '%' AND t.ID NOT IN (SELECT ID FROM @rows));
GO
-- @exit: 0 1
-- @pg-ok: INSERT INTO dbo.revtm VALUES (1, 'abcx'), (2, 'abzz'), (3, 'abc')
-- @pg: CALL dbo.revtmp('abcdefg', result => 'c'); FETCH ALL FROM c
-- @expect: abcde|c
-- @expect: 1.24|3|x
-- @pg: CALL dbo.revtmp('q', 7.005, 7.5, 'yz', 'c'); FETCH ALL FROM c
-- @expect: q|c
-- @expect: 7.01|8|y
-- @pg: SELECT id FROM dbo.revtmf('abcdef', ARRAY[]::dbo.revtmrows[]) ORDER BY id
-- @expect: 1
-- @expect: 3
