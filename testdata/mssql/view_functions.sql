-- Built-in functions in a view: LEN, UPPER/LTRIM/RTRIM, SUBSTRING, CHARINDEX, YEAR, DATEADD, DATEDIFF.
CREATE TABLE dbo.Ev (ID int NOT NULL, Name varchar(20) NOT NULL, At datetime NOT NULL);
GO
CREATE VIEW dbo.vEv AS
SELECT ID, LEN(Name) AS NameLen, UPPER(LTRIM(RTRIM(Name))) AS Up, SUBSTRING(Name, 2, 3) AS Mid,
       CHARINDEX('b', Name) AS Pos, YEAR(At) AS Y, DATEADD(day, 1, At) AS NextDay,
       DATEDIFF(day, At, '2024-03-01') AS Days
FROM dbo.Ev;
GO
-- @exit 0 1
-- @pg-ok: INSERT INTO dbo.ev VALUES (1, 'xabcb', '2024-02-27 10:00:00')
-- @pg: SELECT namelen, up, mid, pos, y FROM dbo.vev
-- @expect: 5|XABCB|abc|3|2024
-- @pg: SELECT nextday::timestamp(0)::text, days FROM dbo.vev
-- @expect: 2024-02-28 10:00:00|3
