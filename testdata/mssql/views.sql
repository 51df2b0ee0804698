-- Views: joins, CASE, string +, ISNULL, aggregates, TOP n ORDER BY, UNION, GETDATE.
CREATE TABLE dbo.Cust (ID int NOT NULL PRIMARY KEY, First nvarchar(20) NOT NULL, Last nvarchar(20) NULL, Tier int NULL);
CREATE TABLE dbo.Ord (ID int NOT NULL PRIMARY KEY, CustID int NOT NULL, Amount money NOT NULL, Placed datetime NOT NULL);
GO
CREATE VIEW dbo.vCustOrders AS
SELECT c.ID, c.First + ' ' + ISNULL(c.Last, '?') AS FullName,
       CASE WHEN c.Tier >= 2 THEN 'gold' WHEN c.Tier = 1 THEN 'silver' ELSE 'none' END AS TierName,
       COUNT(o.ID) AS Orders, ISNULL(SUM(o.Amount), 0) AS Total
FROM dbo.Cust AS c LEFT OUTER JOIN dbo.Ord o ON o.CustID = c.ID
GROUP BY c.ID, c.First, c.Last, c.Tier;
GO
CREATE VIEW dbo.vTop2 AS SELECT TOP 2 ID, Amount FROM dbo.Ord ORDER BY Amount DESC;
GO
CREATE VIEW [dbo].[vNames] AS SELECT First AS Name FROM dbo.Cust UNION SELECT Last FROM dbo.Cust WHERE Last IS NOT NULL;
GO
CREATE VIEW dbo.vPast AS SELECT o.ID FROM dbo.Ord o INNER JOIN dbo.Cust c ON c.ID = o.CustID WHERE o.Placed <= GETDATE();
GO
-- @exit 0
-- @pg-ok: INSERT INTO dbo.cust VALUES (1, 'Ann', 'Lee', 2), (2, 'Bob', NULL, 1), (3, 'Cy', 'Lee', NULL)
-- @pg-ok: INSERT INTO dbo.ord VALUES (10, 1, 5.00, '2020-01-01'), (11, 1, 7.50, '2020-01-02'), (12, 2, 1.00, '2020-01-03'), (13, 2, 0.50, '2999-01-01')
-- @pg: SELECT id, fullname, tiername, orders, total FROM dbo.vcustorders ORDER BY id
-- @expect: 1|Ann Lee|gold|2|12.5000
-- @expect: 2|Bob ?|silver|2|1.5000
-- @expect: 3|Cy Lee|none|0|0
-- @pg: SELECT id, amount FROM dbo.vtop2 ORDER BY amount DESC
-- @expect: 11|7.5000
-- @expect: 10|5.0000
-- @pg: SELECT name FROM dbo.vnames ORDER BY 1
-- @expect: Ann
-- @expect: Bob
-- @expect: Cy
-- @expect: Lee
-- @pg: SELECT count(*) FROM dbo.vpast
-- @expect: 3
-- @out-contains: LIMIT 2
