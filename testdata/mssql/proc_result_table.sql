-- --result-sets table: a procedure whose only output is one result set becomes FUNCTION ... RETURNS TABLE;
-- one with an OUTPUT parameter keeps the INOUT refcursor style; EXEC of the function is PERFORM.
CREATE TABLE dbo.Items (ID int NOT NULL PRIMARY KEY, Name nvarchar(40) NOT NULL, Price decimal(9,2) NOT NULL, Active bit NOT NULL);
GO
CREATE PROCEDURE dbo.usp_ActiveItems @MinPrice decimal(9,2) = 0
AS
BEGIN
    SET NOCOUNT ON;
    IF @MinPrice IS NULL RETURN;
    SELECT i.ID, i.Name AS ItemName, i.Price * 2 AS Doubled FROM dbo.Items i
    WHERE i.Active = 1 AND i.Price >= @MinPrice ORDER BY i.ID;
END
GO
CREATE PROCEDURE dbo.usp_CountItems @n int OUTPUT
AS
BEGIN
    SELECT @n = COUNT(*) FROM dbo.Items;
    SELECT ID FROM dbo.Items ORDER BY ID;
END
GO
CREATE PROCEDURE dbo.usp_Touch
AS
BEGIN
    EXEC dbo.usp_ActiveItems @MinPrice = 5;
    UPDATE dbo.Items SET Name = Name + N'!' WHERE ID = 3;
END
GO
-- @args: --result-sets table
-- @for: mariadb
-- @exit: 0 1
-- @for: postgres
-- @exit: 0
-- @no-report: C010
-- @no-report: C021
-- @out-match: FUNCTION dbo\.usp_activeitems\(p_minprice numeric\(9,2\) DEFAULT 0\) RETURNS TABLE \(id integer, itemname varchar\(40\), doubled numeric
-- @out-match: PROCEDURE dbo\.usp_countitems\(INOUT p_n integer DEFAULT NULL, INOUT result refcursor
-- @out-match: PERFORM \* FROM dbo\.usp_activeitems\(p_minprice => 5\)
-- @pg-ok: INSERT INTO dbo.items VALUES (1, 'pen', 1.50, true), (2, 'ink', 7.25, true), (3, 'old', 2.00, false)
-- @pg: SELECT * FROM dbo.usp_activeitems()
-- @expect: 1|pen|3.00
-- @expect: 2|ink|14.50
-- @pg: SELECT id, itemname FROM dbo.usp_activeitems(5)
-- @expect: 2|ink
-- @pg: SELECT count(*) FROM dbo.usp_activeitems(NULL)
-- @expect: 0
-- @pg: CALL dbo.usp_countitems(NULL, 'c'); FETCH ALL FROM c
-- @expect: 3|c
-- @expect: 1
-- @expect: 2
-- @expect: 3
-- @pg-ok: CALL dbo.usp_touch()
-- @pg: SELECT name FROM dbo.items WHERE id = 3
-- @expect: old!
