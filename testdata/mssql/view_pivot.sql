-- PIVOT over a derived table becomes conditional aggregation grouped by the other source columns;
-- UNPIVOT a cross join with the column names, rows whose value is NULL removed.
CREATE TABLE dbo.Sales (Rep nvarchar(20) NOT NULL, Region nvarchar(10) NOT NULL, Yr int NOT NULL, Amount decimal(10,2) NULL);
GO
CREATE TABLE dbo.Quarters (Rep nvarchar(20) NOT NULL, Q1 int NULL, Q2 int NULL, Q3 int NULL);
GO
CREATE VIEW dbo.vSalesByYear AS
SELECT pvt.Rep, pvt.Region, pvt.[2021] AS Y2021, pvt.[2022] AS Y2022
FROM (SELECT s.Rep, s.Region, s.Amount, s.Yr AS FiscalYear FROM dbo.Sales s) AS src
PIVOT (SUM(Amount) FOR FiscalYear IN ([2021], [2022])) AS pvt;
GO
CREATE VIEW dbo.vSalesCount AS
SELECT * FROM (SELECT Region, Yr, Amount FROM dbo.Sales) AS s
PIVOT (COUNT(Amount) FOR Region IN ([north], [south])) p;
GO
CREATE VIEW dbo.vQuarterRows AS
SELECT u.Rep, u.Quarter, u.Units
FROM (SELECT Rep, Q1, Q2, Q3 FROM dbo.Quarters) AS q
UNPIVOT (Units FOR Quarter IN (Q1, Q2, Q3)) AS u;
GO
CREATE VIEW dbo.vRegionYear AS
SELECT Rep, Yr, [north] AS North, [south] AS South FROM dbo.Sales
PIVOT (SUM(Amount) FOR Region IN ([north], [south])) AS p;
GO
CREATE VIEW dbo.vQuarterTable AS
SELECT Rep, Quarter, Units FROM dbo.Quarters UNPIVOT (Units FOR Quarter IN (Q1, Q3)) AS u;
GO
CREATE PROCEDURE dbo.RepYear @yr int AS
BEGIN
	SELECT p.Rep, p.[north], p.[south]
	FROM (SELECT Rep, Region, Amount FROM dbo.Sales WHERE Yr = @yr) AS s
	PIVOT (MAX(Amount) FOR Region IN ([north], [south])) AS p
	ORDER BY p.Rep;
END
GO
-- @pg-ok: INSERT INTO dbo.sales VALUES ('ann', 'north', 2021, 10), ('ann', 'north', 2021, 5), ('ann', 'north', 2022, 7), ('bob', 'south', 2022, 3), ('bob', 'south', 2022, NULL), ('cy', 'north', 2020, 1)
-- @pg-ok: INSERT INTO dbo.quarters VALUES ('ann', 1, NULL, 3), ('bob', NULL, NULL, NULL)
-- @pg: SELECT rep, region, y2021, y2022 FROM dbo.vsalesbyyear ORDER BY rep
-- @expect: ann|north|15.00|7.00
-- @expect: bob|south||3.00
-- @expect: cy|north||
-- @pg: SELECT yr, north, south FROM dbo.vsalescount ORDER BY yr
-- @expect: 2020|1|0
-- @expect: 2021|2|0
-- @expect: 2022|1|1
-- @pg: SELECT rep, quarter, units FROM dbo.vquarterrows ORDER BY rep, quarter
-- @expect: ann|Q1|1
-- @expect: ann|Q3|3
-- @pg: SELECT rep, yr, north, south FROM dbo.vregionyear ORDER BY rep, yr
-- @expect: ann|2021|15.00|
-- @expect: ann|2022|7.00|
-- @expect: bob|2022||3.00
-- @expect: cy|2020|1.00|
-- @pg: SELECT rep, quarter, units FROM dbo.vquartertable ORDER BY rep, quarter
-- @expect: ann|Q1|1
-- @expect: ann|Q3|3
-- @pg: CALL dbo.repyear(2022, 'c'); FETCH ALL FROM c
-- @expect: c
-- @expect: ann|7.00|
-- @expect: bob||3.00
-- @my-ok: INSERT INTO sales VALUES ('ann', 'north', 2021, 10), ('ann', 'north', 2021, 5), ('ann', 'north', 2022, 7), ('bob', 'south', 2022, 3), ('bob', 'south', 2022, NULL), ('cy', 'north', 2020, 1)
-- @my-ok: INSERT INTO quarters VALUES ('ann', 1, NULL, 3), ('bob', NULL, NULL, NULL)
-- @my: SELECT rep, region, y2021, y2022 FROM vsalesbyyear ORDER BY rep
-- @expect: ann|north|15.00|7.00
-- @expect: bob|south|NULL|3.00
-- @expect: cy|north|NULL|NULL
-- @my: SELECT yr, north, south FROM vsalescount ORDER BY yr
-- @expect: 2020|1|0
-- @expect: 2021|2|0
-- @expect: 2022|1|1
-- @my: SELECT rep, quarter, units FROM vquarterrows ORDER BY rep, quarter
-- @expect: ann|Q1|1
-- @expect: ann|Q3|3
-- @my: SELECT rep, yr, north, south FROM vregionyear ORDER BY rep, yr
-- @expect: ann|2021|15.00|NULL
-- @expect: ann|2022|7.00|NULL
-- @expect: bob|2022|NULL|3.00
-- @expect: cy|2020|1.00|NULL
-- @my: SELECT rep, quarter, units FROM vquartertable ORDER BY rep, quarter
-- @expect: ann|Q1|1
-- @expect: ann|Q3|3
-- @no-report: P001
-- @for: mariadb
-- @exit: 1
-- @report: C001
-- @for: postgres
-- @no-report: C010
-- @no-report: C001
-- @out-not-contains: pivot (
