-- --schema-map merges source schemas into one target schema (MySQL: one database): dbo and Sales go to
-- database app; the colliding name is renamed and reported.
CREATE SCHEMA Sales;
GO
CREATE TABLE dbo.Customer (ID int NOT NULL PRIMARY KEY, Name nvarchar(40) NOT NULL);
CREATE TABLE Sales.Customer (ID int NOT NULL PRIMARY KEY, Region varchar(10) NULL);
CREATE TABLE Sales.Invoice (ID int NOT NULL PRIMARY KEY,
    CustomerID int NOT NULL CONSTRAINT FK_Invoice_Customer REFERENCES dbo.Customer (ID));
GO
-- @args: --schema-map dbo=app --schema-map sales=app
-- @exit: 1
-- @report: N002
-- @for: mariadb
-- @out-not-contains: CREATE DATABASE IF NOT EXISTS dbo
-- @out-not-contains: CREATE DATABASE IF NOT EXISTS sales
-- @my: SELECT table_name FROM information_schema.tables WHERE table_schema = 'app' ORDER BY table_name
-- @expect: customer
-- @expect: customer_1
-- @expect: invoice
-- @my: SELECT referenced_table_schema, referenced_table_name FROM information_schema.key_column_usage \
--      WHERE constraint_name = 'fk_invoice_customer'
-- @expect: app|customer
-- @for: postgres
-- @pg: SELECT tablename FROM pg_tables WHERE schemaname = 'app' ORDER BY tablename
-- @expect: customer
-- @expect: customer_1
-- @expect: invoice
