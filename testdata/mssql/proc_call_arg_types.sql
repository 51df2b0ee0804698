-- Arguments whose type differs from the parameter's (T-SQL converts implicitly; PostgreSQL's call resolution
-- does not): input arguments are cast, OUTPUT arguments go through a variable of the parameter's type.
CREATE PROCEDURE dbo.FormatPhone @AreaCode nvarchar(4), @Phone nvarchar(20) OUTPUT
AS
BEGIN
    SET @Phone = N'(' + @AreaCode + N') 555-' + ISNULL(@Phone, N'0000');
END
GO
CREATE PROCEDURE dbo.NextCode @Code nvarchar(4) OUTPUT, @Street nvarchar(50) OUTPUT
AS
BEGIN
    SET @Code = CAST(CAST(@Code AS int) + 1 AS nvarchar(4));
    SET @Street = @Street + N' Road';
END
GO
CREATE FUNCTION dbo.DayOf (@d date, @n int) RETURNS int
AS
BEGIN
    RETURN DAY(@d) * 100 + @n;
END
GO
CREATE PROCEDURE dbo.Caller @When datetime2(7), @Result nvarchar(100) OUTPUT
AS
BEGIN
    DECLARE @AreaCode int = 205;
    DECLARE @Phone nvarchar(max) = N'1234';
    DECLARE @Street nvarchar(max) = N'Main';
    DECLARE @Ratio decimal(5,2) = 7.9;
    EXEC dbo.FormatPhone @AreaCode = @AreaCode, @Phone = @Phone OUTPUT;
    EXEC dbo.NextCode @Code = @AreaCode OUTPUT, @Street = @Street OUTPUT;
    SET @Result = @Phone + N'|' + CAST(@AreaCode + 1 AS nvarchar(10)) + N'|' + @Street + N'|'
        + CAST(dbo.DayOf(@When, @Ratio) AS nvarchar(10));
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @out-contains: CAST(v_areacode AS varchar)
-- @out-contains: CAST(p_when AS date)
-- @out-contains: CAST(trunc(v_ratio) AS integer)
-- @pg: CALL dbo.caller('2024-03-17 23:59:59.5', NULL)
-- @expect: (205) 555-1234|207|Main Road|1707
-- @pg: CALL dbo.formatphone('12', NULL)
-- @expect: (12) 555-0000
-- @pg: SELECT dbo.dayof('2024-01-09', 3)
-- @expect: 903
