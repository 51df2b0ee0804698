-- CREATE SCHEMA with AUTHORIZATION, bracketed schema names, unqualified names go to dbo.
CREATE SCHEMA Sales AUTHORIZATION dbo;
GO
CREATE SCHEMA [HR];
GO
CREATE TABLE Sales.Orders (ID int NOT NULL);
CREATE TABLE [HR].[Staff] ([ID] int NOT NULL);
CREATE TABLE Plain (ID int NULL);
GO
-- @exit 0 1
-- @pg: SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema IN ('sales', 'hr', 'dbo') ORDER BY 1
-- @expect: dbo.plain
-- @expect: hr.staff
-- @expect: sales.orders
