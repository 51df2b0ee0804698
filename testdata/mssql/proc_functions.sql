-- Scalar functions (one calling another, CASE, string concatenation), an inline table-valued function
-- (RETURNS TABLE AS RETURN SELECT) and a multi-statement table-valued function (RETURNS @t TABLE).
CREATE TABLE dbo.Product (ID int NOT NULL PRIMARY KEY, Name nvarchar(40) NOT NULL, Price decimal(8,2) NOT NULL, Active bit NOT NULL);
GO
CREATE FUNCTION dbo.fn_Tax (@p decimal(8,2)) RETURNS decimal(8,2)
AS
BEGIN
    RETURN ROUND(@p * 0.2, 2);
END
GO
CREATE FUNCTION dbo.fn_Label (@id int) RETURNS nvarchar(80)
AS
BEGIN
    DECLARE @name nvarchar(40), @price decimal(8,2);
    SELECT @name = Name, @price = Price FROM dbo.Product WHERE ID = @id;
    IF @name IS NULL
        RETURN N'?';
    RETURN @name + N' (' + CONVERT(nvarchar(20), @price + dbo.fn_Tax(@price)) + N')'
        + CASE WHEN @price > 100 THEN N' premium' ELSE N'' END;
END
GO
CREATE FUNCTION dbo.fn_ActiveProducts (@minPrice decimal(8,2))
RETURNS TABLE
AS
RETURN (SELECT ID, Name, Price FROM dbo.Product WHERE Active = 1 AND Price >= @minPrice);
GO
CREATE FUNCTION dbo.fn_PriceBands ()
RETURNS @bands TABLE (Band varchar(10) NOT NULL, Products int NOT NULL)
AS
BEGIN
    INSERT INTO @bands (Band, Products)
        SELECT CASE WHEN Price < 50 THEN 'low' ELSE 'high' END, COUNT(*)
        FROM dbo.Product GROUP BY CASE WHEN Price < 50 THEN 'low' ELSE 'high' END;
    IF NOT EXISTS (SELECT 1 FROM @bands WHERE Band = 'low')
        INSERT INTO @bands VALUES ('low', 0);
    RETURN;
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0 1
-- @no-report: C010
-- @no-report: C002
-- @pg-ok: INSERT INTO dbo.product VALUES (1, 'pen', 10.00, true), (2, 'desk', 200.00, true), (3, 'lamp', 60.00, false)
-- @pg: SELECT dbo.fn_label(2), dbo.fn_label(1), dbo.fn_label(9)
-- @expect: desk (240.00) premium|pen (12.00)|?
-- @pg: SELECT id, name FROM dbo.fn_activeproducts(5) ORDER BY id
-- @expect: 1|pen
-- @expect: 2|desk
-- @pg: SELECT band, products FROM dbo.fn_pricebands() ORDER BY band
-- @expect: high|2
-- @expect: low|1
-- @pg: SELECT format_type(p.prorettype, NULL), p.proretset FROM pg_proc p WHERE p.proname = 'fn_activeproducts'
-- @expect: record|t
