-- FORMAT(value, 'format' [, 'en-US']) with a constant format becomes to_char() for the common formats: date and time
-- custom formats of yyyy yy MM M dd d HH H hh h mm m ss s fff tt and - / : space . separators (FM drops the leading
-- zero of M, d, H, h, m, s), and the standard numeric formats N, F (en-US: 2 decimals by default) and D (integers).
-- Expected values worked out by hand from the .NET docs ("Standard numeric format strings", "Custom date and time
-- format strings"): SQL Server's FORMAT runs on the .NET Framework CLR, where a midpoint rounds away from zero
-- (2.345 N2 = 2.35, 2.355 N2 = 2.36, -1.5 N0 = -2), N groups by 3 with ',', negatives are -n, D4 pads to 4 digits
-- (-42 = -0042), tt is AM/PM, h is 1..12 without a leading zero; NULL gives NULL.
CREATE TABLE dbo.Sale (SaleId int PRIMARY KEY, Amount decimal(12,3), Qty int, SoldAt datetime2(3), Price money);
GO
CREATE VIEW dbo.SaleText AS
SELECT SaleId, FORMAT(Amount, 'N2') AS n2, FORMAT(Amount, 'N0') AS n0, FORMAT(Amount, 'F1') AS f1,
       FORMAT(Qty, 'D4') AS d4, FORMAT(Qty, 'N') AS n, FORMAT(SoldAt, 'yyyy-MM-dd HH:mm:ss.fff') AS iso,
       FORMAT(SoldAt, 'M/d/yy h:mm tt') AS us, FORMAT(Price, 'N2', 'en-US') AS p2
FROM dbo.Sale;
GO
CREATE FUNCTION dbo.DayKey (@d date) RETURNS varchar(8)
AS
BEGIN
    RETURN FORMAT(@d, 'yyyyMMdd');
END
GO
-- (@s holds the 42 characters checked below: nvarchar(40) would cut them, as SQL Server does)
CREATE PROCEDURE dbo.Money @x decimal(18,4), @s nvarchar(60) OUTPUT
AS
BEGIN
    SET @s = FORMAT(@x, 'N2') + N' / ' + FORMAT(@x, 'F') + N' / ' + FORMAT(@x, 'N4');
END
GO
-- @for: postgres
-- @pg-ok: INSERT INTO dbo.sale VALUES (1, 1234.567, 5, '2024-03-05 07:08:09.123', 2.345), (2, -1.5, -42, '2024-12-25 23:59:58.999', 2.355), (3, 2.345, 0, '2024-01-01 12:00:00', -1234567.891), (4, NULL, NULL, NULL, NULL)
-- @no-report: C010
-- @no-report: F116
-- @pg: SELECT saleid, n2, n0, f1, d4, n, iso, us, p2 FROM dbo.saletext ORDER BY saleid
-- @expect: 1|1,234.57|1,235|1234.6|0005|5.00|2024-03-05 07:08:09.123|3/5/24 7:08 AM|2.35
-- @expect: 2|-1.50|-2|-1.5|-0042|-42.00|2024-12-25 23:59:58.999|12/25/24 11:59 PM|2.36
-- @expect: 3|2.35|2|2.3|0000|0.00|2024-01-01 12:00:00.000|1/1/24 12:00 PM|-1,234,567.89
-- @expect: 4||||||||
-- @pg: SELECT dbo.daykey('2024-03-05'), dbo.daykey(NULL) IS NULL
-- @expect: 20240305|t
-- @pg: CALL dbo.money(1234567.0050, NULL)
-- @expect: 1,234,567.01 / 1234567.01 / 1,234,567.0050
-- @for: mariadb
-- @exit: 1
-- @my-ok: INSERT INTO sale VALUES (1, 1234.567, 5, '2024-03-05 07:08:09.123', 2.345), (2, -1.5, -42, '2024-12-25 23:59:58.999', 2.355), (3, 2.345, 0, '2024-01-01 12:00:00', -1234567.891), (4, NULL, NULL, NULL, NULL)
-- @my: SELECT count(*) FROM sale
-- @expect: 4
