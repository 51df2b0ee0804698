-- SQL Server cuts a string assigned to a varchar(n) variable or parameter to n characters without an error
-- (SET, SELECT @v = ..., DECLARE ... = ...), and rounds a value assigned to a numeric(p,s) parameter; PL/pgSQL
-- raised "value too long" for the variable and kept the longer value / all decimals in the parameter (which
-- has no length in PostgreSQL), so an OUTPUT parameter came back longer than its type.
CREATE PROCEDURE dbo.RevAsg @a varchar(5) OUTPUT, @d decimal(10, 2) OUTPUT
AS
BEGIN
    DECLARE @l varchar(3) = 'abcdef';
    DECLARE @m varchar(4);
    SET @a = @a + 'zz';
    SET @d = @d * 1.5;
    SELECT @m = @l + 'xyz';
    SELECT @l AS l, @m AS m;
END
GO
-- @pg: CALL dbo.revasg('abcd', 1.25, 'c'); FETCH ALL FROM c
-- @expect: abcdz|1.88|c
-- @expect: abc|abcx
-- @for: mariadb
-- @exit: 1
