-- CREATE SYNONYM for a table of the same script.
CREATE TABLE dbo.Customers (ID int NOT NULL PRIMARY KEY, Name nvarchar(30) NOT NULL);
GO
CREATE SYNONYM dbo.Cust FOR dbo.Customers;
GO
CREATE SYNONYM Clients FOR [dbo].[Customers];
GO
-- @exit 0 1
-- @report: C005
-- @pg-ok: INSERT INTO dbo.customers VALUES (1, 'Ann')
-- @pg: SELECT id, name FROM dbo.cust
-- @expect: 1|Ann
-- @pg: SELECT name FROM dbo.clients
-- @expect: Ann
