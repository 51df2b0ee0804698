-- STRING_SPLIT, PATINDEX, OBJECT_ID and FORMAT where the PostgreSQL result could differ stay for a person: each
-- statement is kept as a comment (C010) with the reason (E003, F107, F113, F116), the rest of the routine converts.
CREATE TABLE dbo.Acct (AcctId int PRIMARY KEY, Balance decimal(10,2), Rate float, Opened date, Name char(10));
GO
CREATE PROCEDURE dbo.Refused @s varchar(100), @sep char(1), @p varchar(20), @d datetime2, @n int OUTPUT
AS
BEGIN
    SET @n = 1;
    SELECT value FROM STRING_SPLIT(@s, @sep);
    SELECT value FROM STRING_SPLIT(@s, 'x');
    SELECT value FROM STRING_SPLIT(@s, ',,');
    SELECT s.value FROM dbo.Acct AS a CROSS APPLY STRING_SPLIT(a.Name, ',') AS s;
    SET @n = PATINDEX(@p, @s);
    SET @n = PATINDEX('%', @s);
    SET @n = OBJECT_ID('dbo.Acct');
    IF OBJECT_ID('dbo.Refused', 'P') IS NOT NULL SET @n = 2;
    IF OBJECT_ID('Other.dbo.Acct') IS NOT NULL SET @n = 3;
    IF OBJECT_ID('#t') IS NOT NULL SET @n = 4;
    SELECT FORMAT(Balance, 'C') FROM dbo.Acct;
    SELECT FORMAT(Balance, 'P') FROM dbo.Acct;
    SELECT FORMAT(Balance, '#,##0.00') FROM dbo.Acct;
    SELECT FORMAT(Balance, 'N2', 'de-DE') FROM dbo.Acct;
    SELECT FORMAT(Rate, 'N2') FROM dbo.Acct;
    SELECT FORMAT(AcctId, 'D') FROM dbo.Acct; -- converted: D of an int
    SELECT FORMAT(Balance, 'D') FROM dbo.Acct;
    SELECT FORMAT(Opened, 'MMMM d, yyyy') FROM dbo.Acct;
    SELECT FORMAT(Opened, 'd') FROM dbo.Acct;
    SELECT FORMAT(@d, 'yyyy-MM-ddTHH:mm') FROM dbo.Acct;
    SELECT PATINDEX('%a', Name) FROM dbo.Acct;
    SET @n = @n + 10;
END
GO
-- @exit: 1
-- @for: postgres
-- @report: E003
-- @report: F107
-- @report: F113
-- @report: F116
-- @report-eval: all(8 < i["line"] < 30 and i["line"] != 24 for i in items if i["code"] == "C010")
-- @report-eval: len([i for i in items if i["code"] == "C010"]) == 20
-- @out-contains: to_char(acctid, 'FM9999999999999999999999999999999999999990')
-- @pg: CALL dbo.refused('a', ',', 'a', NULL, NULL)
-- @expect-match: ^11\|
