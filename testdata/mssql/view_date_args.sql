-- Strings and numbers where a T-SQL date function wants a date: a string literal is read as a datetime,
-- a number counts days from 1900-01-01. DATEADD(dd, DATEDIFF(dd, 0, d), 0) is midnight of d.
CREATE TABLE dbo.ev (id int PRIMARY KEY, at datetime NOT NULL);
GO
CREATE VIEW dbo.ev_days AS
SELECT id,
       DATEADD(dd, DATEDIFF(dd, 0, at), 0) AS midnight,
       DATEDIFF(day, '19000101', at) AS days_since_1900,
       DATEADD(month, DATEDIFF(month, 0, at), 0) AS month_start,
       YEAR('2024-05-01') AS y, DATEPART(weekday, '2024-01-07') AS sunday,
       DATEADD(day, 1, '2024-02-28') AS next_day
FROM dbo.ev;
GO
-- @exit: 0 1
-- @report: E010
-- @pg-ok: INSERT INTO dbo.ev VALUES (1, '2024-03-05 17:45:10')
-- @pg: SELECT midnight, days_since_1900, month_start, y, sunday, next_day FROM dbo.ev_days
-- @expect: 2024-03-05 00:00:00|45354|2024-03-01 00:00:00|2024|1|2024-02-29 00:00:00
-- @my-ok: INSERT INTO ev VALUES (1, '2024-03-05 17:45:10')
-- @my: SELECT midnight, days_since_1900, month_start, y, sunday, next_day FROM ev_days
-- @expect: 2024-03-05 00:00:00|45354|2024-03-01 00:00:00|2024|1|2024-02-29 00:00:00
